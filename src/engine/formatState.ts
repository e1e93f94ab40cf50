/**
 * What Clear classification needs to undo a run, stored in the workbook itself (a hidden sheet) so
 * it survives closing and reopening. The engine owns the encoding; adapters own the format JSON.
 *
 * CONTRACT (used by both adapters):
 *   - `originals` maps an A1 address on `sheet` (no sheet prefix, e.g. "N12") to an adapter-specific
 *     JSON string of the cell's format before the first run touched it, at the address WRITTEN;
 *     `markers` (state@2) find those cells again after the analyst's edits (stateLocate.ts).
 *   - A rerun restores the earlier run where its cells are now, then records afresh, so our own
 *     fills are never recorded as "original"; a damaged state is refused, never replaced.
 *     (`mergeSnapshots` keeps the earliest original of each cell for callers without markers.)
 *   - Encoding groups cells by identical original format and merges addresses into ranges
 *     ("N2:N400,P7"), so the hidden sheet stays small on 50,000-row workbooks; no cell text exceeds
 *     Excel's 32,767-character limit.
 */
import { localAddress as a1, parseCellAddress } from "./address";
import { parseMarkers, serialiseMarkers, type StateMarkers } from "./stateMarkers";

export const STATE_SHEET_NAME = "PerfChallenge state";
/** Very hidden sheet where the Office.js adapter mirrors original formats (same addresses). */
export const MIRROR_SHEET_NAME = "PerfChallenge formats";
/** @2 adds the markers (headings, refs) that find the written cells again after edits. */
export const STATE_SCHEMA = "perf-challenge/state@2";
const OLDER_SCHEMAS = new Set(["perf-challenge/state@1"]);

export interface FormatSnapshot {
  sheet: string;
  /** 0-based column of the status column the run wrote, or null. */
  statusColumn: number | null;
  /** True when the status column did not exist before the first run (Clear empties it). */
  statusColumnAdded: boolean;
  /** A1 address (on `sheet`) → adapter JSON of the original format. */
  originals: Record<string, string>;
  /** Headings and refs of what was written (state@2); absent in state@1 sheets. */
  markers?: StateMarkers;
}

/** A local address such as "N12" (no sheet) to 0-based coordinates, else null. */
function parseA1(address: string): { row: number; col: number } | null {
  const parsed = parseCellAddress(address);
  return parsed && parsed.sheet === null && parsed.col >= 0
    ? { row: parsed.row, col: parsed.col }
    : null;
}

/** Excel's limit is 32,767 characters per cell; stay safely under it. */
export const STATE_CELL_LIMIT = 32000;
/** A damaged or foreign sheet could name a huge range; refuse to expand past this many cells. */
const MAX_DECODED_CELLS = 5_000_000;

/**
 * Merges the cells a new run is about to touch into an earlier snapshot. The earlier original of
 * each cell wins, so our own fills are never recorded as "original" (idempotence). A snapshot of
 * another sheet is not merged: the caller restores that sheet first and starts afresh.
 */
export function mergeSnapshots(
  earlier: FormatSnapshot | null,
  next: FormatSnapshot
): FormatSnapshot {
  if (!earlier || earlier.sheet !== next.sheet)
    return { ...next, originals: { ...next.originals } };
  return {
    sheet: next.sheet,
    statusColumn: next.statusColumn ?? earlier.statusColumn,
    // Whether the column was ours is known best by the run that first wrote it.
    statusColumnAdded:
      next.statusColumn === null || next.statusColumn === earlier.statusColumn
        ? earlier.statusColumnAdded
        : next.statusColumnAdded,
    originals: { ...next.originals, ...earlier.originals },
  };
}

