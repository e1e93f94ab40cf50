/**
 * Clear classification: every recorded format goes back, the status column we added is emptied
 * and the state sheet is removed. The Challenge summary and Challenge log stay (as in the Excel
 * add-in): the log holds what reviewers and the trust typed.
 */
import type ExcelJS from "exceljs";
import { readSnapshot, removeStateSheet, restoreSnapshot } from "./stateSheet";

/** Returns false when there was nothing to clear (no classification, or a damaged state sheet). */
export function clearClassification(wb: ExcelJS.Workbook): boolean {
  const snapshot = readSnapshot(wb);
  if (!snapshot) return false;
  restoreSnapshot(wb, snapshot);
  removeStateSheet(wb);
  return true;
}
