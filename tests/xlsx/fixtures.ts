/**
 * Workbooks the xlsx and CLI tests build with ExcelJS (not a test file). Six indicators whose
 * statuses follow from their targets: A1 inside tolerance, A2 on target, A4 outside tolerance,
 * B9 on target, W1 no target, E1 volumetric.
 */
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Status } from "../../src/engine/types";

export interface IndicatorSpec {
  ref: string;
  name: string;
  area: string;
  type: string;
  polarity: string;
  unit: string;
  target: number | null;
  tolerance: number | null;
  /** Q4 2017/18, Q1 2018/19, Q2 2018/19 */
  values: (ExcelJS.CellValue | null)[];
  expected: Status;
}

export const QUARTERS = ["Q4 2017/18", "Q1 2018/19", "Q2 2018/19"];

export const INDICATORS: IndicatorSpec[] = [
  { ref: "A1", name: "Percentage of re-referrals in last 12 months", area: "Social Care Pathway", type: "Contract", polarity: "Lower is better", unit: "%", target: 22, tolerance: 28, values: [25, 26, 27], expected: "insideTolerance" },
  { ref: "A2", name: "Timeliness of single assessments", area: "Social Care Pathway", type: "Contract", polarity: "Higher is better", unit: "%", target: 90, tolerance: 85, values: [80, 88, 91], expected: "onTarget" },
  { ref: "A4", name: "Children seen within timescales", area: "Social Care Pathway", type: "Contract", polarity: "Higher is better", unit: "%", target: 90, tolerance: 85, values: [72, 70, 74], expected: "outsideTolerance" },
  { ref: "B9", name: "Long term placement stability", area: "Children in Care", type: "Contract", polarity: "Higher is better", unit: "%", target: 70, tolerance: 65, values: [71, 69, 72], expected: "onTarget" },
  { ref: "W1", name: "Staff turnover", area: "Workforce", type: "Contract", polarity: "Lower is better", unit: "%", target: null, tolerance: null, values: [12, 11, 10], expected: "noTarget" },
  { ref: "E1", name: "Number of contacts into social care", area: "Social Care Pathway", type: "Volumetric", polarity: "", unit: "Number", target: null, tolerance: null, values: [1700, 1800, 1898], expected: "noTarget" },
];

export const HEADERS = ["Ref", "Indicator", "Service area", "Type", "Polarity", "Unit", "Target", "Tolerance", ...QUARTERS];

function row(spec: IndicatorSpec): ExcelJS.CellValue[] {
  return [spec.ref, spec.name, spec.area, spec.type, spec.polarity, spec.unit, spec.target, spec.tolerance, ...spec.values];
}

function styleTable(ws: ExcelJS.Worksheet, headerRow: number): void {
  ws.getRow(headerRow).font = { bold: true };
  // A pre-existing analyst fill that Clear must put back exactly.
  ws.getCell(headerRow + 2, HEADERS.length).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFCCE5FF" } };
}

/** Header in row 1, an area column, quarters in order. */
export function canonicalWorkbook(indicators = INDICATORS): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Indicators");
  ws.addRow(HEADERS);
  for (const spec of indicators) ws.addRow(row(spec));
  styleTable(ws, 1);
  return wb;
}

/** A merged title, a date line and a blank row above the header. */
export function titledWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Q2 report");
  ws.addRow(["Doncaster Children's Services Trust – performance report"]);
  ws.mergeCells("A1:F1");
  ws.addRow(["Produced 14 November 2018"]);
  ws.addRow([]);
  ws.addRow(HEADERS);
  for (const spec of INDICATORS) ws.addRow(row(spec));
  styleTable(ws, 4);
  return wb;
}

/** Year-first quarter labels ("2018/19 Q2"), newest column first. */
export function yearFirstWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Indicators");
  ws.addRow([...HEADERS.slice(0, 8), "2018/19 Q2", "2018/19 Q1", "2017/18 Q4"]);
  for (const spec of INDICATORS) ws.addRow([...row(spec).slice(0, 8), ...[...spec.values].reverse()]);
  return wb;
}

/** No area column: section rows name the area of the rows below them. */
export function sectionRowsWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Indicators");
  const headers = HEADERS.filter((h) => h !== "Service area");
  ws.addRow(headers);
  const areas = [...new Set(INDICATORS.map((i) => i.area))];
  for (const area of areas) {
    ws.addRow([area]);
    ws.mergeCells(ws.rowCount, 1, ws.rowCount, headers.length);
    for (const spec of INDICATORS.filter((i) => i.area === area)) {
      const values = row(spec);
      values.splice(2, 1);
      ws.addRow(values);
    }
    ws.addRow([]);
  }
  return wb;
}

