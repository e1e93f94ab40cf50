/**
 * Reads the Challenge log as it stands (for the Word report's appendix): the same look-up of our
 * own sheet as the commentary edits use, then its rows in budgeted chunks (logSheet.ts; the
 * look-up loads only the header), nothing written.
 */
import type { PlanValue } from "../engine/plan-types";
import { readLogColumns } from "./logSheet";
import { probeNumberedNames, queueOwnSheetProbes, resolveOwnSheet } from "./ownSheets";

export async function readLogRowsInContext(
  context: Excel.RequestContext
): Promise<PlanValue[][] | null> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const probes = queueOwnSheetProbes(context, false);
  await context.sync();
  const sheetNames = worksheets.items.map((w) => w.name);
  if (probeNumberedNames(context, probes, sheetNames)) await context.sync();
  const log = resolveOwnSheet("log", probes, sheetNames);
  if (!log.exists || !log.rows) return null;
  const columns = Array.from({ length: log.usedColumns }, (_, col) => col);
  const report = { syncs: 0, readSyncs: 0, rowsRead: 0 };
  const rows = await readLogColumns(context, log.name, log.usedRows, columns, report);
  rows[0] = [...(log.rows[0] ?? [])];
  return rows.map((row) => Array.from(row, (value) => value ?? null));
}

/** Excel on Mac and on iPad ignores downloads from add-ins (office-js issues 3385, 4681). */
export function hostAllowsDownloads(): boolean {
  if (typeof Office === "undefined" || !Office.context) return true;
  const platform = String(Office.context.platform ?? "");
  return platform !== "Mac" && platform !== "iOS";
}
