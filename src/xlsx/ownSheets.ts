/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS objects, not Office.js proxies */
/** The Challenge summary and Challenge log sheets: values, widths, header styling, hidden column. */
import type ExcelJS from "exceljs";
import { LOG_COL, LOG_KEYS, logColumns, type LogKey } from "../engine/challengeLog";
import type { PlannedSheet, PlanValue } from "../engine/plan-types";
import { SUMMARY_CHART_NOTE, SUMMARY_HEADER_ROW } from "../engine/summarySheet";
import { toPlanValue } from "./cellValue";
import { ownSheetForWriting } from "./sheetNames";
import { emptySheet } from "./styles";
import { cellAt } from "./cellAt";

const HEADER_FILL: ExcelJS.FillPattern = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFD9E1F2" },
};
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF8EA9DB" } };

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: HEADER_FILL,
  border: { bottom: THIN },
  alignment: { vertical: "top", wrapText: true },
};

function styleHeader(row: ExcelJS.Row, width: number): void {
  for (let c = 1; c <= width; c++) row.getCell(c).style = HEADER_STYLE;
}

/** Sheet column (0-based) of each standard column of the plan's rows. */
type Placement = (standard: number) => number;
const asIs: Placement = (c) => c;

function writeRows(ws: ExcelJS.Worksheet, sheet: PlannedSheet, at: Placement = asIs): void {
  sheet.rows.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((value, c) => {
      // Strings stay strings: ExcelJS stores them as text, never as formulas.
      row.getCell(at(c) + 1).value = value;
    });
  });
  (sheet.columnWidths ?? []).forEach((width, c) => {
    ws.getColumn(at(c) + 1).width = width;
  });
  const width = sheet.rows.reduce((widest, r) => Math.max(widest, r.length), 0);
  for (let c = 0; c < width; c++) ws.getColumn(at(c) + 1).hidden = sheet.hiddenColumns.includes(c);
}

function styleSummary(ws: ExcelJS.Worksheet, sheet: PlannedSheet): void {
  cellAt(ws, 1, 1).style = { font: { bold: true, size: 13 } };
  const header = sheet.rows[SUMMARY_HEADER_ROW] ?? [];
  styleHeader(ws.getRow(SUMMARY_HEADER_ROW + 1), header.length);
  const totalAt = sheet.rows.findIndex((r) => r[0] === "Total");
  if (totalAt >= 0) {
    for (const at of [totalAt, totalAt + 1]) {
      for (let c = 1; c <= header.length; c++) {
        const cell = cellAt(ws, at + 1, c);
        cell.style = { font: { bold: true }, border: at === totalAt ? { top: THIN } : {} };
      }
    }
  }
  for (let r = SUMMARY_HEADER_ROW + 2; r <= sheet.rows.length; r++) {
    for (let c = 2; c <= header.length; c++) {
      const cell = cellAt(ws, r, c);
      cell.style = { ...cell.style, alignment: { horizontal: "right" } };
    }
  }
}

const WRAPPED: readonly LogKey[] = ["indicator", "council", "trust", "action", "draft"];

/**
 * Our look for a cell of a new log row (existing rows keep whatever look people gave them): one
 * object per column for one write, since ExcelJS writes a style object it has seen before at once.
 */
function logCellStyles(): (c: number) => Partial<ExcelJS.Style> {
  const styles: Partial<ExcelJS.Style>[] = [];
  return (c) =>
    (styles[c] ??= {
      numFmt: "@",
      alignment: { vertical: "top", wrapText: WRAPPED.includes(LOG_KEYS[c]) },
    });
}

/** Columns only people type in: on rows already there, never written, so values, formats, dates
 * and formulas stay exactly as typed. */
const TYPED_BY_PEOPLE: ReadonlySet<number> = new Set([LOG_COL.trust, LOG_COL.action]);

/**
 * Sheet rows (1-based) that hold anything in our columns, below the header, in order: the rows the
 * engine read as the log (blank rows are skipped there, so they must be skipped here too, or a
 * reviewer's own column would fall out of line with ours).
 */
