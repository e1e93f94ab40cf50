/**
 * Range and RangeAreas proxies of the fake Excel. A proxy holds a resolver that is evaluated when
 * its queued action runs (at sync), as Office.js resolves objects on the host.
 */
import { parseCell } from "../../../src/excel/addresses";
import { FakeClientObject, FakeOfficeError, loadNames } from "./base";
import type { FakeRequestContext } from "./context";
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
  if (!from || !to) throw new FakeOfficeError("InvalidArgument", `The argument is invalid: ${address}`);
  return { sheet, top: from.row, left: from.col, rows: to.row - from.row + 1, cols: to.col - from.col + 1 };
}

function assertWritable(target: Target): void {
  if (target.sheet.protected) {
    throw new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  }
}

/** Excel's reading of a value written through `values`: formulas and numbers unless the cell is Text ('@'). */
function writeValue(cell: Cell, value: unknown): void {
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

function each(target: Target, visit: (row: number, col: number, r: number, c: number) => void): void {
  for (let r = 0; r < target.rows; r++) for (let c = 0; c < target.cols; c++) visit(target.top + r, target.left + c, r, c);
}

/** Applies a scalar or a matrix of the range's shape (InvalidArgument otherwise, as Excel does). */
function matrixAt<T>(value: T | T[][], target: Target, r: number, c: number): T {
  if (!Array.isArray(value)) return value;
  if (value.length !== target.rows || value.some((row) => row.length !== target.cols)) {
    throw new FakeOfficeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  }
  return value[r][c];
}

function valueType(cell: Cell | undefined): string {
  if (!cell || (cell.value === "" && !cell.formula)) return "Empty";
  if (cell.isError) return "Error";
  return typeof cell.value === "number" ? "Double" : typeof cell.value === "boolean" ? "Boolean" : "String";
}

export class FakeRange extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    readonly resolve: Resolver,
  ) {
    super(ctx);
    const all = () => {
      const t = this.resolve();
      return t ? [t] : null;
    };
    this.format = new FakeRangeFormat(ctx, all);
    this.dataValidation = new FakeDataValidation(ctx, all);
  }

  get values(): unknown[][] { return this.readLoaded("values"); }
  set values(v: unknown[][]) { this.write((t) => each(t, (row, col, r, c) => writeValue(t.sheet.touch(row, col), matrixAt(v, t, r, c))), JSON.stringify(v).length); }
  get numberFormat(): string[][] { return this.readLoaded("numberFormat"); }
  set numberFormat(v: string[][]) { this.write((t) => each(t, (row, col, r, c) => (t.sheet.touch(row, col).format.numberFormat = matrixAt(v, t, r, c))), JSON.stringify(v).length); }
  get valueTypes(): string[][] { return this.readLoaded("valueTypes"); }
  get rowIndex(): number { return this.readLoaded("rowIndex"); }
  get columnIndex(): number { return this.readLoaded("columnIndex"); }
  get rowCount(): number { return this.readLoaded("rowCount"); }
  get columnCount(): number { return this.readLoaded("columnCount"); }
  set columnHidden(hidden: boolean) { this.write((t) => { for (let c = 0; c < t.cols; c++) (hidden ? t.sheet.hiddenColumns.add(t.left + c) : t.sheet.hiddenColumns.delete(t.left + c)); }); }

  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;

  /** Queues a write on the resolved target; protected sheets refuse it at sync. */
  write(apply: (t: Target) => void, requestChars = 0): void {
    this.ctx.enqueue(() => {
      const t = this.resolve();
      if (!t) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      assertWritable(t);
      apply(t);
    }, requestChars);
  }

  load(props?: string | string[]): this {
    const names = loadNames(props);
    let size = 0;
    this.ctx.enqueue(
      () => {
        const t = this.resolve();
        if (!t) return this.storeLoaded(null);
        const cells = (pick: (cell: Cell | undefined) => unknown) => {
          const out: unknown[][] = [];
          for (let r = 0; r < t.rows; r++) {
            const row: unknown[] = [];
            for (let c = 0; c < t.cols; c++) row.push(pick(t.sheet.get(t.top + r, t.left + c)));
            out.push(row);
          }
          return out;
        };
        const available: Record<string, () => unknown> = {
          values: () => cells((cell) => cell?.value ?? ""),
          numberFormat: () => cells((cell) => cell?.format.numberFormat ?? "General"),
          valueTypes: () => cells(valueType),
          rowIndex: () => t.top,
          columnIndex: () => t.left,
          rowCount: () => t.rows,
          columnCount: () => t.cols,
        };
        const loaded: Record<string, unknown> = {};
        for (const name of names) {
          if (!available[name]) throw new FakeOfficeError("InvalidArgument", `The fake does not load '${name}'.`);
          loaded[name] = available[name]();
        }
        size = JSON.stringify(loaded).length;
        this.storeLoaded(loaded);
      },
      0,
      () => size,
    );
    return this;
  }

  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    this.ctx.enqueue(() => undefined);
    return new FakeRange(this.ctx, () => intersect(this.resolve(), other.resolve()));
  }

  getIntersection(other: FakeRange): FakeRange {
    this.ctx.enqueue(() => undefined);
    return new FakeRange(this.ctx, () => {
      const t = intersect(this.resolve(), other.resolve());
      if (!t) throw new FakeOfficeError("ItemNotFound", "The ranges do not intersect.");
      return t;
    });
  }

  copyFrom(source: FakeRange, copyType: string): void {
    this.write((t) => {
      const s = source.resolve();
      if (!s) throw new FakeOfficeError("ItemNotFound", "The source range doesn't exist.");
      if (copyType !== "Formats") throw new FakeOfficeError("InvalidArgument", "The fake copies formats only.");
      each(s, (row, col, r, c) => {
        const from = s.sheet.get(row, col);
        const to = t.sheet.touch(t.top + r, t.left + c);
        to.format = from ? { ...from.format } : { numberFormat: "General", fill: null, bold: false };
      });
    });
  }

  clear(applyTo: string = "All"): void {
    this.write((t) =>
      each(t, (row, col) => {
        const cell = t.sheet.get(row, col);
        if (!cell) return;
        if (applyTo === "Contents") writeValue(cell, "");
        else t.sheet.cells.delete(t.sheet.key(row, col));
      }),
    );
  }

  select(): void {
    this.ctx.enqueue(() => {
      const t = this.resolve();
      if (!t) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      this.ctx.data.selection = `${t.sheet.name}!${t.top},${t.left}`;
    });
  }
}

