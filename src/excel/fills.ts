/**
 * Status fills in few queued actions. Each colour's cells go out as multi-area `getRanges` calls
 * (about 4 actions a call, ~8 bytes a run) when its runs pack into a couple of calls. When the
 * statuses alternate row by row that would be dozens of calls, so those cells go out as ONE
 * `setCellProperties` per nearby group of columns (≤ 50,000 cells a call): 2 actions in all, at
 * ~40 bytes a filled cell. `{}` leaves a cell in between untouched.
 */
import type { WritePlan } from "../engine/plan-types";
import { packAreaAddresses, toColumnRuns } from "./addresses";
import { untracked, type WriteBudget } from "./sheetWrites";

/** Above this many getRanges calls for one colour, setCellProperties is fewer actions. */
const MAX_AREA_CALLS_PER_COLOUR = 2;
/** The ceiling for one setCellProperties call. */
const CELLS_PER_PROPERTIES_CALL = 50_000;
/** Columns this close share one setCellProperties call (the cells between get `{}`). */
const MAX_COLUMN_GAP = 4;

interface ColouredCell {
  row: number;
  col: number;
  color: string;
}

/** Column clusters (sorted) whose neighbours are at most MAX_COLUMN_GAP apart. */
function columnClusters(cells: readonly ColouredCell[]): { from: number; to: number }[] {
  const columns = [...new Set(cells.map((c) => c.col))].sort((a, b) => a - b);
  const clusters: { from: number; to: number }[] = [];
  for (const col of columns) {
    const last = clusters[clusters.length - 1];
    if (last && col - last.to <= MAX_COLUMN_GAP) last.to = col;
    else clusters.push({ from: col, to: col });
  }
  return clusters;
}

async function queueCellProperties(
  sheet: Excel.Worksheet,
  cells: readonly ColouredCell[],
  budget: WriteBudget
): Promise<void> {
  for (const { from, to } of columnClusters(cells)) {
    const inCluster = cells.filter((c) => c.col >= from && c.col <= to);
    const width = to - from + 1;
    const colours = new Map(inCluster.map((c) => [`${c.row}:${c.col}`, c.color]));
    let top = Number.POSITIVE_INFINITY;
    let bottom = -1;
    for (const c of inCluster) [top, bottom] = [Math.min(top, c.row), Math.max(bottom, c.row)];
    const rowsPerCall = Math.max(1, Math.floor(CELLS_PER_PROPERTIES_CALL / width));
    for (let first = top; first <= bottom; first += rowsPerCall) {
      const last = Math.min(bottom, first + rowsPerCall - 1);
      const data: Excel.SettableCellProperties[][] = [];
      for (let row = first; row <= last; row++) {
        const line: Excel.SettableCellProperties[] = [];
        for (let col = from; col <= to; col++) {
          const color = colours.get(`${row}:${col}`);
          line.push(color ? { format: { fill: { color } } } : {});
        }
        data.push(line);
      }
      await budget.spend(JSON.stringify(data).length);
      untracked(sheet.getRangeByIndexes(first, from, last - first + 1, width)).setCellProperties(
        data
      );
    }
  }
}

export async function queueFills(
  sheet: Excel.Worksheet,
  fills: WritePlan["fills"],
  budget: WriteBudget
): Promise<void> {
  const scattered: ColouredCell[] = [];
  for (const group of fills) {
    if (group.cells.length === 0) continue;
    const addresses = packAreaAddresses(toColumnRuns(group.cells));
    if (addresses.length > MAX_AREA_CALLS_PER_COLOUR) {
      scattered.push(...group.cells.map((cell) => ({ ...cell, color: group.color })));
      continue;
    }
    for (const address of addresses) {
      await budget.spend(address.length + 60);
      untracked(sheet.getRanges(address)).format.fill.color = group.color;
    }
  }
  if (scattered.length) await queueCellProperties(sheet, scattered, budget);
}
