/**
 * The Challenge log in Excel, which reviewers own as much as we do: read only our columns that a
 * run needs, in budgeted chunks (Excel on the web answers at most 5 MB); write only the cells of
 * our columns whose value changes; never clear the sheet. A reviewer's own columns, the formats
 * they gave cells (dates, wrap, colours) and formulas therefore survive every operation, and
 * Trust response / Agreed action of an existing row are never read or rewritten at all.
 * A run's rows line up with the rows read (the engine keeps them in order and adds new ones after);
 * an edit finds its row by ref and period, so a sorted log still lines up.
 */
import { LOG_COL, LOG_HEADERS, logColumns } from "../engine/challengeLog";
import type { PlanValue } from "../engine/plan-types";
import { syncReadChunk } from "./chunkSync";
import type { OwnSheet } from "./ownSheets";
import { replaceSheet, type WriteBudget, writeMatrix } from "./sheetWrites";
import { MIN_CHUNK_ROWS, READ_BUDGET_CHARS, type SyncReport } from "./types";

export type LogKey = keyof typeof LOG_COL;
const KEYS = Object.keys(LOG_COL) as LogKey[];
/** Our columns a reviewer fills in: once a row exists, its cells there are theirs (logKeys.ts too). */
const REVIEWER_KEYS: readonly LogKey[] = ["trust", "action"];
/** Rows in a log's first read chunk; later chunks are sized from what the first one cost. */
export const LOG_FIRST_CHUNK_ROWS = 4_000;
/** The same for the Ref and Period columns alone (~30 bytes a row). */
export const LOG_KEYS_CHUNK_ROWS = 60_000;
const LOG_MAX_CHUNK_ROWS = 100_000;

function text(value: PlanValue | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}

/** Where our columns are on the sheet (by header text; standard positions otherwise). */
export function ourColumns(header: readonly PlanValue[] | undefined): Record<LogKey, number> {
  return logColumns(header) ?? { ...LOG_COL };
}

function toPlanValue(value: unknown): PlanValue {
  if (value === "" || value === undefined || value === null) return null;
  return typeof value === "number" || typeof value === "string" ? value : String(value);
}

