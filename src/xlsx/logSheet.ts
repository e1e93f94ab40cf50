/** Reads the Challenge log's values and writes single cells of it (reviewer edits). */
import type ExcelJS from "exceljs";
import { logColumns } from "../engine/challengeLog";
import type { PlanValue } from "../engine/plan-types";
import { toPlanValue } from "./cellValue";
import { findOwnSheet } from "./sheetNames";

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

/** Writes the Council challenge cells that differ between two versions of the log's rows. */
export function writeCouncilChanges(
  wb: ExcelJS.Workbook,
  before: PlanValue[][],
  after: PlanValue[][]
): void {
  const ws = findOwnSheet(wb, "log");
  const cols = logColumns(after[0]);
  if (!ws || !cols) return;
  after.forEach((row, r) => {
    const value = row[cols.council] ?? null;
    if ((before[r]?.[cols.council] ?? null) !== value)
      ws.getCell(r + 1, cols.council + 1).value = value;
  });
}
