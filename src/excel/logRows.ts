/**
 * Reads the Challenge log as it stands (for the Word report's appendix): the same look-up of our
 * own sheet as the commentary edits use, then its rows in budgeted chunks (logSheet.ts; the
 * look-up loads only the header), and the number format of the columns that hold numbers (a date
 * a reviewer typed), nothing written.
 */
import type { PlanValue } from "../engine/plan-types";
import type { LogCells } from "../report/logCells";
import { readLogColumns } from "./logSheet";
import { probeNumberedNames, queueOwnSheetProbes, resolveOwnSheet } from "./ownSheets";

/**
 * Number formats of the cells that hold numbers: the product writes text, so only the columns
 * where a reviewer typed a number or a date are asked for (one range per such column, one sync).
 */
async function numberFormats(
  context: Excel.RequestContext,
  sheetName: string,
  rows: readonly PlanValue[][]
): Promise<(string | null)[][]> {
  const formats: (string | null)[][] = rows.map(() => []);
  const columns = new Set<number>();
  rows.forEach((row, r) => {
    if (r > 0) row.forEach((value, c) => typeof value === "number" && columns.add(c));
  });
  if (columns.size === 0 || rows.length < 2) return formats;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const ranges = [...columns].map((col) => {
    const range = sheet.getRangeByIndexes(1, col, rows.length - 1, 1).untrack();
    range.load("numberFormat");
    return { col, range };
  });
  await context.sync();
  for (const { col, range } of ranges)
    (range.numberFormat as unknown[][]).forEach((cell, i) => {
      const format = cell[0];
      formats[i + 1][col] = typeof format === "string" ? format : null;
    });
  return formats;
}

export async function readLogCellsInContext(
  context: Excel.RequestContext
): Promise<LogCells | null> {
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
  const values = rows.map((row) => Array.from(row, (value) => value ?? null));
  return { rows: values, formats: await numberFormats(context, log.name, values) };
}

/** Excel on Mac and on iPad ignores downloads from add-ins (office-js issues 3385, 4681). */
export function hostAllowsDownloads(): boolean {
  if (typeof Office === "undefined" || !Office.context) return true;
  const platform = String(Office.context.platform ?? "");
  return platform !== "Mac" && platform !== "iOS";
}