function filledLogRows(ws: ExcelJS.Worksheet, at: Placement): number[] {
  const ours = LOG_KEYS.map((key) => at(LOG_COL[key]) + 1);
  const rows: number[] = [];
  // Rows and cells that exist only: a note at row 1,048,576 must not make a million rows.
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r >= 2 && ours.some((c) => !isBlank(toPlanValue(row.findCell(c)?.value ?? null))))
      rows.push(r);
  });
  return rows;
}

/** Blank as the engine's log reader sees it (readLogEntries): no value, or an empty string. */
function isBlank(value: PlanValue): boolean {
  return value === null || String(value) === "";
}

/** The last sheet row holding a value in any column (a reviewer's own column included). */
function lastUsedRow(ws: ExcelJS.Worksheet): number {
  let last = 1;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if ((row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== "")) last = r;
  });
  return last;
}

/**
 * Writes the log in place. Row k of the plan (k ≥ 1) is the k-th filled row of the sheet, as the
 * engine read it; new rows go below everything on the sheet. On rows already there only our own
 * columns are written, and only where the value changed, so people's formats, rich text and
 * formulas stay; Trust response and Agreed action are never written there at all.
 */
function writeLog(ws: ExcelJS.Worksheet, sheet: PlannedSheet, at: Placement): void {
  const existing = filledLogRows(ws, at);
  let next = Math.max(lastUsedRow(ws), existing[existing.length - 1] ?? 1) + 1;
  const header = ws.getRow(1);
  sheet.rows[0]?.forEach((value, c) => {
    const cell = header.getCell(at(c) + 1);
    if (toPlanValue(cell.value) !== value) cell.value = value;
    cell.style = HEADER_STYLE;
  });
  const newCellStyle = logCellStyles();
  sheet.rows.slice(1).forEach((values, i) => {
    const isNew = i >= existing.length;
    const row = ws.getRow(isNew ? next++ : existing[i]);
    values.forEach((value, c) => {
      if (!isNew && TYPED_BY_PEOPLE.has(c)) return;
      const cell = row.getCell(at(c) + 1);
      if (isNew) cell.style = newCellStyle(c);
      // Strings stay strings: ExcelJS stores them as text, never as formulas.
      if (isNew || toPlanValue(cell.value) !== value) cell.value = value;
    });
  });
  (sheet.columnWidths ?? []).forEach((width, c) => {
    const column = ws.getColumn(at(c) + 1);
    // A width a reviewer set is theirs; ours goes on columns that have none.
    if (column.width === undefined) column.width = width;
  });
  for (let c = 0; c < LOG_KEYS.length; c++)
    ws.getColumn(at(c) + 1).hidden = sheet.hiddenColumns.includes(c);
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
}

/**
 * Where our columns are on an existing log (a reviewer may have moved them; a log from before
 * rows named their period gets Period right of every heading), so a reviewer's own columns keep
 * their place and their contents.
 */
function logPlacement(ws: ExcelJS.Worksheet): Placement {
  const header: PlanValue[] = [];
  ws.getRow(1).eachCell({ includeEmpty: false }, (cell, col) => {
    header[col - 1] = toPlanValue(cell.value);
  });
  const cols = logColumns(Array.from(header, (v) => v ?? null));
  if (!cols) return asIs;
  const byStandard = LOG_KEYS.map((key) => cols[key]);
  return (c) => byStandard[c] ?? c;
}

/**
 * Replaces the content of one of our sheets in place. The log is cleared only in its own columns,
 * so a column a reviewer added survives.
 */
export function writeOwnSheet(
  wb: ExcelJS.Workbook,
  sheet: PlannedSheet,
  kind: "summary" | "log"
): void {
  const ws = ownSheetForWriting(wb, kind);
  if (kind === "summary") {
    emptySheet(ws);
    styleSummary(ws, sheet);
    writeRows(ws, sheet);
    // ExcelJS writes no chart parts: say where the chart is drawn (src/excel/summaryChart.ts).
    const note = cellAt(ws, sheet.rows.length + 2, 1);
    note.value = SUMMARY_CHART_NOTE;
    note.style = { font: { italic: true } };
    return;
  }
  writeLog(ws, sheet, logPlacement(ws));
}
