/**
 * Finds the cells an earlier run wrote, wherever the analyst's edits have moved them (docs/workbook-output.md,
 * docs/reliability.md). Pure: given the state, the sheet as it is now and, when the workbook keeps
 * one, the defined name anchored to the status heading, it returns where each recorded cell is
 * now, or a refusal that says what to do. Nothing is guessed: a column is found by its exact
 * heading (unique, or the anchored cell), a row by its reference (unique).
 */
import { localAddress, parseCellAddress } from "./address";
import type { FormatSnapshot } from "./formatState";
import { GridView } from "./grid";
import { matchText, NAME_KEY, rowIdentity, type StateMarkers } from "./stateMarkers";
import { implausibleMarkers, statusColumnClash, unfilledStatusCell } from "./stateTrust";
import type { FillReader } from "./stateTrust";
import type { SheetGrid } from "./types";
import type { Cell } from "./address";

export type { Cell } from "./address";

export interface CellMove {
  /** Where the run wrote it (and where the Office.js mirror keeps its format). */
  from: Cell;
  /** Where that cell is now. */
  to: Cell;
  /** Adapter JSON of the original format. */
  json: string;
}

export type Located =
  | {
      ok: true;
      moves: CellMove[];
      /** Cells of a status column the run added that still hold exactly what it wrote. */
      emptyCells: Cell[];
      /** The status column now, and its width before the first run (null: the default). */
      statusColumn: number | null;
      statusWidth: number | null;
      /** Refs of rows the analyst deleted since (their cells are gone). */
      goneRefs: string[];
      /** True when anything is no longer where it was written. */
      moved: boolean;
    }
  | { ok: false; message: string };

const UNCHANGED = " Nothing was changed.";

function cellsWithText(view: GridView, text: string, row?: number): Cell[] {
  const found: Cell[] = [];
  const rows = row === undefined ? null : [row];
  for (let r = rows ? rows[0] : view.firstRow; r <= (rows ? rows[0] : view.lastRow); r++) {
    view.row(r).forEach((value, i) => {
      if (value !== null && matchText(value) === text) found.push({ row: r, col: view.left + i });
    });
  }
  return found;
}

function shown(identity: string): string {
  return identity.startsWith(NAME_KEY) ? `"${identity.slice(NAME_KEY.length)}"` : identity;
}

function list(cells: Cell[]): string {
  return cells.map((c) => localAddress(c.row, c.col)).join(", ");
}

function statusHeadingCell(view: GridView, m: StateMarkers, anchor: Cell | null): Cell | string {
  if (anchor && matchText(view.value(anchor.row, anchor.col)) === m.statusHeading) return anchor;
  const found = cellsWithText(view, m.statusHeading);
  if (found.length === 1) return found[0];
  const was = localAddress(m.headerRow, 0).replace(/^A/, "row ");
  if (found.length === 0)
    return `The status column written by the last run (heading "${m.statusHeading}", ${was}) can no longer be found: its heading was changed or the column deleted. Type "${m.statusHeading}" back as the heading of that column (or of an empty column), then try again.${UNCHANGED}`;
  return `The heading "${m.statusHeading}" of the status column written by the last run now appears ${found.length} times (${list(found)}), so which one is the add-in's is not certain. Rename the copies you made, then try again.${UNCHANGED}`;
}

/** The column headed `heading` on the header row: unique, or the one at the recorded offset. */
function columnByHeading(
  view: GridView,
  row: number,
  heading: string,
  preferred: number,
  what: string
): number | string {
  const found = heading === "" ? [] : cellsWithText(view, heading, row);
  if (found.length === 1) return found[0].col;
  const atOffset = found.find((c) => c.col === preferred);
  if (atOffset) return atOffset.col;
  if (found.length === 0)
    return `The ${what} column of the last run (heading "${heading}") is no longer on the header row (row ${row + 1}), so the add-in cannot tell which cells it wrote. Put the heading back, then try again.${UNCHANGED}`;
  return `The heading "${heading}" now appears ${found.length} times on the header row (${list(found)}), so the ${what} column of the last run is not certain. Rename the copies, then try again.${UNCHANGED}`;
}

/** Rows below the header by their identity (ref, else indicator name). */
function rowsByRef(
  view: GridView,
  headerRow: number,
  refColumn: number,
  nameColumn: number | null
): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (let r = headerRow + 1; r <= view.lastRow; r++) {
    const name = nameColumn === null ? "" : matchText(view.value(r, nameColumn));
    const ref = rowIdentity(matchText(view.value(r, refColumn)), name);
    if (ref === "" || ref === NAME_KEY) continue;
    const at = rows.get(ref);
    if (at) at.push(r);
    else rows.set(ref, [r]);
  }
  return rows;
}

function originalsOf(snapshot: FormatSnapshot): { cell: Cell; json: string }[] {
  const cells: { cell: Cell; json: string }[] = [];
  for (const [address, json] of Object.entries(snapshot.originals)) {
    const parsed = parseCellAddress(address);
    if (parsed && parsed.sheet === null && parsed.col >= 0)
      cells.push({ cell: { row: parsed.row, col: parsed.col }, json });
  }
  return cells;
}