/** Contiguous runs of the given columns. */
function columnRuns(columns: readonly number[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (const col of [...new Set(columns)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.to === col - 1) last.to = col;
    else runs.push({ from: col, to: col });
  }
  return runs;
}

/**
 * Values of `columns` in sheet rows `firstRow`..`usedRows - 1`, indexed by sheet row and column
 * (other cells absent). One sync per chunk; a chunk is sized so its response stays near
 * READ_BUDGET_CHARS and halved when Excel still refuses it.
 */
export async function readLogColumns(
  context: Excel.RequestContext,
  sheetName: string,
  usedRows: number,
  columns: readonly number[],
  report: SyncReport,
  firstRow = 1,
  firstChunkRows = LOG_FIRST_CHUNK_ROWS
): Promise<PlanValue[][]> {
  const out: PlanValue[][] = Array.from({ length: usedRows }, () => []);
  const runs = columnRuns(columns);
  const sheet = context.workbook.worksheets.getItem(sheetName);
  let size = firstChunkRows;
  let row = firstRow;
  while (row < usedRows && runs.length > 0) {
    const last = Math.min(usedRows - 1, row + size - 1);
    const ranges = runs.map((run) => {
      const range = sheet
        .getRangeByIndexes(row, run.from, last - row + 1, run.to - run.from + 1)
        .untrack();
      range.load("values");
      return range;
    });
    // Deliberate: one sync per chunk keeps each response under the 5 MB limit.
    const retry = await syncReadChunk(context, report, size);
    if (retry !== null) {
      size = retry;
      continue;
    }
    let chars = 0;
    ranges.forEach((range, i) => {
      const values = range.values as unknown[][];
      chars += JSON.stringify(values).length;
      values.forEach((cells, r) =>
        cells.forEach((v, c) => (out[row + r][runs[i].from + c] = toPlanValue(v)))
      );
    });
    const perRow = Math.max(1, chars / (last - row + 1));
    size = Math.max(
      MIN_CHUNK_ROWS,
      Math.min(LOG_MAX_CHUNK_ROWS, Math.floor(READ_BUDGET_CHARS / perRow))
    );
    row = last + 1;
  }
  return out;
}

/** Cells to write: sheet column -> sheet row -> value. */
type Changes = Map<number, Map<number, PlanValue>>;

function sameValue(a: PlanValue | undefined, b: PlanValue | undefined): boolean {
  return text(a) === text(b);
}

/** Plans the cell writes that turn the sheet's log (as read) into `planRows` (engine order). */
export function logChanges(
  existing: readonly (readonly PlanValue[])[],
  usedRows: number,
  planRows: readonly (readonly PlanValue[])[]
): Changes {
  const cols = ourColumns(existing[0]);
  const changes: Changes = new Map();
  const change = (row: number, col: number, value: PlanValue) => {
    if (!changes.has(col)) changes.set(col, new Map());
    changes.get(col)!.set(row, value);
  };
  for (const key of KEYS) {
    const name = LOG_HEADERS[LOG_COL[key]];
    if (!sameValue(existing[0]?.[cols[key]], name)) change(0, cols[key], name);
  }
  // mergeLogRows keeps the rows it read, in order, blank ones dropped, then adds new rows: planned
  // row k is the k-th non-blank row read. The ref check only guards that contract.
  const kept: number[] = [];
  for (let r = 1; r < existing.length; r++) {
    const row = existing[r] ?? [];
    if (!KEYS.every((k) => text(row[cols[k]]) === "")) kept.push(r);
  }
  let nextFree = Math.max(usedRows, existing.length, 1);
  planRows.slice(1).forEach((planned, k) => {
    const candidate = kept[k];
    const at =
      candidate !== undefined &&
      text(existing[candidate]?.[cols.ref]).trim() === text(planned[LOG_COL.ref]).trim()
        ? candidate
        : undefined;
    const target = at ?? nextFree++;
    for (const key of KEYS) {
      if (at !== undefined && REVIEWER_KEYS.includes(key)) continue;
      const value = planned[LOG_COL[key]] ?? null;
      const before = at === undefined ? null : (existing[at]?.[cols[key]] ?? null);
      if (!sameValue(value, before)) change(target, cols[key], value);
    }
  });
  return changes;
}

/** Writes `changes`: adjacent columns with the same changed rows as one block per row run. */
async function writeChanges(
  sheet: Excel.Worksheet,
  changes: Changes,
  budget: WriteBudget
): Promise<void> {
  const columns = [...changes.keys()].sort((a, b) => a - b);
  const rowKey = (col: number) => [...changes.get(col)!.keys()].sort((a, b) => a - b);
  let i = 0;
  while (i < columns.length) {
    const rows = rowKey(columns[i]);
    let j = i;
    while (
      j + 1 < columns.length &&
      columns[j + 1] === columns[j] + 1 &&
      rowKey(columns[j + 1]).join() === rows.join()
    )
      j++;
    const group = columns.slice(i, j + 1);
    let start = 0;
    while (start < rows.length) {
      let end = start;
      while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1) end++;
      const block = rows
        .slice(start, end + 1)
        .map((row) => group.map((col) => changes.get(col)!.get(row) ?? null));
      await writeMatrix(sheet, rows[start], group[0], block, budget);
      start = end + 1;
    }
    i = j + 1;
  }
}

/**
 * Brings the sheet's log to `planRows`. A log added by this run is written whole (nothing there
 * to keep); an existing one gets only the cells that change, in our columns.
 */
export async function writeLogSheet(
  context: Excel.RequestContext,
  log: OwnSheet,
  existingRows: readonly (readonly PlanValue[])[] | null,
  planRows: readonly (readonly PlanValue[])[],
  budget: WriteBudget,
  layout: { hiddenColumns?: number[]; columnWidths?: number[] }
): Promise<void> {
  if (!log.exists || !existingRows) {
    await replaceSheet(context, log.name, false, planRows, budget, layout);
    return;
  }
  const sheet = context.workbook.worksheets.getItem(log.name);
  const changes = logChanges(existingRows, log.usedRows, planRows);
  // Everything queued before (format restores included) is counted in the budget, so a large log
  // write shares the request while it fits and starts a request of its own when it does not.
  await writeChanges(sheet, changes, budget);
}

/** Writes the cells of our columns that differ between two versions of one log row. */
export async function writeLogRowChanges(
  context: Excel.RequestContext,
  log: OwnSheet,
  sheetRow: number,
  before: readonly PlanValue[],
  after: readonly PlanValue[],
  budget: WriteBudget
): Promise<void> {
  const cols = ourColumns(log.rows?.[0]);
  const changes: Changes = new Map();
  for (const key of KEYS) {
    const col = cols[key];
    if (!sameValue(before[col], after[col])) changes.set(col, new Map([[sheetRow, after[col]]]));
  }
  await writeChanges(context.workbook.worksheets.getItem(log.name), changes, budget);
}
