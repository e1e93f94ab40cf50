/**
 * The hidden state sheet is input like any other cell: a copied, stale or crafted record could
 * name the analyst's own heading or rows (issue 21, docs/reliability.md). Before a rerun or Clear
 * writes or empties anything on its word, the cells it names must hold what the add-in itself
 * writes: a status heading of the form "Status <quarter>", status labels from the add-in's own
 * list, a status column apart from the reference, name and value columns, and (where the adapter
 * can read fills cheaply) the status fill of each rated row. Pure.
 */
import { localAddress } from "./address";
import type { Cell } from "./address";
import type { StateMarkers } from "./stateMarkers";
import { statusHeaderQuarterText } from "./headers";
import { PALETTES, statusHasFill } from "./palette";
import { parsePeriod } from "./periods";
import { STATUS_LABEL, STATUS_ORDER, type Status } from "./types";
import { VOLUMETRIC_LABEL } from "./writePlan";

/** The fill of a cell now, as "#RRGGBB" (upper case), or null when it has none. */
export type FillReader = (cell: Cell) => string | null;

const STATE_SAYS =
  'The hidden record of the last classification (sheet "PerfChallenge state") does not match this workbook';
const FIX =
  "Nothing was changed: classify the original file, or a copy saved before the last classification.";

const LABELS = new Set<string>([...Object.values(STATUS_LABEL), VOLUMETRIC_LABEL, ""]);
const STATUS_BY_LABEL = new Map<string, Status>(STATUS_ORDER.map((s) => [STATUS_LABEL[s], s]));

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A heading the add-in writes: "Status " and a quarter it can read back. */
export function isOwnStatusHeading(text: string): boolean {
  if (!text.startsWith("Status ")) return false;
  const quarter = statusHeaderQuarterText(text);
  return quarter !== null && parsePeriod(quarter) !== null;
}

/** Why the markers cannot have been written by the add-in, or null when they could. */
export function implausibleMarkers(m: StateMarkers): string | null {
  if (!isOwnStatusHeading(m.statusHeading))
    return `${STATE_SAYS}: it names "${excerpt(m.statusHeading)}" as the status heading the add-in wrote, but the add-in only writes headings such as "Status Q2 2018/19". ${FIX}`;
  const odd = m.rows.find((r) => !LABELS.has(r.status));
  if (odd)
    return `${STATE_SAYS}: it says the add-in wrote "${excerpt(odd.status)}" on row ${odd.row + 1}, which is not one of its status labels. ${FIX}`;
  return null;
}

/** The status column found must not be a column the record also names as the analyst's. */
export function statusColumnClash(
  statusColumn: number,
  others: { column: number | null; what: string }[]
): string | null {
  const clash = others.find((o) => o.column === statusColumn);
  if (!clash) return null;
  const column = localAddress(0, statusColumn).replace(/1$/, "");
  return `${STATE_SAYS}: it names column ${column} both as the status column the add-in wrote and as the ${clash.what} column. ${FIX}`;
}

const FILLS_BY_STATUS = new Map<Status, Set<string>>(
  STATUS_ORDER.map((s) => [s, new Set(Object.values(PALETTES).map((p) => p[s].toUpperCase()))])
);

/**
 * A rated row's status cell holding its label must also hold one of the add-in's fills for that
 * label: a label typed by the analyst, with a fill of their own (or none), is theirs.
 */
export function unfilledStatusCell(
  rows: { cell: Cell; label: string }[],
  fillAt: FillReader
): string | null {
  for (const { cell, label } of rows) {
    const status = STATUS_BY_LABEL.get(label);
    if (!status || !statusHasFill(status)) continue;
    const fill = fillAt(cell);
    if (fill !== null && FILLS_BY_STATUS.get(status)?.has(fill.toUpperCase())) continue;
    return `${STATE_SAYS}: ${localAddress(cell.row, cell.col)} holds "${label}" but not the fill the add-in gives it, so it may be your own text. If you changed that fill, put the status colour back (or clear the cell's fill and type the label again elsewhere). ${FIX}`;
  }
  return null;
}
