/**
 * The status column's labels in few bytes. A run of rows first gets Text ('@', so every label stays
 * text) and its most costly label (count × length) as ONE value for all its cells — Excel applies
 * a single value to every cell of the range — then one 2-D array with that label's cells left null
 * (Excel leaves a cell whose entry is null as it is) and every other label in its cell. The labels
 * are long ("On or better than target"), so a label written as null costs 6 bytes instead of ~30.
 * Excel applies a request's actions in order, so each cell ends with its own label.
 */
import { CELLS_PER_WRITE, RANGE_WRITE_OVERHEAD, untracked, type WriteBudget } from "./sheetWrites";

/** The label whose cells cost most to write one by one, or null when none repeats. */
function mainLabel(labels: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  let best: string | null = null;
  let bestCost = 0;
  for (const [label, count] of counts) {
    const cost = count * (label.length + 4);
    if (count >= 2 && cost > bestCost) [best, bestCost] = [label, cost];
  }
  return best;
}

/** Queues the labels of sheet rows `top`… in column `col`, within the write budget. */
export async function writeStatusRun(
  sheet: Excel.Worksheet,
  top: number,
  col: number,
  labels: readonly string[],
  budget: WriteBudget
): Promise<void> {
  const main = mainLabel(labels);
  await budget.spend(2 * RANGE_WRITE_OVERHEAD + (main?.length ?? 0));
  const whole = untracked(sheet.getRangeByIndexes(top, col, labels.length, 1));
  whole.numberFormat = "@" as unknown as string[][];
  if (main !== null) whole.values = main as unknown as string[][];
  for (let start = 0; start < labels.length; start += CELLS_PER_WRITE) {
    const block = labels
      .slice(start, start + CELLS_PER_WRITE)
      .map((label) => [label === main ? null : label]);
    if (block.every(([label]) => label === null)) continue;
    await budget.spend(JSON.stringify(block).length + RANGE_WRITE_OVERHEAD);
    untracked(sheet.getRangeByIndexes(top + start, col, block.length, 1)).values =
      block as string[][];
  }
}
