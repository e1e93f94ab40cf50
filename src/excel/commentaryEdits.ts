/**
 * Reviewer edits of the drafted commentary live in the Challenge log ("Council challenge"), so they
 * travel with the workbook. The same pure functions as the xlsx adapter decide the new row; this
 * file finds the row (the ref column read in budgeted chunks, then that one row) and writes back
 * only the cells that changed: a reviewer's columns, formats and formulas are never touched.
 */
import { compactLogRows } from "../engine/challengeLog";
import type { PlanValue } from "../engine/plan-types";
import { splitSheetAddress } from "./addresses";
import { UserFacingError } from "./errors";
import { readLogRowOf, writeLogRowChanges } from "./logSheet";
import {
  type OwnSheet,
  probeNumberedNames,
  queueOwnSheetProbes,
  resolveOwnSheet,
} from "./ownSheets";
import { WriteBudget } from "./sheetWrites";
import { defaultRequestLimit } from "./classify";
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

/** Reads the row of `ref`, lets `change` decide its new values, writes the changed cells (1 sync). */
async function editRow<T>(
  context: Excel.RequestContext,
  ref: string,
  change: (rows: PlanValue[][]) => { rows: PlanValue[][]; value: T }
): Promise<T> {
  const report: SyncReport = { syncs: 0, readSyncs: 0, rowsRead: 0 };
  const log = await findLog(context);
  const { rows, sheetRow } = await readLogRowOf(context, log, ref, report);
  // With no row for `ref` the engine's function throws its own message ("Classify … first").
  const next = change(rows);
  if (sheetRow === null) return next.value;
  const after = compactLogRows(next.rows)[1] ?? [];
  const budget = new WriteBudget(context, () => report.syncs++, defaultRequestLimit());
  await writeLogRowChanges(context, log, sheetRow, rows[1], after, budget);
  await context.sync();
  return next.value;
}

export async function saveCommentaryInContext(
  context: Excel.RequestContext,
  ref: string,
  text: string,
  apply: (rows: readonly PlanValue[][], ref: string, text: string) => PlanValue[][]
): Promise<void> {
  await editRow(context, ref, (rows) => ({ rows: apply(rows, ref, text), value: undefined }));
}

export async function redraftInContext(
  context: Excel.RequestContext,
  ref: string,
  redraft: (
    rows: readonly PlanValue[][],
    ref: string,
    knownDraft?: string
  ) => { rows: PlanValue[][]; draft: string },
  knownDraft?: string
): Promise<string> {
  return editRow(context, ref, (rows) => {
    const next = redraft(rows, ref, knownDraft);
    return { rows: next.rows, value: next.draft };
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
