/**
 * Clear classification: every recorded format goes back, the status column we added is emptied,
 * the state and the Challenge summary (wholly computed, would be stale) are removed. The Challenge
 * log stays: it holds what reviewers and the trust typed.
 */
import type ExcelJS from "exceljs";
import { SUMMARY_SHEET_NAME } from "../engine/summarySheet";
import { readSnapshot, removeStateSheet, restoreSnapshot } from "./stateSheet";

/** Returns false when there was nothing to clear (no classification, or a damaged state sheet). */
export function clearClassification(wb: ExcelJS.Workbook): boolean {
  const snapshot = readSnapshot(wb);
  if (!snapshot) return false;
  restoreSnapshot(wb, snapshot);
  removeStateSheet(wb);
  const summary = wb.getWorksheet(SUMMARY_SHEET_NAME);
  if (summary) wb.removeWorksheet(summary.id);
  return true;
}
