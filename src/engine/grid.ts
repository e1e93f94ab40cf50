/**
 * Safe access to a SheetGrid in sheet coordinates: ragged rows, missing formats and malformed
 * blocks read as empty cells instead of throwing.
 */
import type { CellValue, SheetGrid } from "./types";

const NO_ROW: readonly CellValue[] = [];

export class GridView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly rowCount: number;
  private readonly values: unknown[];
  private readonly formats: unknown[] | null;

  constructor(grid: SheetGrid) {
    this.name = typeof grid.name === "string" ? grid.name : String(grid.name);
    this.top = Number.isInteger(grid.top) && grid.top >= 0 ? grid.top : 0;
    this.left = Number.isInteger(grid.left) && grid.left >= 0 ? grid.left : 0;
    this.values = Array.isArray(grid.values) ? grid.values : [];
    this.formats = Array.isArray(grid.formats) ? grid.formats : null;
    this.rowCount = this.values.length;
  }

  /** 0-based sheet row of the first and last row of the block. */
  get firstRow(): number {
    return this.top;
  }
  get lastRow(): number {
    return this.top + this.rowCount - 1;
  }

  /** The block's row at a sheet row, indexed by (sheet column - left). */
  row(sheetRow: number): readonly CellValue[] {
    const row = this.values[sheetRow - this.top];
    return Array.isArray(row) ? (row as CellValue[]) : NO_ROW;
  }

  formatRow(sheetRow: number): readonly (string | null | undefined)[] | null {
    if (this.formats === null) return null;
    const row = this.formats[sheetRow - this.top];
    return Array.isArray(row) ? row : null;
  }

  value(sheetRow: number, sheetCol: number): CellValue {
    const cell = this.row(sheetRow)[sheetCol - this.left];
    return cell === undefined ? null : cell;
  }

  format(sheetRow: number, sheetCol: number): string | undefined {
    const format = this.formatRow(sheetRow)?.[sheetCol - this.left];
    return typeof format === "string" ? format : undefined;
  }
}
