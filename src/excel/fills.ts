/**
 * Status fills as packed multi-area `getRanges` calls: each call carries up to MAX_AREAS_PER_CALL
 * areas in at most MAX_ADDRESS_CHARS characters (addresses.ts; Excel refuses longer address lists,
 * office-js#5198). Each run of consecutive filled cells in a column is first painted whole in its
 * most frequent colour (one area), then its other cells get theirs: when the statuses alternate
 * row by row, about 7 bytes for each cell not of the run's main colour and nothing for the rest.
 * That is a few dozen calls (about 4 queued actions each) at 10,000 rows — more actions than one
 * `setCellProperties` matrix, but a fraction of its upload (~40 bytes a cell), and Excel on the
 * web's limit is on bytes (issue 14: ≤ 40 bytes a row for the whole classification).
 */
import type { WritePlan } from "../engine/plan-types";
import { type ColumnRun, packAreaAddresses, toColumnRuns } from "./addresses";
import { ADDRESS_ACTION_CHARS } from "./formatMirror";
import { untracked, type WriteBudget } from "./sheetWrites";

interface Painting {
  /** Colour → whole runs painted first. */
  base: Map<string, ColumnRun[]>;
  /** Colour → cells painted over the base. */
  cells: Map<string, { row: number; col: number }[]>;
}

function add<T>(map: Map<string, T[]>, colour: string, ...items: T[]): void {
  const list = map.get(colour);
  if (list) list.push(...items);
  else map.set(colour, [...items]);
}

/** Splits the fills into run-wide base areas and the cells that differ from their run's base. */
export function planPainting(fills: WritePlan["fills"]): Painting {
  const colourAt = new Map<number, Map<number, string>>();
  for (const group of fills) {
    for (const { row, col } of group.cells) {
      if (!colourAt.has(col)) colourAt.set(col, new Map());
      colourAt.get(col)!.set(row, group.color);
    }
  }
  const painting: Painting = { base: new Map(), cells: new Map() };
  for (const [col, byRow] of colourAt) {
    const rows = [...byRow.keys()].sort((a, b) => a - b);
    let start = 0;
    while (start < rows.length) {
      let end = start;
      while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1) end++;
      const counts = new Map<string, number>();
      for (let i = start; i <= end; i++) {
        const colour = byRow.get(rows[i])!;
        counts.set(colour, (counts.get(colour) ?? 0) + 1);
      }
      const [main, mainCount] = [...counts].sort((a, b) => b[1] - a[1])[0];
      const worth = mainCount >= 2;
      if (worth) add(painting.base, main, { col, top: rows[start], bottom: rows[end] });
      for (let i = start; i <= end; i++) {
        const colour = byRow.get(rows[i])!;
        if (!worth || colour !== main) add(painting.cells, colour, { row: rows[i], col });
      }
      start = end + 1;
    }
  }
  return painting;
}

async function paint(
  sheet: Excel.Worksheet,
  colour: string,
  runs: readonly ColumnRun[],
  budget: WriteBudget
): Promise<void> {
  for (const address of packAreaAddresses(runs)) {
    await budget.spend(address.length + ADDRESS_ACTION_CHARS);
    untracked(sheet.getRanges(address)).format.fill.color = colour;
  }
}

export async function queueFills(
  sheet: Excel.Worksheet,
  fills: WritePlan["fills"],
  budget: WriteBudget
): Promise<void> {
  const { base, cells } = planPainting(fills);
  // Queued in this order, so each cell ends in its own colour (Excel applies actions in order).
  for (const [colour, runs] of base) await paint(sheet, colour, runs, budget);
  for (const [colour, list] of cells) await paint(sheet, colour, toColumnRuns(list), budget);
}
