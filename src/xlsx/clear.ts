/**
 * Clear classification: every recorded format goes back where its cell is now, the status cells
 * of a column we added are emptied, the column's width restored and the state sheet removed. The
 * Challenge summary and Challenge log stay (as in the Excel add-in): the log holds what reviewers
 * and the trust typed. When the cells cannot be found with certainty, or the record is damaged,
 * nothing changes and a WorkbookStateError says what to do.
 */
import type ExcelJS from "exceljs";
import { clearedMessage, NOTHING_TO_CLEAR } from "../engine/clearMessage";
import { findEarlierRun, restoreEarlierRun } from "./restoreState";
import { readState, removeStateSheet } from "./stateSheet";

export interface ClearOutcome {
  cleared: boolean;
  /** What was restored and what was kept, for the user. */
  message: string;
}

export function clearWorkbook(wb: ExcelJS.Workbook): ClearOutcome {
  // Someone else's sheet of our name: nothing of ours to clear, and theirs is left alone.
  if (readState(wb).kind === "foreign") return { cleared: false, message: NOTHING_TO_CLEAR };
  const earlier = findEarlierRun(wb);
  if (earlier.kind === "none") return { cleared: false, message: NOTHING_TO_CLEAR };
  if (earlier.kind === "found") restoreEarlierRun(wb, earlier.snapshot, earlier.located);
  removeStateSheet(wb);
  return {
    cleared: true,
    message: clearedMessage(earlier.snapshot, earlier.kind === "found" ? earlier.located : null),
  };
}

/** Returns false when there was nothing to clear; throws WorkbookStateError when it must refuse. */
export function clearClassification(wb: ExcelJS.Workbook): boolean {
  return clearWorkbook(wb).cleared;
}
