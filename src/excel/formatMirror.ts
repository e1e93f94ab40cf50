/**
 * Remembering and restoring the formats a run overwrites, without reading them into JavaScript:
 * before any write, Excel itself copies the formats of each touched column block (rows min..max
 * of that column) to the SAME address on a very hidden sheet ("PerfChallenge formats"), with
 * Range.copyFrom(…, "Formats") (ExcelApi 1.9). Clear copies them back. This costs no extra sync
 * and no payload, and restores every format property (fill, font, borders, number format), not
 * just the fill.
 *
 * The FormatSnapshot in the state sheet lists every mirrored cell; its adapter JSON is
 * MIRRORED (or MIRRORED_WITH_VALIDATION when the run also added data validation to the cell).
 */
import type { FormatSnapshot } from "../engine/formatState";
import { cellAddress, parseCell, type ColumnRun } from "./addresses";
import { untracked } from "./sheetWrites";
import { FORMAT_MIRROR_SHEET } from "./types";

export const MIRRORED = JSON.stringify({ mirror: FORMAT_MIRROR_SHEET });
export const MIRRORED_WITH_VALIDATION = JSON.stringify({
  mirror: FORMAT_MIRROR_SHEET,
  validation: "added",
});

/** One block per column: rows min..max of the given cells. */
export function columnBlocks(cells: Iterable<{ row: number; col: number }>): ColumnRun[] {
  const blocks = new Map<number, ColumnRun>();
  for (const { row, col } of cells) {
    const block = blocks.get(col);
    if (!block) blocks.set(col, { col, top: row, bottom: row });
    else {
      block.top = Math.min(block.top, row);
      block.bottom = Math.max(block.bottom, row);
    }
  }
  return [...blocks.values()].sort((a, b) => a.col - b.col);
}

/** Cells of a snapshot as 0-based coordinates (addresses that do not parse are ignored). */
export function snapshotCells(
  snapshot: FormatSnapshot
): { row: number; col: number; json: string }[] {
  const cells: { row: number; col: number; json: string }[] = [];
  for (const [address, json] of Object.entries(snapshot.originals)) {
    const cell = parseCell(address);
    if (cell) cells.push({ ...cell, json });
  }
  return cells;
}

/** Every cell of the blocks, each with the JSON the state records for it. */
export function blockOriginals(
  blocks: readonly ColumnRun[],
  validated: ReadonlySet<string>
): Record<string, string> {
  const originals: Record<string, string> = {};
  for (const block of blocks) {
    for (let row = block.top; row <= block.bottom; row++) {
      const address = cellAddress(row, block.col);
      originals[address] = validated.has(address) ? MIRRORED_WITH_VALIDATION : MIRRORED;
    }
  }
  return originals;
}

function blockAddress(block: ColumnRun): string {
  return `${cellAddress(block.top, block.col)}:${cellAddress(block.bottom, block.col)}`;
}

/** Queues the copy of each block's formats to the mirror sheet (before anything is written). */
export function queueMirror(
  sheet: Excel.Worksheet,
  mirror: Excel.Worksheet,
  blocks: readonly ColumnRun[]
): void {
  for (const block of blocks) {
    const address = blockAddress(block);
    untracked(mirror.getRange(address)).copyFrom(untracked(sheet.getRange(address)), "Formats");
  }
}

/**
 * Queues the restoration of a snapshot on `sheet`: formats copied back from the mirror, data
 * validation the run added removed. Only cells written by mirrored runs are touched; a snapshot
 * written by another front end (different JSON) is left alone.
 */
export function queueRestore(
  sheet: Excel.Worksheet,
  mirror: Excel.Worksheet,
  snapshot: FormatSnapshot
): void {
  const cells = snapshotCells(snapshot);
  const mirrored = cells.filter((c) => c.json === MIRRORED || c.json === MIRRORED_WITH_VALIDATION);
  for (const block of columnBlocks(mirrored)) {
    const address = blockAddress(block);
    untracked(sheet.getRange(address)).copyFrom(untracked(mirror.getRange(address)), "Formats");
  }
  for (const block of columnBlocks(cells.filter((c) => c.json === MIRRORED_WITH_VALIDATION))) {
    untracked(sheet.getRange(blockAddress(block))).dataValidation.clear();
  }
}

/** Queues emptying the status column cells the snapshot recorded (only when the run added the column). */
export function queueEmptyStatusColumn(sheet: Excel.Worksheet, snapshot: FormatSnapshot): void {
  if (!snapshot.statusColumnAdded || snapshot.statusColumn === null) return;
  const column = snapshot.statusColumn;
  for (const block of columnBlocks(snapshotCells(snapshot).filter((c) => c.col === column))) {
    untracked(sheet.getRange(blockAddress(block))).clear("Contents");
  }
}
