/**
 * The data behind the fake Excel: sheets of cells with value, formula, number format, fill and
 * data validation. Plain data; the proxies in ./proxies.ts read and change it only at sync().
 */

export interface CellFormat {
  numberFormat: string;
  fill: string | null;
  bold: boolean;
}

export interface Cell {
  value: string | number | boolean;
  /** Set when Excel parsed the written text as a formula. */
  formula?: string;
  isError?: boolean;
  format: CellFormat;
  validation?: Excel.DataValidationRule;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** A chart on a sheet: what the adapter sets, and the block of cells it plots. */
export interface ChartData {
  name: string;
  type: string;
  seriesBy: string;
  source: { top: number; left: number; rows: number; cols: number };
  title: string;
  legend: string;
  showValues: boolean;
  series: { name: string; color: string | null }[];
  /** Top-left and bottom-right cells, once set. */
  position: [string, string] | null;
}

export class SheetData {
  readonly cells = new Map<string, Cell>();
  visibility: Visibility = "Visible";
  protected = false;
  hiddenColumns = new Set<number>();
  columnWidths = new Map<number, number>();
  charts: ChartData[] = [];
  constructor(public name: string) {}

  key(row: number, col: number): string {
    return `${row},${col}`;
  }

  get(row: number, col: number): Cell | undefined {
    return this.cells.get(this.key(row, col));
  }

  /** The cell, created blank when absent (a write makes it exist). */
  touch(row: number, col: number): Cell {
    let cell = this.get(row, col);
    if (!cell) {
      cell = { value: "", format: { numberFormat: "General", fill: null, bold: false } };
      this.cells.set(this.key(row, col), cell);
    }
    return cell;
  }

  /**
   * Test helper, the analyst's edit: inserts (count > 0) or deletes (count < 0) rows or columns at
   * `at` (0-based), moving cells and column widths as Excel does. Defined names are not modelled:
   * the adapter does not use them (docs/reliability.md).
   */
  splice(axis: "rows" | "columns", at: number, count: number): void {
    const moved = new Map<string, Cell>();
    for (const [key, cell] of this.cells) {
      const [row, col] = key.split(",").map(Number);
      const index = axis === "rows" ? row : col;
      if (count < 0 && index >= at && index < at - count) continue;
      const shifted = index >= at ? index + count : index;
      moved.set(axis === "rows" ? this.key(shifted, col) : this.key(row, shifted), cell);
    }
    this.cells.clear();
    for (const [key, cell] of moved) this.cells.set(key, cell);
    if (axis === "columns") {
      const widths = new Map<number, number>();
      for (const [col, width] of this.columnWidths) {
        if (count < 0 && col >= at && col < at - count) continue;
        widths.set(col >= at ? col + count : col, width);
      }
      this.columnWidths = widths;
    }
  }

  /** Bounds of the used range: cells with a value (valuesOnly) or with anything at all. */
  usedBounds(
    valuesOnly: boolean
  ): { top: number; left: number; bottom: number; right: number } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      const formatted =
        cell.format.fill !== null || cell.format.numberFormat !== "General" || cell.validation;
      if (cell.value === "" && (valuesOnly || !formatted)) continue;
      const [row, col] = key.split(",").map(Number);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

export class WorkbookData {
  readonly sheets: SheetData[] = [];
  activeSheet = "";
  selection = "";
  /** When true every sync fails as Excel does while the user is editing a cell. */
  cellEditMode = false;
  /** Excel on the web refuses requests and responses above 5 MB; the fake measures JSON text. */
  requestLimit = 5_000_000;
  responseLimit = 5_000_000;

  sheet(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): SheetData {
    const sheet = new SheetData(name);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  /** Test helper: writes rows of raw values (numbers, text, {error}) from (top, left), formats optional. */
  fill(
    sheetName: string,
    rows: (string | number | boolean | null | { error: string })[][],
    options: { top?: number; left?: number; formats?: (string | null)[][] } = {}
  ): SheetData {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const top = options.top ?? 0;
    const left = options.left ?? 0;
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = options.formats?.[r]?.[c];
        if (value === null && !format) return;
        const cell = sheet.touch(top + r, left + c);
        if (value && typeof value === "object") {
          cell.value = value.error;
          cell.isError = true;
        } else cell.value = value ?? "";
        if (format) cell.format.numberFormat = format;
      })
    );
    return sheet;
  }
}
