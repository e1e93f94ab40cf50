/** Cell-level behaviour of the fake Excel: addresses, Excel's parsing of written values, protection. */
import { parseCell } from "../../../src/excel/addresses";
import { FakeOfficeError } from "./base";
import type { Cell, SheetData } from "./state";

export interface Target {
  sheet: SheetData;
  top: number;
  left: number;
  rows: number;
  cols: number;
}
export type Resolver = () => Target | null;

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** Parses `A1`, `A1:B2`, `1:5000`, `N:N`; throws InvalidArgument like Excel on anything else. */
export function parseArea(sheet: SheetData, address: string): Target {
  const [a, b = a] = address.trim().split(":");
  const rowsOnly = /^\d+$/.test(a) && /^\d+$/.test(b);
  const colsOnly = /^[A-Z]+$/i.test(a) && /^[A-Z]+$/i.test(b);
  if (rowsOnly) return { sheet, top: +a - 1, left: 0, rows: +b - +a + 1, cols: MAX_COLS };
  if (colsOnly) {
    const l = parseCell(`${a}1`)!.col;
    const r = parseCell(`${b}1`)!.col;
    return { sheet, top: 0, left: l, rows: MAX_ROWS, cols: r - l + 1 };
  }
  const from = parseCell(a);
  const to = parseCell(b);
  if (!from || !to)
    throw new FakeOfficeError("InvalidArgument", `The argument is invalid: ${address}`);
  return {
    sheet,
    top: from.row,
    left: from.col,
    rows: to.row - from.row + 1,
    cols: to.col - from.col + 1,
  };
}

export function assertWritable(target: Target): void {
  if (target.sheet.protected) {
    throw new FakeOfficeError(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet."
    );
  }
}

/** Excel's reading of a value written through `values`: formulas and numbers unless the cell is Text ('@'). */
export function writeValue(cell: Cell, value: unknown): void {
  delete cell.formula;
  delete cell.isError;
  if (typeof value === "string" && cell.format.numberFormat !== "@") {
    if (/^[=+]./.test(value)) {
      cell.formula = value;
      cell.value = "";
      return;
    }
    if (value.trim() !== "" && Number.isFinite(Number(value))) {
      cell.value = Number(value);
      return;
    }
  }
  cell.value = value as Cell["value"];
}

export function each(
  target: Target,
  visit: (row: number, col: number, r: number, c: number) => void
): void {
  for (let r = 0; r < target.rows; r++)
    for (let c = 0; c < target.cols; c++) visit(target.top + r, target.left + c, r, c);
}

/** Applies a scalar or a matrix of the range's shape (InvalidArgument otherwise, as Excel does). */
export function matrixAt<T>(value: T | T[][], target: Target, r: number, c: number): T {
  if (!Array.isArray(value)) return value;
  if (value.length !== target.rows || value.some((row) => row.length !== target.cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  }
  return value[r][c];
}

export function valueType(cell: Cell | undefined): string {
  if (!cell || (cell.value === "" && !cell.formula)) return "Empty";
  if (cell.isError) return "Error";
  return typeof cell.value === "number"
    ? "Double"
    : typeof cell.value === "boolean"
      ? "Boolean"
      : "String";
}

export function intersect(a: Target | null, b: Target | null): Target | null {
  if (!a || !b || a.sheet !== b.sheet) return null;
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows) - 1;
  const right = Math.min(a.left + a.cols, b.left + b.cols) - 1;
  return bottom < top || right < left
    ? null
    : { sheet: a.sheet, top, left, rows: bottom - top + 1, cols: right - left + 1 };
}
