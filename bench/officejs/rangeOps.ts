/**
 * Range behaviour of the in-memory host: reading values and formats, writing them, cell
 * properties. Every loop is over the cells actually asked for, so costs scale like Excel's.
 */
import { type Box, MAX_COLUMNS, MAX_ROWS, boxAddress, fullAddress, quoteSheet } from "./address";
import { HostError } from "./handles";
import type { MemorySheet, OfficeValue } from "./workbook";

type Grid<T> = T[][];

function clampBox(box: Box): Box {
  return {
    ...box,
    rows: Math.min(box.rows, MAX_ROWS - box.row),
    cols: Math.min(box.cols, MAX_COLUMNS - box.col),
  };
}

function gridOf<T>(box: Box, cell: (row: number, col: number) => T): Grid<T> {
  const b = clampBox(box);
  if (b.rows * b.cols > 5_000_000)
    throw new HostError("InvalidOperation", "The range is too large to read.");
  const out: Grid<T> = new Array(b.rows);
  for (let r = 0; r < b.rows; r++) {
    const row = new Array<T>(b.cols);
    for (let c = 0; c < b.cols; c++) row[c] = cell(b.row + r, b.col + c);
    out[r] = row;
  }
  return out;
}

export function rangeScalar(sheet: MemorySheet, boxes: Box[], name: string): unknown {
  const box = boxes[0];
  switch (name) {
    case "Values":
      return gridOf(box, (r, c) => sheet.value(r, c));
    case "Text":
      return gridOf(box, (r, c) => String(sheet.value(r, c)));
    case "Formulas":
    case "FormulasLocal":
      return gridOf(box, (r, c) => sheet.value(r, c));
    case "NumberFormat":
    case "NumberFormatLocal":
      return gridOf(box, (r, c) => sheet.numberFormat(r, c));
    case "ValueTypes":
      return gridOf(box, (r, c) => sheet.valueType(r, c));
    case "Address":
    case "AddressLocal":
      return boxes.map((b) => fullAddress(sheet.name, b)).join(",");
    case "RowCount":
      return box.rows;
    case "ColumnCount":
      return box.cols;
    case "RowIndex":
      return box.row;
    case "ColumnIndex":
      return box.col;
    case "CellCount":
      return boxes.reduce((n, b) => n + b.rows * b.cols, 0);
    case "AreaCount":
      return boxes.length;
    case "ColumnHidden":
      return sheet.hiddenColumns.has(box.col);
    case "RowHidden":
    case "Hidden":
      return false;
    case "IsEntireColumn":
      return box.rows === MAX_ROWS;
    case "IsEntireRow":
      return box.cols === MAX_COLUMNS;
    default:
      return undefined;
  }
}

/** Applies a 2-D array, or one value broadcast to every cell, as Range setters do. */
function eachInput<T>(
  box: Box,
  input: unknown,
  apply: (row: number, col: number, value: T) => void
): void {
  if (!Array.isArray(input)) {
    const b = clampBox(box);
    for (let r = 0; r < b.rows; r++)
      for (let c = 0; c < b.cols; c++) apply(b.row + r, b.col + c, input as T);
    return;
  }
  const rows = input as T[][];
  if (
    rows.length !== box.rows ||
    rows.some((row) => !Array.isArray(row) || row.length !== box.cols)
  ) {
    throw new HostError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  }
  // As Excel: null in a 2-D array leaves that cell as it is (docs: "Blank and null values in
  // Excel add-ins"); a single value, above, is applied to every cell.
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) apply(box.row + r, box.col + c, value);
    })
  );
}

