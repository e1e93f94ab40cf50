/* eslint-disable office-addins/call-sync-before-read -- ExcelJS objects, not Office.js proxies */
/** The Challenge summary and Challenge log sheets: values, widths, header styling, hidden column. */
import type ExcelJS from "exceljs";
import { LOG_COL, LOG_KEYS, logColumns, type LogKey } from "../engine/challengeLog";
import type { PlannedSheet, PlanValue } from "../engine/plan-types";
import { SUMMARY_HEADER_ROW } from "../engine/summarySheet";
import { toPlanValue } from "./cellValue";
import { ownSheetForWriting } from "./sheetNames";
import { emptySheet } from "./styles";

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
  ws.getCell(1, 1).style = { font: { bold: true, size: 13 } };
  const header = sheet.rows[SUMMARY_HEADER_ROW] ?? [];
  styleHeader(ws.getRow(SUMMARY_HEADER_ROW + 1), header.length);
  const totalAt = sheet.rows.findIndex((r) => r[0] === "Total");
  if (totalAt >= 0) {
    for (const at of [totalAt, totalAt + 1]) {
      for (let c = 1; c <= header.length; c++) {
        const cell = ws.getCell(at + 1, c);
        cell.style = { font: { bold: true }, border: at === totalAt ? { top: THIN } : {} };
      }
    }
  }
  for (let r = SUMMARY_HEADER_ROW + 2; r <= sheet.rows.length; r++) {
    for (let c = 2; c <= header.length; c++) {
      const cell = ws.getCell(r, c);
      cell.style = { ...cell.style, alignment: { horizontal: "right" } };
    }
  }
}

function styleLog(ws: ExcelJS.Worksheet, sheet: PlannedSheet, at: Placement): void {
  const header = ws.getRow(1);
  for (const key of LOG_KEYS) header.getCell(at(LOG_COL[key]) + 1).style = HEADER_STYLE;
  const wrapped: readonly LogKey[] = ["indicator", "council", "trust", "action", "draft"];
  const styles = LOG_KEYS.map((key) => ({
    col: at(LOG_COL[key]) + 1,
    style: { numFmt: "@", alignment: { vertical: "top", wrapText: wrapped.includes(key) } },
  })) as { col: number; style: Partial<ExcelJS.Style> }[];
  for (let r = 2; r <= sheet.rows.length; r++) {
    const row = ws.getRow(r);
    for (const { col, style } of styles) row.getCell(col).style = style;
  }
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

/** Empties our columns only: a column a reviewer added survives. */
function emptyLogColumns(ws: ExcelJS.Worksheet, at: Placement): void {
  const ours = new Set(LOG_KEYS.map((key) => at(LOG_COL[key]) + 1));
  const empty: Partial<ExcelJS.Style> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (!ours.has(col)) return;
      cell.value = null;
      cell.style = empty;
    });
  });
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
    return;
  }
  const at = logPlacement(ws);
  emptyLogColumns(ws, at);
  styleLog(ws, sheet, at);
  writeRows(ws, sheet, at);
}
