/**
 * clearInContext: "Clear classification". 2 syncs: one read (the state sheet), one write that
 * copies the mirrored formats back, removes data validation the run added, empties the status
 * column when the run added it, and deletes the state and mirror sheets. The Challenge summary
 * and Challenge log stay: the log holds what reviewers and the trust typed.
 */
import { STATE_SHEET_NAME } from "../engine/formatState";
import type { FormatSnapshot } from "../engine/formatState";
import { UserFacingError } from "./errors";
import { queueEmptyStatusColumn, queueRestore } from "./formatMirror";
import { FORMAT_MIRROR_SHEET, type SyncReport } from "./types";

export interface ClearRun {
  /** False when there was nothing to clear (no state in the workbook). */
  cleared: boolean;
  report: SyncReport;
}

export async function clearInContext(
  context: Excel.RequestContext,
  decodeSnapshot: (rows: readonly (readonly unknown[])[] | null) => FormatSnapshot | null
): Promise<ClearRun> {
  const report: SyncReport = { syncs: 0, readSyncs: 0, rowsRead: 0 };
  const worksheets = context.workbook.worksheets;
  const stateSheet = worksheets.getItemOrNullObject(STATE_SHEET_NAME);
  stateSheet.load("name");
  const stateUsed = stateSheet.getUsedRangeOrNullObject(true).untrack();
  stateUsed.load("values");
  worksheets.load("items/name");
  const mirror = worksheets.getItemOrNullObject(FORMAT_MIRROR_SHEET);
  mirror.load("name");
  report.syncs++;
  report.readSyncs++;
  await context.sync();

  const snapshot = stateUsed.isNullObject ? null : decodeSnapshot(stateUsed.values as unknown[][]);
  if (!snapshot) return { cleared: false, report };
  if (!worksheets.items.some((w) => w.name === snapshot.sheet)) {
    throw new UserFacingError(
      `The classified sheet "${snapshot.sheet}" is no longer in the workbook (renamed or deleted), so its formats cannot be restored. Rename it back to "${snapshot.sheet}" and choose Clear classification again.`,
      "ItemNotFound"
    );
  }
  const sheet = worksheets.getItem(snapshot.sheet);
  if (!mirror.isNullObject) queueRestore(sheet, mirror, snapshot);
  queueEmptyStatusColumn(sheet, snapshot);
  // A very hidden sheet is made hidden before deletion, so Excel allows deleting it.
  for (const own of [stateSheet, mirror]) {
    if (own.isNullObject) continue;
    own.visibility = "Hidden";
    own.delete();
  }
  report.syncs++;
  await context.sync();
  return { cleared: true, report };
}
