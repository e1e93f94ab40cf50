/**
 * What the preview's sheet view draws for one ExcelJS worksheet: each cell's text as Excel shows it,
 * its fill and alignment. Type-only ExcelJS import: this module adds nothing to the bundle.
 */
import type { Cell, Column, Worksheet } from "exceljs";
import { formatNumber } from "./displayFormat";

export interface CellView {
  text: string;
  /** `#RRGGBB` of a solid fill, when the cell has one. */
  fill?: string;
  numeric: boolean;
  bold: boolean;
  /** Text that runs on over the empty cell to its right, as Excel draws it. */
  spills: boolean;
}

export interface SheetModel {
  name: string;
  rowCount: number;
  /** Columns the sheet uses (a stray value at XFD makes it 16,384); the view draws those on screen. */
  columnCount: number;
  /** rows[r][c], 0-based, r < rowCount shown rows. */
  rows: CellView[][];
  /** 0-based columns hidden in the workbook (drawn narrow, still readable by tabbing). */
  hiddenColumns: number[];
  /** Column widths in pixels, from the workbook's widths in characters (Excel's 7 px per character + 5). */
  widths: number[];
  /** Frozen panes of the sheet's first view: rows above and columns left of the split stay in view. */
  frozen: { rows: number; cols: number };
}

/** Excel's default column width, in characters. */
const DEFAULT_WIDTH_CHARS = 8.43;
/** Very wide text columns are capped so the rated quarter columns stay in view. */
const MAX_WIDTH_CHARS = 36;

export function columnPixels(widthChars: number | undefined): number {
  const chars = Math.min(
    widthChars && widthChars > 0 ? widthChars : DEFAULT_WIDTH_CHARS,
    MAX_WIDTH_CHARS
  );
  return Math.round(chars * 7 + 5);
}

/** Column letters: 0 -> A, 25 -> Z, 26 -> AA (the engine's rule). */
export { columnLetters } from "../engine/address";

type RawValue = Cell["value"];

function plainValue(value: RawValue): unknown {
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const v = value as unknown as Record<string, unknown>;
    if ("result" in v) return v.result ?? null;
    if ("richText" in v && Array.isArray(v.richText))
      return (v.richText as { text: string }[]).map((r) => r.text).join("");
    if ("error" in v) return v.error;
    if ("text" in v) return v.text;
    if ("formula" in v || "sharedFormula" in v) return null;
  }
  return value;
}

export function cellText(
  value: RawValue,
  numFmt: string | undefined
): { text: string; numeric: boolean } {
  const plain = plainValue(value);
  if (plain === null || plain === undefined) return { text: "", numeric: false };
  if (typeof plain === "number" || plain instanceof Date)
    return { text: formatNumber(plain, numFmt), numeric: true };
  if (typeof plain === "boolean") return { text: plain ? "TRUE" : "FALSE", numeric: false };
  return { text: String(plain), numeric: false };
}

function solidFill(cell: Cell): string | undefined {
  const fill = cell.fill;
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return undefined;
  const argb = fill.fgColor?.argb;
  return typeof argb === "string" && /^[0-9a-f]{8}$/i.test(argb)
    ? `#${argb.slice(2).toUpperCase()}`
    : undefined;
}

function cellView(cell: Cell | undefined): CellView {
  if (!cell) return { text: "", numeric: false, bold: false, spills: false };
  const { text, numeric } = cellText(cell.value, cell.numFmt);
  return { text, numeric, fill: solidFill(cell), bold: Boolean(cell.font?.bold), spills: false };
}

/**
 * Cell views of rows `from` (inclusive) to `to` (exclusive) and columns `fromCol` to `toCol`
 * (exclusive), all 0-based. Reads with findRow/findCell, so drawing never adds empty rows or cells
 * to the workbook the preview saves.
 */
export function readRows(
  sheet: Worksheet,
  from: number,
  to: number,
  toCol: number,
  fromCol = 0
): CellView[][] {
  const rows: CellView[][] = [];
  for (let r = from + 1; r <= Math.min(to, sheet.rowCount); r++) {
    const row = sheet.findRow(r);
    const cells: CellView[] = [];
    // One column more than drawn: text spills only over an empty neighbour.
    for (let c = fromCol + 1; c <= toCol + 1; c++) cells.push(cellView(row?.findCell(c)));
    cells.forEach((cell, c) => {
      cell.spills = !cell.numeric && cell.text !== "" && cells[c + 1]?.text === "";
    });
    cells.pop();
    rows.push(cells);
  }
  return rows;
}

/** Everything about a sheet but its cells: sizes, widths, hidden columns, frozen panes. */
export function sheetFrame(sheet: Worksheet): Omit<SheetModel, "rows"> {
  const columnCount = Math.max(sheet.columnCount, 1);
  const hiddenColumns: number[] = [];
  const widths: number[] = [];
  // The columns the workbook defines (getColumn would add the rest to the workbook).
  const defined = (sheet.columns ?? []) as (Partial<Column> | undefined)[];
  for (let c = 0; c < columnCount; c++) {
    const column = defined[c];
    if (column?.hidden) hiddenColumns.push(c);
    widths.push(columnPixels(column?.width));
  }
  const view = sheet.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const frozen =
    view?.state === "frozen"
      ? { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 }
      : { rows: 0, cols: 0 };
  return { name: sheet.name, rowCount: sheet.rowCount, columnCount, hiddenColumns, widths, frozen };
}

/** Reads at most `maxRows` rows (the sheet view reads only the rows on screen: readRows). */
export function buildSheetModel(sheet: Worksheet, maxRows: number): SheetModel {
  const frame = sheetFrame(sheet);
  return { ...frame, rows: readRows(sheet, 0, maxRows, frame.columnCount) };
}

/** Parses `Sheet!J12` or `'My sheet'!J12` into a sheet name and 0-based row/column. */
export function parseCellReference(
  reference: string
): { sheet: string; row: number; col: number } | null {
  const bang = reference.lastIndexOf("!");
  if (bang < 0) return null;
  let sheet = reference.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::.*)?$/i.exec(reference.slice(bang + 1));
  if (!match) return null;
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { sheet, row: Number(match[2]) - 1, col: col - 1 };
}