/** A state@1 sheet has no markers: trusted only where its status heading still stands. */
function locateLegacy(snapshot: FormatSnapshot, view: GridView): Located {
  const cells = originalsOf(snapshot);
  const column = snapshot.statusColumn;
  const top = Math.min(...cells.filter((c) => c.cell.col === column).map((c) => c.cell.row));
  const heading =
    column === null || !Number.isFinite(top) ? "" : matchText(view.value(top, column));
  if (column !== null && !/^Status\s/i.test(heading))
    return {
      ok: false,
      message: `The status column written by an earlier version of the add-in is no longer where it was (column ${localAddress(0, column).replace(/1$/, "")}), so its cells cannot be found with certainty. Undo the change that moved it, or classify a fresh copy of the workbook.${UNCHANGED}`,
    };
  const emptyCells = snapshot.statusColumnAdded
    ? cells.filter((c) => c.cell.col === column).map((c) => c.cell)
    : [];
  return {
    ok: true,
    moves: cells.map(({ cell, json }) => ({ from: cell, to: cell, json })),
    emptyCells,
    statusColumn: column,
    statusWidth: null,
    goneRefs: [],
    moved: false,
  };
}

/** Where the earlier run's cells are now on `grid` (the snapshot's sheet as it is now). */
export function locateEarlierRun(
  snapshot: FormatSnapshot,
  grid: SheetGrid,
  anchor: Cell | null = null,
  fillAt?: FillReader
): Located {
  const view = new GridView(grid);
  const m = snapshot.markers;
  if (!m) return locateLegacy(snapshot, view);
  // The record is untrusted input: it must describe what the add-in writes (stateTrust.ts).
  const implausible = implausibleMarkers(m);
  if (implausible) return { ok: false, message: implausible };
  const heading = statusHeadingCell(view, m, anchor);
  if (typeof heading === "string") return { ok: false, message: heading };
  const headerRow = heading.row;
  const statusColumn = heading.col;
  const shift = statusColumn - (snapshot.statusColumn ?? statusColumn);
  const refColumn = columnByHeading(
    view,
    headerRow,
    m.refHeading,
    m.refColumn + shift,
    "reference"
  );
  if (typeof refColumn === "string") return { ok: false, message: refColumn };
  let valueColumn: number | null = null;
  if (m.valueColumn !== null) {
    const found = columnByHeading(
      view,
      headerRow,
      m.valueHeading ?? "",
      m.valueColumn + shift,
      "quarter's value"
    );
    if (typeof found === "string") return { ok: false, message: found };
    valueColumn = found;
  }
  let nameColumn: number | null = null;
  if (m.nameColumn !== null && m.rows.some((r) => r.ref.startsWith(NAME_KEY))) {
    const found = columnByHeading(
      view,
      headerRow,
      m.nameHeading ?? "",
      m.nameColumn + shift,
      "indicator name"
    );
    if (typeof found === "string") return { ok: false, message: found };
    nameColumn = found;
  }
  const clash = statusColumnClash(statusColumn, [
    { column: refColumn, what: "reference" },
    { column: nameColumn, what: "indicator name" },
    { column: valueColumn, what: "quarter's value" },
  ]);
  if (clash) return { ok: false, message: clash };
  const byRef = rowsByRef(view, headerRow, refColumn, nameColumn);
  const rowNow = new Map<number, number>([[m.headerRow, headerRow]]);
  const goneRefs: string[] = [];
  // A ref the run wrote on k rows (a duplicate it reported) is matched in order when it is still
  // on k rows; on none, its rows were deleted; on any other number, which is which is not certain.
  const writtenByRef = new Map<string, number[]>();
  for (const written of m.rows) {
    const rows = writtenByRef.get(written.ref);
    if (rows) rows.push(written.row);
    else writtenByRef.set(written.ref, [written.row]);
  }
  for (const [ref, written] of writtenByRef) {
    const at = byRef.get(ref) ?? [];
    if (at.length === 0) goneRefs.push(shown(ref));
    else if (at.length !== written.length)
      return {
        ok: false,
        message: `The reference ${shown(ref)} now appears on ${at.length} rows (${at.map((r) => r + 1).join(", ")}) but the last run wrote ${written.length}, so which rows it wrote is not certain. Give each indicator its own reference, then try again.${UNCHANGED}`,
      };
    else written.forEach((row, i) => rowNow.set(row, at[i]));
  }
  const columnNow = new Map<number, number>();
  if (snapshot.statusColumn !== null) columnNow.set(snapshot.statusColumn, statusColumn);
  if (m.valueColumn !== null && valueColumn !== null) columnNow.set(m.valueColumn, valueColumn);

  const moves: CellMove[] = [];
  for (const { cell, json } of originalsOf(snapshot)) {
    const row = rowNow.get(cell.row);
    const col = columnNow.get(cell.col);
    if (row !== undefined && col !== undefined) moves.push({ from: cell, to: { row, col }, json });
  }
  if (fillAt) {
    const labelled = m.rows.flatMap((written) => {
      const row = rowNow.get(written.row);
      if (row === undefined) return [];
      const label = matchText(view.value(row, statusColumn));
      return label === matchText(written.status)
        ? [{ cell: { row, col: statusColumn }, label }]
        : [];
    });
    const unfilled = unfilledStatusCell(labelled, fillAt);
    if (unfilled) return { ok: false, message: unfilled };
  }
  const emptyCells: Cell[] = [];
  if (snapshot.statusColumnAdded) {
    if (matchText(view.value(headerRow, statusColumn)) === m.statusHeading)
      emptyCells.push({ row: headerRow, col: statusColumn });
    for (const written of m.rows) {
      const row = rowNow.get(written.row);
      if (row === undefined) continue;
      if (matchText(view.value(row, statusColumn)) === matchText(written.status))
        emptyCells.push({ row, col: statusColumn });
    }
  }
  return {
    ok: true,
    moves,
    emptyCells,
    statusColumn,
    statusWidth: m.statusWidth,
    goneRefs,
    moved: moves.some((mv) => mv.from.row !== mv.to.row || mv.from.col !== mv.to.col),
  };
}
