/**
 * Workbooks the xlsx and CLI tests build with ExcelJS (not a test file). Six indicators whose
 * statuses follow from their targets: A1 inside tolerance, A2 on target, A4 outside tolerance,
 * B9 on target, W1 no target, E1 volumetric.
 */
import ExcelJS from "exceljs";
import { FAULTS, FORMULA_LIKE_NAME, HEADERS, INDICATORS, type IndicatorSpec } from "./fixtureData";

export * from "./fixtureData";
export * from "./workbookFiles";

function row(spec: IndicatorSpec): ExcelJS.CellValue[] {
  return [
    spec.ref,
    spec.name,
    spec.area,
    spec.type,
    spec.polarity,
    spec.unit,
    spec.target,
    spec.tolerance,
    ...spec.values,
  ];
}

function styleTable(ws: ExcelJS.Worksheet, headerRow: number): void {
  ws.getRow(headerRow).font = { bold: true };
  // A pre-existing analyst fill that Clear must put back exactly.
  ws.getCell(headerRow + 2, HEADERS.length).fill = {
    type: "pattern",
    pattern: "solid",
    fgColor: { argb: "FFCCE5FF" },
  };
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
  for (const spec of INDICATORS)
    ws.addRow([...row(spec).slice(0, 8), ...[...spec.values].reverse()]);
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
      spec.ref,
      spec.name,
      spec.area,
      spec.type,
      spec.polarity,
      percent ? "" : spec.unit,
      scale(spec.target),
      scale(spec.tolerance),
      ...spec.values.map(scale),
    ]);
    if (percent) for (let c = 7; c <= HEADERS.length; c++) r.getCell(c).numFmt = "0%";
  }
  return wb;
}

export function faultyWorkbook(): ExcelJS.Workbook {
  const wb = canonicalWorkbook();
  const ws = wb.getWorksheet("Indicators") as ExcelJS.Worksheet;
  ws.getCell("B2").value = FORMULA_LIKE_NAME;
  ws.getCell("B3").value = {
    richText: [{ text: "Timeliness of " }, { font: { bold: true }, text: "single assessments" }],
  };
  ws.getCell("K5").value = { formula: "71+1", result: 72 };
  for (const fault of FAULTS) {
    ws.addRow([
      fault.ref,
      fault.name,
      "Faults",
      "Contract",
      fault.polarity ?? "Higher is better",
      fault.unit ?? "%",
      fault.target === undefined ? 90 : fault.target,
      fault.tolerance === undefined ? 85 : fault.tolerance,
      ...fault.values,
    ]);
  }
  return wb;
}
