/** Reads the Challenge log's values and writes single cells of it (reviewer edits). */
import type ExcelJS from "exceljs";
import { logColumns } from "../engine/challengeLog";
import type { PlanValue } from "../engine/plan-types";
import type { LogCells } from "../report/logCells";
import { toPlanValue } from "./cellValue";
import { findOwnSheet } from "./sheetNames";
import { cellAt } from "./cellAt";

export function readLogRows(wb: ExcelJS.Workbook): PlanValue[][] | null {
  const ws = findOwnSheet(wb, "log");
  if (!ws) return null;
  const rows: PlanValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: PlanValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      values[col - 1] = toPlanValue(cell.value);
    });
    rows[rowNumber - 1] = Array.from(values, (v) => v ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

/** A cell holding a date with no date format of its own still reads as a date. */
const DATE_FORMAT = "dd/mm/yyyy";

/** The log's values and number formats (the report shows each cell as Excel shows it). */
export function readLogCells(wb: ExcelJS.Workbook): LogCells | null {
  const ws = findOwnSheet(wb, "log");
  if (!ws) return null;
  const rows: PlanValue[][] = [];
  const formats: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: PlanValue[] = [];
    const rowFormats: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      values[col - 1] = toPlanValue(cell.value);
      const isDate = Object.prototype.toString.call(cell.value) === "[object Date]";
      rowFormats[col - 1] = cell.numFmt || (isDate ? DATE_FORMAT : null);
    });
    rows[rowNumber - 1] = Array.from(values, (v) => v ?? null);
    formats[rowNumber - 1] = Array.from(rowFormats, (f) => f ?? null);
  });
  return { rows: Array.from(rows, (r) => r ?? []), formats: Array.from(formats, (f) => f ?? []) };
}

/**
 * Writes the cells that differ between two versions of the log's rows (a reviewer's edit of one
 * row, or a row added for an indicator). A new cell is text, top-aligned and wrapped like the rest.
 */
export function writeLogChanges(
  wb: ExcelJS.Workbook,
  before: PlanValue[][],
  after: PlanValue[][]
): void {
  const ws = findOwnSheet(wb, "log");
  if (!ws || !logColumns(after[0])) return;
  after.forEach((row, r) => {
    row.forEach((value, c) => {
      const was = before[r]?.[c] ?? null;
      if (was === (value ?? null)) return;
      const cell = cellAt(ws, r + 1, c + 1);
      if (r >= before.length)
        cell.style = { numFmt: "@", alignment: { vertical: "top", wrapText: true } };
      cell.value = value ?? null;
    });
  });
}