/** Groups sorted cells of one format into rectangles: runs down a column, then runs across columns. */
function toRanges(addresses: string[]): string[] {
  const byColumn = new Map<number, number[]>();
  for (const address of addresses) {
    const cell = parseA1(address);
    if (!cell) continue;
    const rows = byColumn.get(cell.col) ?? [];
    rows.push(cell.row);
    byColumn.set(cell.col, rows);
  }
  type Rect = { top: number; bottom: number; left: number; right: number };
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  const columns = [...byColumn.keys()].sort((a, b) => a - b);
  for (const col of columns) {
    const rows = [...new Set(byColumn.get(col))].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const row of rows) {
      const last = runs[runs.length - 1];
      if (last && last[1] === row - 1) last[1] = row;
      else runs.push([row, row]);
    }
    const stillOpen = new Set<string>();
    for (const [top, bottom] of runs) {
      const key = `${top}:${bottom}`;
      const rect = open.get(key);
      if (rect && rect.right === col - 1) rect.right = col;
      else {
        if (rect) done.push(rect);
        open.set(key, { top, bottom, left: col, right: col });
      }
      stillOpen.add(key);
    }
    for (const [key, rect] of open) {
      if (!stillOpen.has(key)) {
        done.push(rect);
        open.delete(key);
      }
    }
  }
  done.push(...open.values());
  done.sort((a, b) => a.left - b.left || a.top - b.top);
  return done.map((r) =>
    r.top === r.bottom && r.left === r.right
      ? a1(r.top, r.left)
      : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`
  );
}

/** Splits a text into chunks under the cell limit. */
function chunkText(text: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += STATE_CELL_LIMIT)
    chunks.push(text.slice(i, i + STATE_CELL_LIMIT));
  return chunks.length ? chunks : [""];
}

/** Joins range addresses with commas into lists that each fit in one cell. */
function chunkRanges(ranges: string[]): string[] {
  const lists: string[] = [];
  let current = "";
  for (const range of ranges) {
    const next = current ? `${current},${range}` : range;
    if (next.length > STATE_CELL_LIMIT) {
      lists.push(current);
      current = range;
    } else current = next;
  }
  if (current) lists.push(current);
  return lists;
}

/**
 * Rows for the hidden state sheet, every cell text. Row 1: schema and a JSON header. Each further
 * row: column A a comma list of ranges, columns B… the original format JSON (split when long).
 */
export function encodeSnapshot(snapshot: FormatSnapshot): string[][] {
  const header = JSON.stringify({
    sheet: snapshot.sheet,
    statusColumn: snapshot.statusColumn,
    statusColumnAdded: snapshot.statusColumnAdded,
    ...(snapshot.markers ? { markers: serialiseMarkers(snapshot.markers) } : {}),
  });
  const rows: string[][] = [[STATE_SCHEMA, ...chunkText(header)]];
  const byFormat = new Map<string, string[]>();
  for (const [address, format] of Object.entries(snapshot.originals)) {
    const list = byFormat.get(format) ?? [];
    list.push(address);
    byFormat.set(format, list);
  }
  const formats = [...byFormat.keys()].sort();
  for (const format of formats) {
    const formatCells = chunkText(format);
    for (const list of chunkRanges(toRanges(byFormat.get(format) ?? [])))
      rows.push([list, ...formatCells]);
  }
  return rows;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}

function expandRange(range: string, into: string[]): boolean {
  const [from, to = from] = range.split(":");
  const start = parseA1(from);
  const end = parseA1(to);
  if (!start || !end || end.row < start.row || end.col < start.col) return false;
  if (into.length + (end.row - start.row + 1) * (end.col - start.col + 1) > MAX_DECODED_CELLS)
    return false;
  for (let col = start.col; col <= end.col; col++) {
    for (let row = start.row; row <= end.row; row++) into.push(a1(row, col));
  }
  return true;
}

/** Reads the hidden sheet's values back; null when the sheet is damaged or not ours. */
export function decodeSnapshot(
  rows: readonly (readonly unknown[])[] | null | undefined
): FormatSnapshot | null {
  try {
    if (!rows || rows.length === 0) return null;
    const schema = cellText(rows[0][0]);
    if (schema !== STATE_SCHEMA && !OLDER_SCHEMAS.has(schema)) return null;
    const header: unknown = JSON.parse(rows[0].slice(1).map(cellText).join(""));
    if (!header || typeof header !== "object") return null;
    const { sheet, statusColumn, statusColumnAdded } = header as Record<string, unknown>;
    const markers = parseMarkers((header as Record<string, unknown>).markers);
    if (markers === "bad") return null;
    if (typeof sheet !== "string" || sheet === "") return null;
    if (statusColumn !== null && !(Number.isInteger(statusColumn) && (statusColumn as number) >= 0))
      return null;
    if (typeof statusColumnAdded !== "boolean") return null;
    // Prototype-free: a damaged sheet naming "__proto__" stays a plain key.
    const originals: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const row of rows.slice(1)) {
      const ranges = cellText(row[0]);
      if (ranges === "" && row.every((v) => cellText(v) === "")) continue;
      const format = row.slice(1).map(cellText).join("");
      const addresses: string[] = [];
      for (const range of ranges.split(",")) if (!expandRange(range.trim(), addresses)) return null;
      for (const address of addresses) originals[address] = format;
    }
    const snapshot: FormatSnapshot = {
      sheet,
      statusColumn: statusColumn as number | null,
      statusColumnAdded,
      originals,
    };
    if (markers) snapshot.markers = markers;
    return snapshot;
  } catch {
    return null;
  }
}
