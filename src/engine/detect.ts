/**
 * Finds the indicator table on a sheet (SPEC 2): the header row, what each column holds, the
 * quarter columns, and which rows below are indicators, section headings or blanks.
 */
import type { ColumnKey, Quarter, SheetGrid, TableLayout } from "./types";
import { GridView } from "./grid";
import { matchHeader, statusHeaderQuarterText } from "./headers";
import { compareQuarters, parseQuarter } from "./quarters";
import { cellText } from "./cellNumber";

/** The header row must be within the first rows of the used range. */
export const HEADER_SEARCH_ROWS = 30;

export type ColumnOverrides = Partial<Record<ColumnKey, number>>;

export interface HeaderFound {
  row: number;
  columns: Partial<Record<ColumnKey, number>>;
  quarterColumns: { quarter: Quarter; column: number }[];
  statusColumn: number | null;
  /** Right-most non-empty header cell other than the status column. */
  lastHeaderColumn: number;
}

export interface DetectedTable {
  view: GridView;
  layout: TableLayout;
  /** Sheet rows holding indicators, top to bottom. */
  indicatorRows: number[];
  /** Section heading in force for each indicator row ("" before the first). */
  sectionOfRow: string[];
  /** Rows inside the table with figures but neither ref nor name. */
  rowsWithoutIdentity: number[];
}

function validColumn(col: unknown): col is number {
  return typeof col === "number" && Number.isInteger(col) && col >= 0;
}

function applyOverrides(header: HeaderFound, overrides: ColumnOverrides | undefined): void {
  if (!overrides) return;
  for (const key of Object.keys(overrides) as ColumnKey[]) {
    const col = overrides[key];
    if (!validColumn(col)) continue;
    for (const other of Object.keys(header.columns) as ColumnKey[]) {
      if (header.columns[other] === col) delete header.columns[other];
    }
    header.columns[key] = col;
    header.quarterColumns = header.quarterColumns.filter((qc) => qc.column !== col);
    if (header.statusColumn === col) header.statusColumn = null;
  }
}

/** Reads one row as a header; null when it does not qualify. */
function readHeaderRow(
  view: GridView,
  sheetRow: number,
  overrides: ColumnOverrides | undefined
): HeaderFound | null {
  const cells = view.row(sheetRow);
  const found: HeaderFound = {
    row: sheetRow,
    columns: {},
    quarterColumns: [],
    statusColumn: null,
    lastHeaderColumn: -1,
  };
  const seenQuarters = new Set<string>();
  for (let i = 0; i < cells.length; i++) {
    const raw = cells[i];
    if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === ""))
      continue;
    const col = view.left + i;
    if (typeof raw !== "string") {
      // A date, number or error beside the headings is still the analyst's: the status column goes after it.
      found.lastHeaderColumn = col;
      continue;
    }
    const quarter = parseQuarter(raw);
    if (quarter) {
      // A repeated quarter heading: the first column wins.
      if (!seenQuarters.has(quarter.label)) {
        seenQuarters.add(quarter.label);
        found.quarterColumns.push({ quarter, column: col });
      }
      found.lastHeaderColumn = col;
      continue;
    }
    const statusText = statusHeaderQuarterText(raw);
    if (statusText !== null && parseQuarter(statusText)) {
      if (found.statusColumn === null) found.statusColumn = col;
      continue;
    }
    found.lastHeaderColumn = col;
    const key = matchHeader(raw);
    if (key && found.columns[key] === undefined) found.columns[key] = col;
  }
  applyOverrides(found, overrides);
  const named = found.columns.ref !== undefined || found.columns.indicator !== undefined;
  if (!named || found.quarterColumns.length === 0) return null;
  found.quarterColumns.sort((a, b) => compareQuarters(a.quarter, b.quarter));
  return found;
}

/** The first row of the first 30 that names a ref or indicator column and a quarter column. */
export function findHeader(view: GridView, overrides?: ColumnOverrides): HeaderFound | null {
  const last = Math.min(view.lastRow, view.firstRow + HEADER_SEARCH_ROWS - 1);
  for (let r = view.firstRow; r <= last; r++) {
    const header = readHeaderRow(view, r, overrides);
    if (header) return header;
  }
  return null;
}