export function setRangeScalar(
  sheet: MemorySheet,
  boxes: Box[],
  name: string,
  input: unknown
): boolean {
  for (const box of boxes) {
    switch (name) {
      case "Values":
      case "Formulas":
        eachInput<OfficeValue | null>(box, input, (r, c, v) => sheet.setValue(r, c, v));
        break;
      case "NumberFormat":
      case "NumberFormatLocal":
        eachInput<string>(box, input, (r, c, v) => sheet.setNumberFormat(r, c, v));
        break;
      case "ColumnHidden":
        for (let c = box.col; c < box.col + box.cols; c++) {
          if (input) sheet.hiddenColumns.add(c);
          else sheet.hiddenColumns.delete(c);
        }
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Reads one format property over boxes: the common value, or null when cells differ (as Excel). */
export function formatScalar(sheet: MemorySheet, boxes: Box[], path: string): unknown {
  if (path === "columnWidth") return sheet.columnWidths.get(boxes[0].col) ?? 48;
  if (path === "rowHeight") return 15;
  let first: unknown;
  let seen = false;
  for (const box of boxes.map(clampBox)) {
    for (let r = box.row; r < box.row + Math.min(box.rows, 100_000); r++) {
      for (let c = box.col; c < box.col + box.cols; c++) {
        const value = sheet.style(path, r, c);
        if (!seen) [first, seen] = [value, true];
        else if (value !== first) return null;
      }
    }
  }
  return first;
}

export function setFormatScalar(
  sheet: MemorySheet,
  boxes: Box[],
  path: string,
  value: unknown
): void {
  for (const box of boxes.map(clampBox)) {
    if (path === "columnWidth") {
      for (let c = box.col; c < box.col + box.cols; c++) sheet.columnWidths.set(c, Number(value));
      continue;
    }
    if (path === "rowHeight") continue;
    for (let r = box.row; r < box.row + box.rows; r++)
      for (let c = box.col; c < box.col + box.cols; c++) sheet.setStyle(path, r, c, value);
  }
}

/** Builds one cell's properties the way getCellProperties answers (camelCase, as requested). */
function cellProperties(
  sheet: MemorySheet,
  row: number,
  col: number,
  options: Record<string, unknown>,
  prefix: string
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, wanted] of Object.entries(options)) {
    if (!wanted) continue;
    if (typeof wanted === "object") {
      const nested = prefix === "" && key === "format" ? "" : `${prefix}${key}.`;
      out[key] = cellProperties(sheet, row, col, wanted as Record<string, unknown>, nested);
    } else if (prefix === "" && (key === "address" || key === "addressLocal")) {
      out[key] = `${quoteSheet(sheet.name)}!${boxAddress({ row, col, rows: 1, cols: 1 })}`;
    } else if (prefix === "" && key === "hidden") {
      out[key] = sheet.hiddenColumns.has(col);
    } else {
      out[key] =
        key === "columnWidth"
          ? (sheet.columnWidths.get(col) ?? 48)
          : sheet.style(`${prefix}${key}`, row, col);
    }
  }
  return out;
}

export function getCellProperties(
  sheet: MemorySheet,
  box: Box,
  options: Record<string, unknown>
): unknown {
  return gridOf(box, (r, c) => cellProperties(sheet, r, c, options, ""));
}

/** `range.getColumnProperties` (ExcelApi 1.9): one entry a column, read from its top cell. */
export function getColumnProperties(
  sheet: MemorySheet,
  box: Box,
  options: Record<string, unknown>
): unknown {
  const b = clampBox(box);
  return Array.from({ length: b.cols }, (_, c) =>
    cellProperties(sheet, b.row, b.col + c, options, "")
  );
}

function applyCellProperties(
  sheet: MemorySheet,
  row: number,
  col: number,
  data: Record<string, unknown>,
  prefix: string
): void {
  for (const [key, value] of Object.entries(data)) {
    if (value !== null && typeof value === "object") {
      const nested = prefix === "" && key === "format" ? "" : `${prefix}${key}.`;
      applyCellProperties(sheet, row, col, value as Record<string, unknown>, nested);
    } else if (key === "columnWidth") {
      sheet.columnWidths.set(col, Number(value));
    } else if (!(prefix === "" && (key === "address" || key === "hidden"))) {
      sheet.setStyle(`${prefix}${key}`, row, col, value);
    }
  }
}

export function setCellProperties(sheet: MemorySheet, box: Box, data: unknown): void {
  eachInput<Record<string, unknown> | null>(box, data, (r, c, cell) => {
    if (cell) applyCellProperties(sheet, r, c, cell, "");
  });
}
