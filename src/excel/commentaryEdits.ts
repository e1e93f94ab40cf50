/**
 * Reviewer edits of the drafted commentary live in the Challenge log ("Council challenge"), so they
 * travel with the workbook. The same pure functions as the xlsx adapter decide the new row; this
 * file finds the row (the ref column read in budgeted chunks, then that one row) and writes back
 * only the cells that changed: a reviewer's columns, formats and formulas are never touched.
 */
import { compactLogRows } from "../engine/challengeLog";
import type { EditTarget, FreshLogRow } from "../engine/logEdits";
import type { PlanValue } from "../engine/plan-types";
import { splitSheetAddress } from "./addresses";
import { UserFacingError } from "./errors";
import { readLogRowOf } from "./logKeys";
import { writeLogRowChanges } from "./logSheet";
import {
  type OwnSheet,
  probeNumberedNames,
  queueOwnSheetProbes,
  resolveOwnSheet,
} from "./ownSheets";
import { WriteBudget } from "./sheetWrites";
import { defaultRequestLimit } from "./requestLimit";
import { LOG_SHEET, type SyncReport } from "./types";

async function findLog(context: Excel.RequestContext): Promise<OwnSheet> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const probes = queueOwnSheetProbes(context);
  await context.sync();
  const sheetNames = worksheets.items.map((w) => w.name);
  if (probeNumberedNames(context, probes, sheetNames)) await context.sync();
  const log = resolveOwnSheet("log", probes, sheetNames);
  if (!log.exists || !log.rows) {
    throw new UserFacingError(
      `There is no "${LOG_SHEET}" sheet from a classification yet. Classify a quarter first, then edit the commentary.`,
      "NoLog"
    );
  }
  return log;
}

/**
 * Reads the row of `ref` for `period`, lets `change` decide the log's new rows, writes the changed
 * cells: of that row, or of a row the change added (after the log's used rows). 1 write sync.
 */
async function editRow<T>(
  context: Excel.RequestContext,
  ref: string,
  period: string | undefined,
  change: (rows: PlanValue[][]) => { rows: PlanValue[][]; value: T }
): Promise<T> {
  const report: SyncReport = { syncs: 0, readSyncs: 0, rowsRead: 0 };
  const log = await findLog(context);
  const { rows, sheetRow } = await readLogRowOf(context, log, ref, report, period);
  // With no row for `ref` and nothing to add, the engine's function throws its own message.
  const next = change(rows);
  const before = sheetRow === null ? [] : rows[1];
  const after = compactLogRows(next.rows)[1];
  if (!after) return next.value;
  const budget = new WriteBudget(context, () => report.syncs++, defaultRequestLimit());
  await writeLogRowChanges(context, log, sheetRow ?? log.usedRows, before, after, budget);
  await context.sync();
  return next.value;
}

/** The last run's figures for an indicator: its period, and its row when the log must add it. */
export interface RunRowTarget {
  period?: string;
  fresh?: FreshLogRow;
}

export async function saveCommentaryInContext(
  context: Excel.RequestContext,
  ref: string,
  text: string,
  apply: (
    rows: readonly PlanValue[][],
    ref: string,
    text: string,
    target?: EditTarget
  ) => PlanValue[][],
  target: RunRowTarget = {}
): Promise<void> {
  await editRow(context, ref, target.period, (rows) => ({
    rows: apply(rows, ref, text, target),
    value: undefined,
  }));
}

export async function redraftInContext(
  context: Excel.RequestContext,
  ref: string,
  redraft: (
    rows: readonly PlanValue[][],
    ref: string,
    knownDraft?: string,
    period?: string
  ) => { rows: PlanValue[][]; draft: string },
  knownDraft?: string,
  period?: string
): Promise<string> {
  return editRow(context, ref, period, (rows) => {
    const next = redraft(rows, ref, knownDraft, period);
    // No row for the indicator (never listed, never edited): the draft already stands.
    return { rows: rows.length > 1 ? next.rows : [rows[0]], value: next.draft };
  });
}

/** Adds the indicator's row for its period unless the log has it; resolves to whether it did. */
export async function addToLogInContext(
  context: Excel.RequestContext,
  fresh: FreshLogRow,
  add: (
    rows: readonly PlanValue[][] | null,
    fresh: FreshLogRow
  ) => { rows: PlanValue[][]; added: boolean }
): Promise<boolean> {
  return editRow(context, fresh.ref, fresh.period, (rows) => {
    const next = add(rows, fresh);
    return { rows: next.added ? next.rows : [rows[0]], value: next.added };
  });
}

/** Activates the sheet and selects the cell of `Sheet!J12`. */
export async function selectCellInContext(
  context: Excel.RequestContext,
  address: string
): Promise<void> {
  const parts = splitSheetAddress(address);
  if (!parts)
    throw new UserFacingError(
      `"${address}" is not a cell address such as Indicators!J12.`,
      "InvalidArgument"
    );
  const sheet = context.workbook.worksheets.getItem(parts.sheet);
  sheet.activate();
  sheet.getRange(parts.cell).untrack().select();
  await context.sync();
}
