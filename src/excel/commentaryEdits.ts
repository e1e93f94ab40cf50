/**
 * Reviewer edits of the drafted commentary live in the Challenge log ("Council challenge"), so they
 * travel with the workbook. The same pure functions as the xlsx adapter decide the new rows;
 * this file only reads the log (1 sync) and writes it back (1 sync).
 */
import { compactLogRows } from "../engine/challengeLog";
import type { PlanValue } from "../engine/plan-types";
import { splitSheetAddress } from "./addresses";
import { UserFacingError } from "./errors";
import { probeNumberedNames, queueOwnSheetProbes, resolveOwnSheet } from "./ownSheets";
import { rectangular, WriteBudget, writeMatrix } from "./sheetWrites";
import { LOG_SHEET } from "./types";

async function readLog(
  context: Excel.RequestContext
): Promise<{ sheet: Excel.Worksheet; rows: PlanValue[][] }> {
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
  return { sheet: worksheets.getItem(log.name), rows: log.rows };
}

/** Writes the log rows back (same sheet, from A1) in one sync. */
async function writeLog(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rows: PlanValue[][]
): Promise<void> {
  await writeMatrix(
    sheet,
    0,
    0,
    rectangular(compactLogRows(rows)).values,
    new WriteBudget(context, () => undefined, Number.POSITIVE_INFINITY)
  );
  await context.sync();
}

export async function saveCommentaryInContext(
  context: Excel.RequestContext,
  ref: string,
  text: string,
  apply: (rows: readonly PlanValue[][], ref: string, text: string) => PlanValue[][]
): Promise<void> {
  const { sheet, rows } = await readLog(context);
  await writeLog(context, sheet, apply(rows, ref, text));
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
  const { sheet, rows } = await readLog(context);
  const next = redraft(rows, ref, knownDraft);
  await writeLog(context, sheet, next.rows);
  return next.draft;
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
