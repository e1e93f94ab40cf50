/**
 * The edges of a table that real councils keep (docs/layouts.md): footnotes under the last indicator, and
 * `Status <quarter>` columns that are either ours (an earlier run) or the analyst's own rating.
 */
import type { CellValue, Quarter } from "./types";
import { STATUS_LABEL } from "./types";
import type { GridView } from "./grid";
import type { HeaderFound } from "./headerRow";
import { cellText } from "./cellNumber";

/** What our status column holds: our labels, and the volumetric one (kept in step with writePlan). */
export const OUR_STATUS_WORDS: ReadonlySet<string> = new Set(
  [...Object.values(STATUS_LABEL), "Volumetric (not rated)"].map((w) => w.toLowerCase())
);

/** `Note 1`, `Notes:`, `Source`, `Sources:`, `* Data to August`. */
export const NOTE_START = /^(?:\*|notes?\b|sources?\b)/i;

/** Columns whose figures make a row an indicator: periods, target, tolerance, benchmarks. */
function figureColumns(header: HeaderFound): number[] {
  const { columns } = header;
  const keyed = [
    columns.target,
    columns.tolerance,
    columns.national,
    columns.statNeighbours,
    columns.regional,
  ].filter((c): c is number => c !== undefined);
  return [...header.quarterColumns.map((q) => q.column), ...keyed];
}

function hasFigure(view: GridView, row: number, columns: number[]): boolean {
  return columns.some((c) => typeof view.value(row, c) === "number");
}

function firstText(view: GridView, row: number): string {
  for (const raw of view.row(row)) {
    if (typeof raw === "string" && raw.trim() !== "") return raw.trim();
    if (raw !== null && raw !== undefined && typeof raw !== "string") return "";
  }
  return "";
}

/**
 * Rows that are notes, not indicators: with no figure in any period, target or benchmark column,
 * they start with Note/Source/`*`, or follow the last row with figures after a blank row.
 */
export function findFootnotes(
  view: GridView,
  header: HeaderFound,
  rows: readonly number[],
  gapBefore: readonly boolean[]
): number[] {
  const columns = figureColumns(header);
  const figures = rows.map((r) => hasFigure(view, r, columns));
  let lastFigure = -1;
  figures.forEach((has, i) => {
    if (has) lastFigure = i;
  });
  const notes: number[] = [];
  let trailing = false;
  rows.forEach((r, i) => {
    if (figures[i]) return;
    if (i > lastFigure && lastFigure >= 0 && gapBefore[i]) trailing = true;
    if (trailing || NOTE_START.test(firstText(view, r))) notes.push(r);
  });
  return notes;
}

export interface StatusColumns {
  /** Our status column from an earlier run, reused; null when there is none. */
  ours: number | null;
  ownRatings: { column: number; quarter: Quarter | null }[];
}

function holdsOnlyOurWords(cells: CellValue[]): boolean {
  return cells.every((raw) => {
    const text = cellText(raw).toLowerCase();
    return text === "" || OUR_STATUS_WORDS.has(text);
  });
}

/**
 * A `Status <quarter>` column is ours when every indicator row holds one of our labels or nothing;
 * otherwise it is the analyst's rating and is never written. Plain `RAG`/`Status` columns are
 * always the analyst's.
 */
export function settleStatusColumns(
  view: GridView,
  header: HeaderFound,
  rows: readonly number[]
): StatusColumns {
  let ours: number | null = null;
  const ownRatings: StatusColumns["ownRatings"] = [];
  if (header.columns.ownRating !== undefined)
    ownRatings.push({ column: header.columns.ownRating, quarter: null });
  for (const candidate of header.statusCandidates) {
    const cells = rows.map((r) => view.value(r, candidate.column));
    const entry = header.entries.find((e) => e.column === candidate.column);
    if (holdsOnlyOurWords(cells)) {
      if (ours === null) {
        ours = candidate.column;
        continue;
      }
      if (entry) entry.role = "notUsed";
      continue;
    }
    ownRatings.push({ column: candidate.column, quarter: candidate.quarter });
    if (entry) entry.role = "ownRating";
  }
  return { ours, ownRatings };
}
