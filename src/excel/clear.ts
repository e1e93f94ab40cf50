/**
 * clearInContext: "Clear classification". 2 syncs when the classified sheet is the active one
 * (one read: the state sheet and the active sheet's values; one write); otherwise the classified
 * sheet's read comes between (src/excel/readSheet.ts). The write that copies the
 * mirrored formats back where the cells are now, removes data validation the run added, empties
 * the status cells still holding what the run wrote (when it added the column), restores the
 * column's width and deletes the state and mirror sheets and the summary's chart (looked for in
 * the first read: no sync of its own). The Challenge summary and Challenge log stay: the log holds
 * what reviewers and the trust typed. When the cells cannot be found with
 * certainty, the record is damaged or the mirror missing, nothing changes and the state is kept:
 * a UserFacingError says what to do.
 */
import { clearedMessage, NOTHING_TO_CLEAR } from "../engine/clearMessage";
import { STATE_SHEET_NAME, type FormatSnapshot } from "../engine/formatState";
import { locateEarlierRun } from "../engine/stateLocate";
import { decodeState, findEarlierRun, sheetGoneMessage } from "./earlierRun";
import { isPayloadLimitError, UserFacingError } from "./errors";
import { queueRestoreLocated } from "./formatMirror";
import { readWorkbook } from "./readSheet";
import { defaultRequestLimit } from "./requestLimit";
import { firstReadRows, FORMAT_MIRROR_SHEET, SUMMARY_SHEET, type SyncReport } from "./types";
import { candidateNames } from "./ownSheets";
import { probeSummaryChart } from "./summaryChart";
import type { CellValue, SheetGrid } from "../engine/types";

export interface ClearRun {
  /** False when there was nothing to clear (no state in the workbook). */
  cleared: boolean;
  /** What was restored and what was kept, for the user. */
  message: string;
  report: SyncReport;
}

interface ActiveSheetRead {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  values: Excel.Range;
}

function queueActiveSheetValues(context: Excel.RequestContext): ActiveSheetRead {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true).untrack();
  used.load("rowIndex, rowCount");
  const values = used
    .getIntersectionOrNullObject(
      sheet.getRange(`1:${firstReadRows(defaultRequestLimit())}`).untrack()
    )
    .untrack();
  values.load("values, rowIndex, columnIndex");
  return { sheet, used, values };
}

/** The active sheet's values when it is `name` and fitted in the first read; else null. */
function activeSheetGrid(read: ActiveSheetRead, name: string): SheetGrid | null {
  if (read.sheet.name !== name) return null;
  if (read.used.isNullObject || read.values.isNullObject)
    return { name, top: 0, left: 0, values: [] };
  const values = read.values.values as unknown[][];
  if (read.values.rowIndex + values.length < read.used.rowIndex + read.used.rowCount) return null;
  return {
    name,
    top: read.values.rowIndex,
    left: read.values.columnIndex,
    values: values.map((row) =>
      row.map((v) => (v === "" || v === null || v === undefined ? null : (v as CellValue)))
    ),
  };
}

/** The state, the sheet list and (when asked) the active sheet's values, for one sync. */
function queueFirstRead(context: Excel.RequestContext, withActive: boolean) {
  const worksheets = context.workbook.worksheets;
  const stateSheet = worksheets.getItemOrNullObject(STATE_SHEET_NAME);
  stateSheet.load("name");
  const stateUsed = stateSheet.getUsedRangeOrNullObject(true).untrack();
  stateUsed.load("values");
  worksheets.load("items/name");
  const mirror = worksheets.getItemOrNullObject(FORMAT_MIRROR_SHEET);
  mirror.load("name");
  // Most often the classified sheet is the active one: its values come with this sync.
  const active = withActive ? queueActiveSheetValues(context) : null;
  // Our summary's chart, wherever our summary went ("Challenge summary" or a numbered name).
  const charts = candidateNames(SUMMARY_SHEET).map((name) => probeSummaryChart(context, name));
  return { worksheets, stateSheet, stateUsed, mirror, active, charts };
}

export async function clearInContext(
  context: Excel.RequestContext,
  decodeSnapshot: (rows: readonly (readonly unknown[])[] | null) => FormatSnapshot | null
): Promise<ClearRun> {
  const report: SyncReport = { syncs: 0, readSyncs: 0, rowsRead: 0 };
  let first = queueFirstRead(context, true);
  try {
    report.syncs++;
    report.readSyncs++;
    await context.sync();
  } catch (error) {
    // A large table and state may pass Excel on the web's 5 MB response: read the state alone,
    // then the classified sheet in chunks (readWorkbook).
    if (!isPayloadLimitError(error)) throw error;
    first = queueFirstRead(context, false);
    report.syncs++;
    report.readSyncs++;
    await context.sync();
  }
  const { worksheets, stateSheet, stateUsed, mirror, active, charts } = first;

  const lookup = {
    stateRows: stateUsed.isNullObject ? null : (stateUsed.values as unknown[][]),
    sheetNames: worksheets.items.map((w) => w.name),
    decode: decodeSnapshot,
    readSheet: async (name: string) =>
      (active && activeSheetGrid(active, name)) ??
      (await readWorkbook(context, name, report, firstReadRows(defaultRequestLimit()))).grid,
    locate: locateEarlierRun,
  };
  const snapshot = decodeState(lookup);
  if (!snapshot) return { cleared: false, message: NOTHING_TO_CLEAR, report };
  if (!lookup.sheetNames.includes(snapshot.sheet))
    throw new UserFacingError(sheetGoneMessage(snapshot.sheet), "ItemNotFound");
  const earlier = await findEarlierRun(lookup);
  if (earlier.kind !== "found") return { cleared: false, message: NOTHING_TO_CLEAR, report };
  queueRestoreLocated(worksheets.getItem(snapshot.sheet), snapshot, earlier.located);
  // A very hidden sheet is made hidden before deletion, so Excel allows deleting it.
  for (const own of [stateSheet, mirror]) {
    own.visibility = "Hidden";
    own.delete();
  }
  for (const chart of charts) if (!chart.isNullObject) chart.delete();
  report.syncs++;
  await context.sync();
  return { cleared: true, message: clearedMessage(snapshot, earlier.located), report };
}
