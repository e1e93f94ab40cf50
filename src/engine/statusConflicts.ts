/**
 * Before a rerun writes into the status column an earlier run added: a cell there that the
 * earlier run did not write (the analyst typed in it, or an inserted row brought a value into it)
 * is the analyst's, and would be overwritten. The rerun then refuses and says which cell.
 */
import { localAddress } from "./address";
import { GridView } from "./grid";
import type { WritePlan } from "./plan-types";
import type { Located } from "./stateLocate";
import { matchText } from "./stateMarkers";
import type { SheetGrid } from "./types";

export function statusColumnConflict(
  plan: WritePlan,
  grid: SheetGrid,
  located: Extract<Located, { ok: true }>,
  columnAdded: boolean
): string | null {
  if (!columnAdded || located.statusColumn !== plan.statusColumn) return null;
  const view = new GridView(grid);
  const ours = new Set(
    located.moves.filter((m) => m.to.col === plan.statusColumn).map((m) => m.to.row)
  );
  for (const cell of [
    { row: plan.statusHeader.row, text: plan.statusHeader.text },
    ...plan.statusCells,
  ]) {
    if (ours.has(cell.row)) continue;
    const text = matchText(view.value(cell.row, plan.statusColumn));
    if (text === "" || text === matchText(cell.text)) continue;
    const local = localAddress(cell.row, plan.statusColumn);
    return `${local} is in the status column the add-in added, but holds "${text.slice(0, 60)}", which the add-in did not write. Move it out of the status column, then classify again. Nothing was changed.`;
  }
  return null;
}
