/**
 * Undoing an earlier run, for a rerun and for Clear: the engine finds where the run's cells are
 * now (src/engine/stateLocate.ts); this puts their recorded formats back there, empties the status
 * cells still holding exactly what the run wrote (when it added the column) and restores the
 * column's width. When the cells cannot be found with certainty nothing is changed: a
 * WorkbookStateError says what to do.
 */
import type { SheetGrid } from "../engine/types";
import type ExcelJS from "exceljs";
import { MIRROR_SHEET_NAME, type FormatSnapshot } from "../engine/formatState";
import { locateEarlierRun, type Located } from "../engine/stateLocate";
import type { FillReader } from "../engine/stateTrust";
import { readSheetGrid } from "./readGrid";
import { readState, readStatusAnchor } from "./stateSheet";
import { StyleCache } from "./styles";

import { WorkbookRefusal } from "./refusal";
import { cellAt } from "./cellAt";

/** A refusal about the add-in's own record of an earlier run; its message says what to do. */
export class WorkbookStateError extends WorkbookRefusal {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookStateError";
  }
}

export const DAMAGED_STATE_MESSAGE =
  'The hidden record of the last classification (sheet "PerfChallenge state") is damaged, so the original formats of the classified cells are not known. Nothing was changed: open a copy saved before the last classification, or the original file, and classify that.';

export const FOREIGN_STATE_MESSAGE =
  'This workbook has a sheet called "PerfChallenge state" that the add-in did not write; the add-in keeps its own record under that name and will not overwrite yours. Rename that sheet, then try again. Nothing was changed.';

export const MIRROR_MISSING_MESSAGE =
  'The original formats of the last classification are kept on the hidden sheet "PerfChallenge formats", which is missing, so they cannot be restored. Nothing was changed: open a copy saved before the last classification.';

/** A record written by the add-in in Excel: the original is on the mirror sheet. */
function isMirrored(styles: StyleCache, json: string): boolean {
  const style = styles.parse(json) as Record<string, unknown> | null;
  return Boolean(style && typeof style.mirror === "string");
}

/** The solid fill of a cell as "#RRGGBB", without creating the cell (stateTrust.ts). */
function fillReader(ws: ExcelJS.Worksheet): FillReader {
  return ({ row, col }) => {
    const fill = ws.findCell(row + 1, col + 1)?.fill;
    if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
    const argb = fill.fgColor?.argb;
    return typeof argb === "string" && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2)}` : null;
  };
}

export type EarlierRun =
  | { kind: "none" }
  | { kind: "gone"; snapshot: FormatSnapshot }
  | { kind: "found"; snapshot: FormatSnapshot; located: Extract<Located, { ok: true }> };

/** The earlier run and where its cells are now; throws WorkbookStateError when not certain. */
export function findEarlierRun(wb: ExcelJS.Workbook, grids: readonly SheetGrid[] = []): EarlierRun {
  // Sheets already read (a run reads them anyway) are not read twice.
  const gridOf = (ws: ExcelJS.Worksheet) =>
    grids.find((g) => g.name === ws.name) ?? readSheetGrid(ws);
  const state = readState(wb);
  if (state.kind === "none") return { kind: "none" };
  if (state.kind === "damaged") throw new WorkbookStateError(DAMAGED_STATE_MESSAGE);
  if (state.kind === "foreign") throw new WorkbookStateError(FOREIGN_STATE_MESSAGE);
  const { snapshot } = state;
  const ws = wb.getWorksheet(snapshot.sheet);
  if (!ws) {
    // Renamed (its cells are found on another sheet): the fills are still there, so refuse.
    // Deleted: its cells went with it.
    const renamed = wb.worksheets.find(
      (other) => other.state !== "veryHidden" && locateEarlierRun(snapshot, gridOf(other)).ok
    );
    if (renamed && snapshot.markers)
      throw new WorkbookStateError(
        `The classified sheet "${snapshot.sheet}" is no longer in the workbook; its cells are on "${renamed.name}", which looks renamed. Rename it back to "${snapshot.sheet}" and try again. Nothing was changed.`
      );
    return { kind: "gone", snapshot };
  }
  const located = locateEarlierRun(
    snapshot,
    gridOf(ws),
    readStatusAnchor(wb, snapshot.sheet),
    fillReader(ws)
  );
  if (!located.ok) throw new WorkbookStateError(located.message);
  // A format record that does not parse would leave our fill behind as if it were the original.
  const styles = new StyleCache();
  if (located.moves.some((move) => styles.parse(move.json) === null))
    throw new WorkbookStateError(DAMAGED_STATE_MESSAGE);
  if (
    located.moves.some((move) => isMirrored(styles, move.json)) &&
    !wb.getWorksheet(MIRROR_SHEET_NAME)
  )
    throw new WorkbookStateError(MIRROR_MISSING_MESSAGE);
  return { kind: "found", snapshot, located };
}

/** Puts the earlier run's recorded formats back where its cells are now. */
export function restoreEarlierRun(
  wb: ExcelJS.Workbook,
  snapshot: FormatSnapshot,
  located: Extract<Located, { ok: true }>
): void {
  const ws = wb.getWorksheet(snapshot.sheet);
  if (!ws) return;
  const styles = new StyleCache();
  // The add-in in Excel keeps originals on its mirror sheet, at the addresses it wrote.
  const mirror = wb.getWorksheet(MIRROR_SHEET_NAME);
  for (const move of located.moves) {
    const style = isMirrored(styles, move.json)
      ? (JSON.parse(
          JSON.stringify(mirror?.getCell(move.from.row + 1, move.from.col + 1).style ?? {})
        ) as object)
      : styles.parse(move.json);
    // A damaged record is skipped rather than guessed (findEarlierRun refuses those first).
    if (style) cellAt(ws, move.to.row + 1, move.to.col + 1).style = style;
  }
  for (const cell of located.emptyCells) cellAt(ws, cell.row + 1, cell.col + 1).value = null;
  if (located.statusColumn !== null && snapshot.markers) {
    ws.getColumn(located.statusColumn + 1).width = located.statusWidth ?? undefined;
  }
}