/** `A2`, `CIN 3`, `PI-12`, `101`: a lone ref with no name is a new indicator, not a section heading. */
function looksLikeRef(text: string): boolean {
  return text.length <= 10 && /^(?:[A-Za-z]{0,4}[.-]?|[A-Z]{1,4} )\d{1,4}[A-Za-z]?$/.test(text);
}

/** Walks the rows under the header once, classifying each as indicator, section, blank or stray. */
export function scanTable(view: GridView, header: HeaderFound): DetectedTable {
  const refCol = header.columns.ref;
  const nameCol = header.columns.indicator;
  const statusIndex = header.statusColumn === null ? -1 : header.statusColumn - view.left;
  const refIndex = refCol === undefined ? -1 : refCol - view.left;
  const nameIndex = nameCol === undefined ? -1 : nameCol - view.left;
  const bothNamed = refIndex >= 0 && nameIndex >= 0;
  const refHeading =
    refIndex >= 0 ? cellText(view.value(header.row, refCol as number)).toLowerCase() : "";
  const nameHeading =
    nameIndex >= 0 ? cellText(view.value(header.row, nameCol as number)).toLowerCase() : "";

  const indicatorRows: number[] = [];
  const sectionOfRow: string[] = [];
  const stray: number[] = [];
  let section = "";
  let lastColumn = header.lastHeaderColumn;

  for (let r = header.row + 1; r <= view.lastRow; r++) {
    const cells = view.row(r);
    let filled = 0;
    let firstIndex = -1;
    let lastIndex = -1;
    let hasNumber = false;
    for (let i = 0; i < cells.length; i++) {
      if (i === statusIndex) continue;
      const raw = cells[i];
      if (raw === null || raw === undefined) continue;
      if (typeof raw === "string") {
        if (raw.length === 0 || raw.trim() === "") continue;
      } else if (typeof raw === "number") {
        hasNumber = true;
      }
      filled++;
      if (firstIndex < 0) firstIndex = i;
      lastIndex = i;
    }
    if (filled === 0) continue; // blank rows never end the table
    const ref = refIndex >= 0 ? cellText(cells[refIndex]) : "";
    const name = nameIndex >= 0 ? cellText(cells[nameIndex]) : "";
    const firstIsText = typeof cells[firstIndex] === "string";
    const isSection =
      !hasNumber &&
      firstIsText &&
      (filled === 1 || (bothNamed && (ref === "" || name === ""))) &&
      !(firstIndex === refIndex && looksLikeRef(ref));
    if (isSection) {
      section = cellText(cells[firstIndex]);
      continue;
    }
    // A header repeated inside the table (e.g. above each section) is not an indicator.
    if (
      (ref !== "" && ref.toLowerCase() === refHeading) ||
      (name !== "" && name.toLowerCase() === nameHeading)
    )
      continue;
    if (ref !== "" || name !== "") {
      indicatorRows.push(r);
      sectionOfRow.push(section);
      lastColumn = Math.max(lastColumn, view.left + lastIndex);
    } else if (hasNumber) {
      stray.push(r);
    }
  }

  const lastRow = indicatorRows.length > 0 ? indicatorRows[indicatorRows.length - 1] : header.row;
  const layout: TableLayout = {
    sheet: view.name,
    headerRow: header.row,
    firstRow: header.row + 1,
    lastRow,
    lastColumn: Math.max(lastColumn, ...Object.values(header.columns).filter(validColumn)),
    columns: { ...header.columns },
    quarterColumns: header.quarterColumns,
    existingStatusColumn: header.statusColumn,
  };
  return {
    view,
    layout,
    indicatorRows,
    sectionOfRow,
    rowsWithoutIdentity: stray.filter((r) => r < lastRow),
  };
}

/** Header and rows of one sheet, or null when it holds no table. */
export function detectTable(grid: SheetGrid, overrides?: ColumnOverrides): DetectedTable | null {
  const view = new GridView(grid);
  const header = findHeader(view, overrides);
  return header ? scanTable(view, header) : null;
}
