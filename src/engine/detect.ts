/**
 * Finds the indicator table on a sheet (docs/engine.md): the header row, what each column holds, the
 * quarter columns, and which rows below are indicators, section headings or blanks.
 */
import type { CellValue, SheetGrid, TableLayout } from "./types";
import { readHeadingWords, roleOnlyHeading } from "./headingWords";
import { GridView } from "./grid";
import { cellText } from "./cellNumber";
import {
  identityOverridden,
  namesIdentity,
  readHeaderRow,
  type ColumnOverrides,
  type HeaderFound,
} from "./headerRow";
import { findFootnotes, NOTE_START, settleStatusColumns } from "./tableEdges";
import { twoRowHeadings, yearFromTitle } from "./periodHeadings";
import { readColumnsByContent } from "./contentRoles";

/** The header row must be within the first rows of the used range. */
export const HEADER_SEARCH_ROWS = 30;

export type { ColumnOverrides, HeaderFound } from "./headerRow";

export interface DetectedTable {
  view: GridView;
  layout: TableLayout;
  /** Sheet rows holding indicators, top to bottom. */
  indicatorRows: number[];
  /** Section heading in force for each indicator row ("" before the first). */
  sectionOfRow: string[];
  /** Rows inside the table with figures but neither ref nor name. */
  rowsWithoutIdentity: number[];
  /** Rows below the table read as notes, not indicators (docs/layouts.md). */
  footnoteRows: number[];
  header: HeaderFound;
}

function validColumn(col: unknown): col is number {
  return typeof col === "number" && Number.isInteger(col) && col >= 0;
}

/**
 * The first row of the first 30 that names a ref or indicator column and a period column; failing
 * that row alone, the row with the one below it as a two-row header (`2017` over `Jan Feb Mar`).
 */
export function findHeader(view: GridView, overrides?: ColumnOverrides): HeaderFound | null {
  const last = Math.min(view.lastRow, view.firstRow + HEADER_SEARCH_ROWS - 1);
  for (let r = view.firstRow; r <= last; r++) {
    const yearHint = yearFromTitle(view, r);
    const header = readHeaderRow(view, r, overrides, { yearHint });
    if (header) {
      // `2021/22` merged over `Actual | Target`: the row below pairs each period with its role.
      if (r + 1 <= last && isRoleRow(view.row(r + 1))) {
        const cells = twoRowHeadings(view, r, yearHint?.fy ?? null);
        const paired = readHeaderRow(view, r + 1, overrides, { cells, yearHint });
        if (paired) return paired;
      }
      return header;
    }
    if (r + 1 > last) continue;
    const named =
      identityOverridden(overrides) || namesIdentity(view.row(r)) || namesIdentity(view.row(r + 1));
    if (!named) continue;
    const cells = twoRowHeadings(view, r, yearHint?.fy ?? null);
    const twoRow = readHeaderRow(view, r + 1, overrides, { cells, yearHint });
    if (twoRow) return twoRow;
  }
  return null;
}

/**
 * A row of role words under a header (`Actual | Target | Actual | Target`): no figures, at least
 * two cells that are only role words, and no cell that names a period.
 */
function isRoleRow(cells: readonly CellValue[]): boolean {
  let roles = 0;
  for (const raw of cells) {
    if (raw === null || raw === undefined) continue;
    if (typeof raw !== "string") return false;
    if (raw.trim() === "") continue;
    if (readHeadingWords(raw) !== null) return false;
    if (roleOnlyHeading(raw) !== null) roles++;
  }
  return roles >= 2;
}

/** `A2`, `CIN 3`, `PI-12`, `101`: a lone ref with no name is a new indicator, not a section heading. */
function looksLikeRef(text: string): boolean {
  return text.length <= 10 && /^(?:[A-Za-z]{0,4}[.-]?|[A-Z]{1,4} )\d{1,4}[A-Za-z]?$/.test(text);
}

