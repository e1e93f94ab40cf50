/**
 * Which rows of the Challenge log a run must read whole. A run changes only the rows of the period
 * it classifies (and rows of a log written before rows named their period, which it may take
 * over); every other row is history it never writes (logMerge.ts). So each row's Ref and Period
 * say which rows to read, and only those are read: on the first run of a new quarter, none, however
 * much reviewer text the log holds. Ref and Period come with the table in the first sync when they
 * are in their standard columns (ownSheets.ts), else in one read of their own. They are the sheet
 * as it is now, never a remembered index, so rows a reviewer sorted, inserted or typed into are
 * found where they are.
 */
import { LOG_COL, text } from "../engine/challengeLog";
import { logRowIndex } from "../engine/logEdits";
import type { PlanValue } from "../engine/plan-types";
import { LOG_KEYS_CHUNK_ROWS, ourColumns, readLogColumns, type LogKey } from "./logSheet";
import { LOG_KEY_ROWS_FIRST, type OwnSheet } from "./ownSheets";
import type { SyncReport } from "./types";

/** Our columns a reviewer fills in: never read by a run (once a row exists, they are theirs). */
const REVIEWER_KEYS: readonly LogKey[] = ["trust", "action"];

export interface LogKeyColumns {
  /** By sheet row (0 = header). */
  ref: PlanValue[];
  period: PlanValue[];
}

/**
 * Ref and Period of every used row: from the first sync when the columns are standard (and the
 * rows it did not cover read now), else read now.
 */
export async function logKeyColumns(
  context: Excel.RequestContext,
  log: OwnSheet,
  cols: Record<LogKey, number>,
  report: SyncReport
): Promise<LogKeyColumns> {
  const probed = log.keys && cols.ref === LOG_COL.ref && cols.period === LOG_COL.period;
  const covered = probed ? Math.min(log.usedRows, LOG_KEY_ROWS_FIRST) : 0;
  const rest =
    covered < log.usedRows
      ? await readLogColumns(
          context,
          log.name,
          log.usedRows,
          [cols.ref, cols.period],
          report,
          Math.max(1, covered),
          LOG_KEYS_CHUNK_ROWS
        )
      : [];
  const keys: LogKeyColumns = { ref: [], period: [] };
  for (let r = 0; r < log.usedRows; r++) {
    const first = r < covered && log.keys;
    keys.ref.push(first ? (log.keys!.ref[r]?.[0] ?? null) : (rest[r]?.[cols.ref] ?? null));
    keys.period.push(first ? (log.keys!.period[r]?.[0] ?? null) : (rest[r]?.[cols.period] ?? null));
  }
  return keys;
}

/** A row holding only its Ref and Period (the rest not read), at the sheet's column positions. */
function keyRow(keys: LogKeyColumns, r: number, cols: Record<LogKey, number>): PlanValue[] {
  const row: PlanValue[] = [];
  row[cols.ref] = keys.ref[r] ?? null;
  row[cols.period] = keys.period[r] ?? null;
  return Array.from(row, (v) => v ?? null);
}

/** The header, then every used row with only its Ref and Period. */
export function keyRows(
  header: readonly PlanValue[],
  keys: LogKeyColumns,
  cols: Record<LogKey, number>
): PlanValue[][] {
  return [[...header], ...keys.ref.slice(1).map((_, i) => keyRow(keys, i + 1, cols))];
}

/** First and last sheet rows whose period is `period` or empty (a row the run may change). */
export function rowsOfPeriod(
  keys: LogKeyColumns,
  period: string
): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  for (let r = 1; r < keys.period.length; r++) {
    const own = text(keys.period[r]).trim();
    if (own !== period && own !== "") continue;
    if (first < 0) first = r;
    last = r;
  }
  return first < 0 ? null : { first, last };
}

/**
 * The log rows a run on `period` needs, by sheet row: the rows from the first to the last of that
 * period (or of none) with our columns except the reviewer's, every other row with only its Ref
 * and Period; null where nothing was read. The engine merges with these and writeLogSheet writes
 * only cells that differ from them, so a row not read whole is never written.
 */
export async function readLogBody(
  context: Excel.RequestContext,
  log: OwnSheet,
  report: SyncReport,
  period: string
): Promise<PlanValue[][] | null> {
  if (!log.exists || !log.rows) return null;
  const header = log.rows[0] ?? [];
  const cols = ourColumns(header);
  const keys = await logKeyColumns(context, log, cols, report);
  const rows = keyRows(header, keys, cols);
  const span = rowsOfPeriod(keys, period);
  if (!span) return rows;
  const needed = (Object.keys(cols) as LogKey[])
    .filter((k) => !REVIEWER_KEYS.includes(k))
    .map((k) => cols[k]);
  const body = await readLogColumns(context, log.name, span.last + 1, needed, report, span.first);
  for (let r = span.first; r <= span.last; r++) rows[r] = Array.from(body[r], (v) => v ?? null);
  return rows;
}

/**
 * One row of the log for an edit: the row of `ref` for `period` (logRowIndex: its own row, else
 * one with no period) — the ref and period columns, then that row's our columns —
 * as [header, row]; [header] and sheetRow null when there is none.
 */
export async function readLogRowOf(
  context: Excel.RequestContext,
  log: OwnSheet,
  ref: string,
  report: SyncReport,
  period?: string
): Promise<{ rows: PlanValue[][]; sheetRow: number | null }> {
  const header = [...(log.rows?.[0] ?? [])];
  const cols = ourColumns(header);
  const keys = keyRows(header, await logKeyColumns(context, log, cols, report), cols);
  const at = logRowIndex(keys, ref, period);
  if (at < 0) return { rows: [header], sheetRow: null };
  const ours = Object.values(cols);
  const row = await readLogColumns(context, log.name, at + 1, ours, report, at);
  return { rows: [header, Array.from(row[at], (v) => v ?? null)], sheetRow: at };
}
