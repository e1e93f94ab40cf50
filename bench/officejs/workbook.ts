/**
 * The in-memory workbook behind the recording host: what Excel would hold, cell by cell. Values are
 * kept as Office.js sends them (`""` for an empty cell, errors as `#DIV/0!` text with valueType
 * Error); formats other than the number format live in sparse maps keyed by property path.
 */
import { type Box, MAX_COLUMNS } from "./address";
import type { MemoryChart } from "./charts";

export type OfficeValue = string | number | boolean;

const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)$/;

/** Format property paths (as Excel names them in cell properties) and their default values. */
export const STYLE_DEFAULTS: Record<string, unknown> = {
  "fill.color": "#FFFFFF",
  "fill.pattern": "None",
  "font.color": "#000000",
  "font.bold": false,
  "font.italic": false,
  "font.name": "Calibri",
  "font.size": 11,
  "font.strikethrough": false,
  "font.underline": "None",
  horizontalAlignment: "General",
  wrapText: false,
  "borders.EdgeBottom.style": "None",
  "borders.EdgeTop.style": "None",
  "borders.EdgeLeft.style": "None",
  "borders.EdgeRight.style": "None",
};
export class MemorySheet {
  readonly values: OfficeValue[][] = [];
  readonly numberFormats: string[][] = [];
  readonly styles = new Map<string, Map<number, unknown>>();
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  /** Data validation type by cell (row * MAX_COLUMNS + col), as set through `dataValidation.rule`. */
  readonly validation = new Map<number, string>();
  visibility = "Visible";
  /** A protected sheet refuses every write (as Excel: `AccessDenied`). */
  protected = false;
  /** Charts on the sheet (bench/officejs/charts.ts). */
  readonly charts: MemoryChart[] = [];

  constructor(
    public name: string,
    readonly id: string
  ) {}

  value(row: number, col: number): OfficeValue {
    return this.values[row]?.[col] ?? "";
  }

  numberFormat(row: number, col: number): string {
    return this.numberFormats[row]?.[col] ?? "General";
  }

  setValue(row: number, col: number, value: OfficeValue | null): void {
    (this.values[row] ??= [])[col] = value ?? "";
  }

  setNumberFormat(row: number, col: number, format: string): void {
    (this.numberFormats[row] ??= [])[col] = format;
  }

  style(path: string, row: number, col: number): unknown {
    const stored = this.styles.get(path)?.get(row * MAX_COLUMNS + col);
    return stored === undefined ? STYLE_DEFAULTS[path] : stored;
  }

  setStyle(path: string, row: number, col: number, value: unknown): void {
    let map = this.styles.get(path);
    if (!map) this.styles.set(path, (map = new Map()));
    if (value === undefined || value === STYLE_DEFAULTS[path]) map.delete(row * MAX_COLUMNS + col);
    else map.set(row * MAX_COLUMNS + col, value);
  }

  /** Sets (or, with null, clears) the validation type of every cell of `box`. */
  setValidation(box: Box, type: string | null): void {
    for (let r = box.row; r < box.row + box.rows; r++)
      for (let c = box.col; c < box.col + box.cols; c++) {
        if (type === null) this.validation.delete(r * MAX_COLUMNS + c);
        else this.validation.set(r * MAX_COLUMNS + c, type);
      }
  }

  /** `dataValidation.type` of `boxes`: the one type of all their cells, "None", or "Inconsistent". */
  validationType(boxes: Box[]): string {
    const kinds = new Set<string>();
    for (const box of boxes) {
      // Only the cells that carry a rule are looked at; the rest count as "None" when any exist.
      let covered = 0;
      for (const [key, type] of this.validation) {
        const [r, c] = [Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS];
        if (r >= box.row && r < box.row + box.rows && c >= box.col && c < box.col + box.cols) {
          kinds.add(type);
          covered++;
        }
      }
      if (covered < box.rows * box.cols) kinds.add("None");
    }
    return kinds.size === 1 ? [...kinds][0] : kinds.size === 0 ? "None" : "Inconsistent";
  }

  valueType(row: number, col: number): string {
    const value = this.value(row, col);
    if (value === "") return "Empty";
    if (typeof value === "number") return "Double";
    if (typeof value === "boolean") return "Boolean";
    return ERROR_TEXT.test(value) ? "Error" : "String";
  }

  /** Bounding box of cells with a value (and, unless valuesOnly, any formatting), or null. */
  usedBox(valuesOnly: boolean): Box | null {
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    const take = (row: number, col: number): void => {
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, col);
      right = Math.max(right, col);
    };
    this.values.forEach((cells, row) =>
      cells?.forEach((value, col) => {
        if (value !== "" && value !== undefined) take(row, col);
      })
    );
    if (!valuesOnly) {
      this.numberFormats.forEach((cells, row) =>
        cells?.forEach((format, col) => format !== "General" && take(row, col))
      );
      for (const map of this.styles.values())
        for (const key of map.keys()) take(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS);
    }
    if (bottom < 0) return null;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Removes values and/or formats in a box, as Range.clear does. */
  clear(box: Box, what: "All" | "Contents" | "Formats"): void {
    const lastRow = Math.min(
      box.row + box.rows,
      Math.max(this.values.length, this.numberFormats.length)
    );
    const lastCol = box.col + box.cols;
    for (let r = box.row; r < lastRow; r++) {
      for (let c = box.col; c < Math.min(lastCol, MAX_COLUMNS); c++) {
        if (what !== "Formats" && this.values[r]?.[c] !== undefined) this.values[r][c] = "";
        if (what !== "Contents" && this.numberFormats[r]) delete this.numberFormats[r][c];
      }
    }
    if (what === "Contents") return;
    for (const map of this.styles.values()) {
      for (const key of [...map.keys()]) {
        const r = Math.floor(key / MAX_COLUMNS);
        const c = key % MAX_COLUMNS;
        if (r >= box.row && r < box.row + box.rows && c >= box.col && c < lastCol) map.delete(key);
      }
    }
  }
}

export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  activeSheet = "";
  readonly settings = new Map<string, unknown>();
  private nextId = 1;

  addSheet(name: string): MemorySheet {
    if (this.sheet(name))
      throw Object.assign(new Error(`A sheet named ${name} exists`), { code: "ItemAlreadyExists" });
    const sheet = new MemorySheet(name, `{bench-sheet-${this.nextId++}}`);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  sheet(nameOrId: string): MemorySheet | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === nameOrId);
  }

  deleteSheet(sheet: MemorySheet): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheet === sheet.name) this.activeSheet = this.sheets[0]?.name ?? "";
  }
}
