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
import type { CellMove, Located } from "../engine/stateLocate";
import { quoteSheetName } from "../engine/address";
import { cellAddress, parseCell, type ColumnRun } from "./addresses";
import { untracked } from "./sheetWrites";
import { FORMAT_MIRROR_SHEET } from "./types";

/** Excel's column width is in points; the plan and the state keep characters. */
export const POINTS_PER_CHARACTER = 7;

export const MIRRORED = JSON.stringify({ mirror: FORMAT_MIRROR_SHEET });
export const MIRRORED_WITH_VALIDATION = JSON.stringify({
  mirror: FORMAT_MIRROR_SHEET,
  validation: "added",
});

/**
 * One block per column: rows min..max of the given cells (one copy action per column, however the
 * statuses alternate). Rows in between that the run does not write (a section row) are mirrored
 * too but never restored: only rows found again by their reference are (stateLocate).
 */
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
  const originals: Record<string, string> = Object.create(null) as Record<string, string>;
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

/** Blocks this close share one mirror copy (the columns between are mirrored too, harmlessly). */
const MIRROR_COLUMN_GAP = 4;

/** Nearby column blocks as rectangles `A1:B9`: one copy each. */
function mirrorRectangles(blocks: readonly ColumnRun[]): string[] {
  const rects: { left: number; right: number; top: number; bottom: number }[] = [];
  for (const block of [...blocks].sort((a, b) => a.col - b.col)) {
    const last = rects[rects.length - 1];
    if (last && block.col - last.right <= MIRROR_COLUMN_GAP) {
      last.right = block.col;
      last.top = Math.min(last.top, block.top);
      last.bottom = Math.max(last.bottom, block.bottom);
    } else rects.push({ left: block.col, right: block.col, top: block.top, bottom: block.bottom });
  }
  return rects.map((r) => `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`);
}

/**
 * Queues the copy of the blocks' formats to the mirror sheet (before anything is written). The
 * source goes as an address (Range.copyFrom takes one), which saves a range object per copy.
 */
export function queueMirror(
  sheetName: string,
  mirror: Excel.Worksheet,
  blocks: readonly ColumnRun[]
): number {
  const rectangles = mirrorRectangles(blocks);
  for (const address of rectangles) {
    untracked(mirror.getRange(address)).copyFrom(
      `${quoteSheetName(sheetName)}!${address}`,
      "Formats"
    );
  }
  return rectangles.length * ADDRESS_ACTION_CHARS;
}

/** Moves grouped into blocks: one column each, consecutive rows with one row shift. */
export function moveBlocks(moves: readonly CellMove[]): { from: ColumnRun; to: ColumnRun }[] {
  const sorted = [...moves].sort(
    (a, b) => a.from.col - b.from.col || a.to.col - b.to.col || a.from.row - b.from.row
  );
  const blocks: { from: ColumnRun; to: ColumnRun }[] = [];
  for (const move of sorted) {
    const last = blocks[blocks.length - 1];
    if (
      last &&
      last.from.col === move.from.col &&
      last.to.col === move.to.col &&
      last.from.bottom === move.from.row - 1 &&
      last.to.bottom === move.to.row - 1
    ) {
      last.from.bottom = move.from.row;
      last.to.bottom = move.to.row;
    } else {
      blocks.push({
        from: { col: move.from.col, top: move.from.row, bottom: move.from.row },
        to: { col: move.to.col, top: move.to.row, bottom: move.to.row },
      });
    }
  }
  return blocks;
}

/** True when every recorded format is in the mirror (a snapshot this adapter wrote). */
export function isMirrored(snapshot: FormatSnapshot): boolean {
  return Object.values(snapshot.originals).every(
    (json) => json === MIRRORED || json === MIRRORED_WITH_VALIDATION
  );
}

/**
 * Request characters of one queued action on a range made from an address (object path, address
 * and the action; measured on the real runtime's requests, rounded up).
 */
export const ADDRESS_ACTION_CHARS = 400;

/**
 * Queues the restoration of an earlier run where its cells are now: formats copied back from the
 * mirror (kept at the addresses written), validation the run added removed, status cells still
 * holding what it wrote emptied (when it added the column), the column's width put back.
 * Returns the request characters queued (for the write budget).
 */
export function queueRestoreLocated(
  sheet: Excel.Worksheet,
  snapshot: FormatSnapshot,
  located: Extract<Located, { ok: true }>
): number {
  let actions = 1;
  for (const block of moveBlocks(located.moves)) {
    actions++;
    untracked(sheet.getRange(blockAddress(block.to))).copyFrom(
      `${quoteSheetName(FORMAT_MIRROR_SHEET)}!${blockAddress(block.from)}`,
      "Formats"
    );
  }
  const validated = located.moves.filter((m) => m.json === MIRRORED_WITH_VALIDATION);
  for (const block of moveBlocks(validated)) {
    actions++;
    untracked(sheet.getRange(blockAddress(block.to))).dataValidation.clear();
  }
  for (const block of columnRunsOf(located.emptyCells)) {
    actions++;
    untracked(sheet.getRange(blockAddress(block))).clear("Contents");
  }
  if (snapshot.markers && located.statusColumn !== null) {
    const column = untracked(sheet.getRangeByIndexes(0, located.statusColumn, 1, 1)).format;
    if (located.statusWidth === null) column.useStandardWidth = true;
    // Recorded in characters (as the ExcelJS adapter does); Excel's widths are in points.
    else column.columnWidth = located.statusWidth * POINTS_PER_CHARACTER;
  }
  return actions * ADDRESS_ACTION_CHARS;
}

function columnRunsOf(cells: readonly { row: number; col: number }[]): ColumnRun[] {
  return moveBlocks(cells.map((cell) => ({ from: cell, to: cell, json: "" }))).map((b) => b.to);
}