/** Walks the rows under the header once, classifying each as indicator, section, blank or stray. */
export function scanTable(view: GridView, header: HeaderFound): DetectedTable {
  const refCol = header.columns.ref;
  const nameCol = header.columns.indicator;
  // Status columns (ours or the analyst's) hold words, never figures or names: skipped in the scan.
  const skipped = new Set(header.statusCandidates.map((s) => s.column - view.left));
  const refIndex = refCol === undefined ? -1 : refCol - view.left;
  const nameIndex = nameCol === undefined ? -1 : nameCol - view.left;
  const bothNamed = refIndex >= 0 && nameIndex >= 0;
  const refHeading =
    refIndex >= 0 ? cellText(view.value(header.row, refCol as number)).toLowerCase() : "";
  const nameHeading =
    nameIndex >= 0 ? cellText(view.value(header.row, nameCol as number)).toLowerCase() : "";

  const indicatorRows: number[] = [];
  const sectionOfRow: string[] = [];
  /** For each indicator row: a blank row lies between it and the row before. */
  const gapBefore: boolean[] = [];
  const stray: number[] = [];
  let section = "";
  let blankSeen = false;
  /** One-cell lines that are notes ("Source: …") or that no indicator follows (a key, a caption). */
  const noteLines: number[] = [];
  let sectionLines: number[] = [];

  for (let r = header.row + 1; r <= view.lastRow; r++) {
    const cells = view.row(r);
    let filled = 0;
    let firstIndex = -1;
    let hasNumber = false;
    for (let i = 0; i < cells.length; i++) {
      if (skipped.has(i)) continue;
      const raw = cells[i];
      if (raw === null || raw === undefined) continue;
      if (typeof raw === "string") {
        if (raw.length === 0 || raw.trim() === "") continue;
      } else if (typeof raw === "number") {
        hasNumber = true;
      }
      filled++;
      if (firstIndex < 0) firstIndex = i;
    }
    if (filled === 0) {
      blankSeen = true; // blank rows never end the table
      continue;
    }
    const ref = refIndex >= 0 ? cellText(cells[refIndex]) : "";
    const name = nameIndex >= 0 ? cellText(cells[nameIndex]) : "";
    const firstIsText = typeof cells[firstIndex] === "string";
    const isSection =
      !hasNumber &&
      firstIsText &&
      (filled === 1 || (bothNamed && (ref === "" || name === ""))) &&
      !(firstIndex === refIndex && looksLikeRef(ref));
    if (isSection) {
      const text = cellText(cells[firstIndex]);
      // A "Notes:" / "Source" line starts the notes: the rows after it are footnotes, not a section.
      if (NOTE_START.test(text)) {
        noteLines.push(r);
        blankSeen = true;
        continue;
      }
      section = text;
      sectionLines.push(r);
      blankSeen = false;
      continue;
    }
    // A header repeated inside the table (e.g. above each section) is not an indicator.
    if (
      (ref !== "" && ref.toLowerCase() === refHeading) ||
      (name !== "" && name.toLowerCase() === nameHeading)
    )
      continue;
    if (ref !== "" || name !== "") {
      sectionLines = [];
      indicatorRows.push(r);
      sectionOfRow.push(section);
      gapBefore.push(blankSeen);
    } else if (hasNumber) {
      stray.push(r);
    }
    blankSeen = false;
  }

  // Section-like lines after the last indicator head nothing: they are notes under the table.
  const footnoteRows = [
    ...findFootnotes(view, header, indicatorRows, gapBefore),
    ...(indicatorRows.length > 0 ? [...noteLines, ...sectionLines] : []),
  ].sort((a, b) => a - b);
  const notes = new Set(footnoteRows);
  const keptRows: number[] = [];
  const keptSections: string[] = [];
  indicatorRows.forEach((r, i) => {
    if (notes.has(r)) return;
    keptRows.push(r);
    keptSections.push(sectionOfRow[i]);
  });
  readColumnsByContent(view, header, keptRows);
  const status = settleStatusColumns(view, header, keptRows);
  const lastRow = keptRows.length > 0 ? keptRows[keptRows.length - 1] : header.row;
  let lastColumn = Math.max(
    -1,
    ...header.entries.filter((e) => e.column !== status.ours).map((e) => e.column),
    ...Object.values(header.columns).filter(validColumn)
  );
  // The status column goes right of anything in the header and indicator rows, blanks typed as
  // spaces included: it must never land on a cell that holds something.
  for (const r of [header.row, ...keptRows]) {
    const cells = view.row(r);
    for (let i = cells.length - 1; i >= 0 && view.left + i > lastColumn; i--) {
      if (skipped.has(i) || !isOccupied(cells[i])) continue;
      lastColumn = view.left + i;
      break;
    }
  }
  const layout: TableLayout = {
    sheet: view.name,
    headerRow: header.row,
    firstRow: header.row + 1,
    lastRow,
    lastColumn,
    columns: { ...header.columns },
    quarterColumns: header.quarterColumns,
    existingStatusColumn: status.ours,
    columnRoles: header.entries.map((e) => ({ ...e })),
    ownRatingColumns: status.ownRatings,
    periodTargetColumns: header.periodTargets,
  };
  return {
    view,
    layout,
    indicatorRows: keptRows,
    sectionOfRow: keptSections,
    rowsWithoutIdentity: stray.filter((r) => r < lastRow),
    footnoteRows,
    header,
  };
}

function isOccupied(raw: unknown): boolean {
  return raw !== null && raw !== undefined && raw !== "";
}

/** Header and rows of one sheet, or null when it holds no table. */
export function detectTable(grid: SheetGrid, overrides?: ColumnOverrides): DetectedTable | null {
  const view = new GridView(grid);
  const header = findHeader(view, overrides);
  return header ? scanTable(view, header) : null;
}