export function intersect(a: Target | null, b: Target | null): Target | null {
  if (!a || !b || a.sheet !== b.sheet) return null;
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows) - 1;
  const right = Math.min(a.left + a.cols, b.left + b.cols) - 1;
  return bottom < top || right < left ? null : { sheet: a.sheet, top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

type AllTargets = () => Target[] | null;

/** Queues `apply` on every target at sync; protected sheets refuse it. */
export function queueWrite(ctx: FakeRequestContext, all: AllTargets, apply: (t: Target) => void): void {
  ctx.enqueue(() => {
    const targets = all();
    if (!targets) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    targets.forEach(assertWritable);
    targets.forEach(apply);
  });
}

export class FakeRangeFormat {
  readonly fill: { color: string };
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly all: AllTargets,
  ) {
    const write = (apply: (t: Target) => void) => queueWrite(ctx, all, apply);
    this.fill = {
      set color(color: string) {
        write((t) => each(t, (row, col) => (t.sheet.touch(row, col).format.fill = color.toUpperCase())));
      },
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "The fake does not load fill colours; read the workbook data instead.");
      },
    };
  }

  set columnWidth(width: number) {
    queueWrite(this.ctx, this.all, (t) => {
      for (let c = 0; c < t.cols; c++) t.sheet.columnWidths.set(t.left + c, width);
    });
  }
}

export class FakeDataValidation extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly all: AllTargets,
  ) {
    super(ctx);
  }

  get type(): string {
    return this.readLoaded("type");
  }

  set rule(rule: Excel.DataValidationRule) {
    queueWrite(this.ctx, this.all, (t) => each(t, (row, col) => (t.sheet.touch(row, col).validation = rule)));
  }

  clear(): void {
    queueWrite(this.ctx, this.all, (t) =>
      each(t, (row, col) => {
        const cell = t.sheet.get(row, col);
        if (cell) delete cell.validation;
      }),
    );
  }

  load(props: string): this {
    const names = loadNames(props);
    this.ctx.enqueue(() => {
      const targets = this.all();
      if (!targets) return this.storeLoaded(null);
      const kinds = new Set<string>();
      for (const t of targets) {
        each(t, (row, col) => {
          const rule = t.sheet.get(row, col)?.validation;
          kinds.add(rule ? Object.keys(rule)[0] : "None");
        });
      }
      const type = kinds.size === 1 ? [...kinds][0] : kinds.size === 0 ? "None" : "Inconsistent";
      this.storeLoaded(names.includes("type") ? { type: type === "decimal" ? "Decimal" : type } : {});
    });
    return this;
  }
}

/** `sheet.getRanges("N2:N5, P7")`: several areas; Excel-sized limits enforced at sync. */
export class FakeRangeAreas {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  constructor(ctx: FakeRequestContext, resolveSheet: () => SheetData | null, address: string) {
    const all = (): Target[] | null => {
      const sheet = resolveSheet();
      if (!sheet) return null;
      const parts = address.split(",");
      if (parts.length > 500 || address.length > 8000) {
        throw new FakeOfficeError("InvalidArgument", "The address has too many areas or characters.");
      }
      return parts.map((part) => parseArea(sheet, part));
    };
    this.format = new FakeRangeFormat(ctx, all);
    this.dataValidation = new FakeDataValidation(ctx, all);
  }
}
