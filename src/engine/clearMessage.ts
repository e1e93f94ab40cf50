/** What Clear classification tells the user: what it restored and what it kept. Both adapters. */
import type { FormatSnapshot } from "./formatState";
import type { Located } from "./stateLocate";

export const NOTHING_TO_CLEAR =
  "Nothing to clear: this workbook has no classification by the add-in (or it was already cleared). Nothing was changed.";

const KEPT =
  "Kept: the Challenge summary and Challenge log sheets, with everything reviewers typed in them.";

export function clearedMessage(
  snapshot: FormatSnapshot,
  located: Extract<Located, { ok: true }> | null
): string {
  if (!located)
    return `Classification cleared. The classified sheet "${snapshot.sheet}" is no longer in the workbook, so there were no formats to restore. ${KEPT}`;
  const cells = located.moves.length;
  const parts = [
    `Classification cleared on "${snapshot.sheet}": the original formats of ${cells} cell${cells === 1 ? "" : "s"} are restored`,
  ];
  if (snapshot.statusColumnAdded && located.emptyCells.length > 0)
    parts.push("the status column the add-in added is emptied");
  if (snapshot.markers && located.statusColumn !== null) parts.push("its width is restored");
  const moved = located.moved ? " (found where your edits had moved them)" : "";
  const gone =
    located.goneRefs.length > 0
      ? ` Rows no longer in the sheet (deleted or their reference changed): ${located.goneRefs.slice(0, 10).join(", ")}${located.goneRefs.length > 10 ? " …" : ""}.`
      : "";
  return `${parts.join(", ")}${moved}.${gone} ${KEPT}`;
}