/** Percentages stored as fractions with a % number format (0.91 shows as 91%). */
export function percentFormattedWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Indicators");
  ws.addRow(HEADERS);
  for (const spec of INDICATORS) {
    const percent = spec.unit === "%";
    const scale = (v: ExcelJS.CellValue | null) => (percent && typeof v === "number" ? v / 100 : v);
    const r = ws.addRow([
      spec.ref, spec.name, spec.area, spec.type, spec.polarity, percent ? "" : spec.unit,
      scale(spec.target), scale(spec.tolerance), ...spec.values.map(scale),
    ]);
    if (percent) for (let c = 7; c <= HEADERS.length; c++) r.getCell(c).numFmt = "0%";
  }
  return wb;
}

/** Every SPEC 5 fault, one per row, beside healthy rows; F-rows are the faulty ones. */
export const FAULTS: { ref: string; name: string; problem: string; values: ExcelJS.CellValue[]; polarity?: string; unit?: string; target?: number | null; tolerance?: number | null; classified: boolean }[] = [
  { ref: "F1", name: "Number stored as text", problem: "value.numberAsText", values: [80, 88, "91%"], classified: true },
  { ref: "F2", name: "Error value", problem: "value.error", values: [80, 88, { error: "#DIV/0!" }], classified: false },
  { ref: "F3", name: "Out of range percentage", problem: "value.outOfRange", values: [80, 88, 120], classified: false },
  { ref: "F4", name: "Unknown polarity", problem: "polarity.unknown", polarity: "Sideways", values: [80, 88, 91], classified: false },
  { ref: "F5", name: "Polarity against the tolerance side", problem: "polarity.contradictsTolerance", target: 90, tolerance: 95, values: [80, 88, 91], classified: false },
  { ref: "F6", name: "Missing value", problem: "value.missing", values: [80, 88, null], classified: false },
  { ref: "F7", name: "Not a number", problem: "value.notNumber", values: [80, 88, "about ninety"], classified: false },
  { ref: "F8", name: "Unknown unit", problem: "unit.unknown", unit: "widgets", values: [80, 88, 91], classified: true },
  { ref: "A2", name: "Duplicate of A2", problem: "ref.duplicate", values: [80, 88, 91], classified: true },
];

export const FORMULA_LIKE_NAME = '=HYPERLINK("http://example.org","Re-referrals")';

export function faultyWorkbook(): ExcelJS.Workbook {
  const wb = canonicalWorkbook();
  const ws = wb.getWorksheet("Indicators") as ExcelJS.Worksheet;
  ws.getCell("B2").value = FORMULA_LIKE_NAME;
  ws.getCell("B3").value = { richText: [{ text: "Timeliness of " }, { font: { bold: true }, text: "single assessments" }] };
  ws.getCell("K5").value = { formula: "71+1", result: 72 };
  for (const fault of FAULTS) {
    ws.addRow([
      fault.ref, fault.name, "Faults", "Contract", fault.polarity ?? "Higher is better", fault.unit ?? "%",
      fault.target === undefined ? 90 : fault.target, fault.tolerance === undefined ? 85 : fault.tolerance, ...fault.values,
    ]);
  }
  return wb;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "perf-challenge-"));
}

export async function saveTo(wb: ExcelJS.Workbook, dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

export async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/**
 * Every cell of every sheet: value and style, for "nothing else changed" comparisons. An empty cell
 * that only carries its row's format looks the same as no cell at all, so it is not listed.
 */
export function describeWorkbook(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (r) => {
      const rowStyle = JSON.stringify(r.style ?? {});
      r.eachCell({ includeEmpty: true }, (cell) => {
        const value = cell.value instanceof Object ? JSON.parse(JSON.stringify(cell.value)) : cell.value;
        const style = JSON.parse(JSON.stringify(cell.style ?? {}));
        if (value === null && (Object.keys(style).length === 0 || JSON.stringify(style) === rowStyle)) return;
        cells[cell.address] = { value, style };
      });
    });
    const columns = (ws.columns ?? []).map((c) => ({ width: c.width ?? null, hidden: c.hidden ?? false }));
    while (columns.length && columns[columns.length - 1].width === null && !columns[columns.length - 1].hidden) columns.pop();
    out[ws.name] = { state: ws.state, cells, columns };
  }
  return out;
}

/** Values of every non-empty cell of one sheet, by address. */
export function sheetValues(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (r) =>
    r.eachCell({ includeEmpty: false }, (cell) => {
      values[cell.address] = JSON.parse(JSON.stringify(cell.value));
    }),
  );
  return values;
}
