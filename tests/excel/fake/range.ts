/**
 * Range and RangeAreas proxies of the fake Excel. A proxy holds a resolver that is evaluated when
 * its queued action runs (at sync), as Office.js resolves objects on the host.
 */
import { FakeClientObject, FakeOfficeError, loadNames } from "./base";
import {
  assertWritable,
  each,
  intersect,
  matrixAt,
  parseArea,
  valueType,
  writeValue,
  type Resolver,
  type Target,
} from "./cells";
import type { FakeRequestContext } from "./context";
import { FakeDataValidation, FakeRangeFormat } from "./formatProxies";
import type { Cell, SheetData } from "./state";

export { parseArea, type Target } from "./cells";

/** `Sheet!A1:B2` or `'My sheet'!A1` on the workbook; null when the sheet does not exist. */
function resolveAddress(ctx: FakeRequestContext, address: string): Target | null {
  const bang = address.lastIndexOf("!");
  let name = address.slice(0, bang);
  if (name.startsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  const sheet = ctx.data.sheet(name);
  return sheet ? parseArea(sheet, address.slice(bang + 1)) : null;
}

/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const STANDARD_WIDTH = 48;

export class FakeRange extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    readonly resolve: Resolver
  ) {
    super(ctx);
    const all = () => {
      const t = this.resolve();
      return t ? [t] : null;
    };
    this.format = new FakeRangeFormat(ctx, all);
    this.dataValidation = new FakeDataValidation(ctx, all);
  }

  get values(): unknown[][] {
    return this.readLoaded("values");
  }
  set values(v: unknown[][]) {
    this.write(
      // As Excel: null in a 2-D array leaves that cell as it is; a single value goes to every cell.
      (t) =>
        each(t, (row, col, r, c) => {
          const value = matrixAt(v, t, r, c);
          if (value !== null) writeValue(t.sheet.touch(row, col), value);
        }),
      JSON.stringify(v).length
    );
  }
  get numberFormat(): string[][] {
    return this.readLoaded("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.write(
      (t) =>
        each(t, (row, col, r, c) => {
          const format = matrixAt(v, t, r, c);
          if (format !== null) t.sheet.touch(row, col).format.numberFormat = format;
        }),
      JSON.stringify(v).length
    );
  }
  /** Fill colour and column width are modelled (all the adapter sets this way); {} leaves a cell alone. */
  setCellProperties(
    data: { format?: { fill?: { color?: string }; columnWidth?: number } }[][]
  ): void {
    this.write(
      (t) =>
        each(t, (row, col, r, c) => {
          const format = matrixAt(data, t, r, c)?.format;
          if (format?.fill?.color)
            t.sheet.touch(row, col).format.fill = format.fill.color.toUpperCase();
          if (format?.columnWidth !== undefined) t.sheet.columnWidths.set(col, format.columnWidth);
        }),
      JSON.stringify(data).length
    );
  }
  get valueTypes(): string[][] {
    return this.readLoaded("valueTypes");
  }
  get rowIndex(): number {
    return this.readLoaded("rowIndex");
  }
  get columnIndex(): number {
    return this.readLoaded("columnIndex");
  }
  get rowCount(): number {
    return this.readLoaded("rowCount");
  }
  get columnCount(): number {
    return this.readLoaded("columnCount");
  }
  set columnHidden(hidden: boolean) {
    this.write((t) => {
      for (let c = 0; c < t.cols; c++)
        hidden ? t.sheet.hiddenColumns.add(t.left + c) : t.sheet.hiddenColumns.delete(t.left + c);
    });
  }

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
          if (!available[name])
            throw new FakeOfficeError("InvalidArgument", `The fake does not load '${name}'.`);
          loaded[name] = available[name]();
        }
        size = JSON.stringify(loaded).length;
        this.storeLoaded(loaded);
      },
      0,
      () => size
    );
    return this;
  }

  /** `range.getRow(i)`: the i-th row of the range (null object when the range is one). */
  getRow(index: number): FakeRange {
    this.ctx.enqueue(() => undefined);
    return new FakeRange(this.ctx, () => {
      const t = this.resolve();
      if (!t) return null;
      if (index < 0 || index >= t.rows)
        throw new FakeOfficeError("InvalidArgument", "The row index is outside the range.");
      return { ...t, top: t.top + index, rows: 1 };
    });
  }

  /** Only `format.columnWidth` is modelled (points; the sheet's standard width when unset). */
  getColumnProperties(spec: { format?: { columnWidth?: boolean } }): { value: unknown[] } {
    const result: { loaded?: unknown[] } = {};
    let size = 0;
    this.ctx.enqueue(
      () => {
        const t = this.resolve();
        // On a missing sheet (a null object) the result stays unloaded, as for other loads.
        if (!t) return;
        if (!spec.format?.columnWidth)
          throw new FakeOfficeError("InvalidArgument", "The fake loads columnWidth only.");
        result.loaded = Array.from({ length: t.cols }, (_, c) => ({
          format: { columnWidth: t.sheet.columnWidths.get(t.left + c) ?? STANDARD_WIDTH },
        }));
        size = JSON.stringify(result.loaded).length;
      },
      0,
      () => size
    );
    return {
      get value(): unknown[] {
        if (!result.loaded)
          throw new FakeOfficeError(
            "PropertyNotLoaded",
            "The result is not available before sync."
          );
        return result.loaded;
      },
    };
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

  /** Formats only; the source is a range or an address such as `'My sheet'!J2:J40`. */
  copyFrom(source: FakeRange | string, copyType: string): void {
    this.write((t) => {
      const s = typeof source === "string" ? resolveAddress(this.ctx, source) : source.resolve();
      if (!s) throw new FakeOfficeError("ItemNotFound", "The source range doesn't exist.");
      if (copyType !== "Formats")
        throw new FakeOfficeError("InvalidArgument", "The fake copies formats only.");
      each(s, (row, col, r, c) => {
        const from = s.sheet.get(row, col);
        const to = t.sheet.touch(t.top + r, t.left + c);
        to.format = from
          ? { ...from.format }
          : { numberFormat: "General", fill: null, bold: false };
      });
    });
  }

  clear(applyTo: string = "All"): void {
    // Visits existing cells only: a whole-sheet range has 17 billion addresses.
    this.write((t) => {
      for (const [key, cell] of [...t.sheet.cells]) {
        const [row, col] = key.split(",").map(Number);
        if (row < t.top || row >= t.top + t.rows || col < t.left || col >= t.left + t.cols)
          continue;
        if (applyTo === "Contents") writeValue(cell, "");
        else t.sheet.cells.delete(key);
      }
    });
  }

  select(): void {
    this.ctx.enqueue(() => {
      const t = this.resolve();
      if (!t) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      this.ctx.data.selection = `${t.sheet.name}!${t.top},${t.left}`;
    });
  }
}

/** `sheet.getRanges("N2:N5, P7")`: several areas; Excel-sized limits enforced at sync. */
export class FakeRangeAreas {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  untrack(): this {
    return this;
  }
  constructor(ctx: FakeRequestContext, resolveSheet: () => SheetData | null, address: string) {
    const all = (): Target[] | null => {
      const sheet = resolveSheet();
      if (!sheet) return null;
      const parts = address.split(",");
      if (parts.length > 500 || address.length > 8000) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "The address has too many areas or characters."
        );
      }
      return parts.map((part) => parseArea(sheet, part));
    };
    this.format = new FakeRangeFormat(ctx, all);
    this.dataValidation = new FakeDataValidation(ctx, all);
  }
}
