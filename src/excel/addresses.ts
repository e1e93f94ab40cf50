/**
 * A1 addresses and the grouping of cells into few, short multi-area addresses, so a write to
 * thousands of cells costs a handful of `getRanges` calls instead of one range object per row.
 */

import { columnLetters } from "../engine/address";

// One rule for column letters, the engine's (0 → A, 26 → AA).
export { columnLetters };

/** 0-based row and column → `N12`. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** Parses `N12` (no sheet prefix, no `$`) into 0-based row and column; null if it is not one cell. */
export function parseCell(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(address.trim());
  if (!match) return null;
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** Splits `Sheet!J12` / `'My sheet'!J12` into sheet and cell. */
export function splitSheetAddress(address: string): { sheet: string; cell: string } | null {
  const bang = address.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cell: address.slice(bang + 1) };
}

/** A block of one column: rows `top..bottom` inclusive (0-based). */
export interface ColumnRun {
  col: number;
  top: number;
  bottom: number;
}

export function runAddress(run: ColumnRun): string {
  const top = cellAddress(run.top, run.col);
  return run.top === run.bottom ? top : `${top}:${cellAddress(run.bottom, run.col)}`;
}

/** Groups cells into per-column runs of consecutive rows, sorted by column then row. */
export function toColumnRuns(cells: readonly { row: number; col: number }[]): ColumnRun[] {
  const byColumn = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byColumn.get(col) ?? [];
    rows.push(row);
    byColumn.set(col, rows);
  }
  const runs: ColumnRun[] = [];
  for (const col of [...byColumn.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byColumn.get(col))].sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    for (const row of rows.slice(1)) {
      if (row === prev + 1) {
        prev = row;
        continue;
      }
      runs.push({ col, top: start, bottom: prev });
      start = prev = row;
    }
    runs.push({ col, top: start, bottom: prev });
  }
  return runs;
}

/** Limits for one `worksheet.getRanges(address)` call (kept well inside what Excel accepts). */
export const MAX_AREAS_PER_CALL = 500;
export const MAX_ADDRESS_CHARS = 8000;
const SEPARATOR = ", ";

/** Packs runs into multi-area address strings, each within the area and length limits. */
export function packAreaAddresses(
  runs: readonly ColumnRun[],
  maxAreas = MAX_AREAS_PER_CALL,
  maxChars = MAX_ADDRESS_CHARS
): string[] {
  const packed: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const run of runs) {
    const address = runAddress(run);
    const added = (current.length ? SEPARATOR.length : 0) + address.length;
    if (current.length && (current.length >= maxAreas || length + added > maxChars)) {
      packed.push(current.join(SEPARATOR));
      current = [];
      length = 0;
    }
    length += (current.length ? SEPARATOR.length : 0) + address.length;
    current.push(address);
  }
  if (current.length) packed.push(current.join(SEPARATOR));
  return packed;
}

/** Expands `N2:N4` or `N2` (one column or a rectangle) into its cells. */
export function expandAddress(address: string): { row: number; col: number }[] {
  const [from, to] = address.split(":");
  const a = parseCell(from);
  const b = parseCell(to ?? from);
  if (!a || !b) return [];
  const cells: { row: number; col: number }[] = [];
  for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++) {
    for (let col = Math.min(a.col, b.col); col <= Math.max(a.col, b.col); col++)
      cells.push({ row, col });
  }
  return cells;
}
