/** Format and data validation proxies of the fake Excel (shared by Range and RangeAreas). */
import { FakeClientObject, FakeOfficeError, loadNames } from "./base";
import { assertWritable, each, type Target } from "./cells";
import type { FakeRequestContext } from "./context";

export type AllTargets = () => Target[] | null;

/** Queues `apply` on every target at sync; protected sheets refuse it. */
export function queueWrite(
  ctx: FakeRequestContext,
  all: AllTargets,
  apply: (t: Target) => void
): void {
  ctx.enqueue(() => {
    const targets = all();
    if (!targets)
      throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    targets.forEach(assertWritable);
    targets.forEach(apply);
  });
}

export class FakeRangeFormat {
  readonly fill: { color: string };
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly all: AllTargets
  ) {
    const write = (apply: (t: Target) => void) => queueWrite(ctx, all, apply);
    this.fill = {
      set color(color: string) {
        write((t) =>
          each(t, (row, col) => (t.sheet.touch(row, col).format.fill = color.toUpperCase()))
        );
      },
      get color(): string {
        throw new FakeOfficeError(
          "PropertyNotLoaded",
          "The fake does not load fill colours; read the workbook data instead."
        );
      },
    };
  }

  /** Setting true puts the columns back to the sheet's standard width (false does nothing). */
  set useStandardWidth(standard: boolean) {
    queueWrite(this.ctx, this.all, (t) => {
      if (standard) for (let c = 0; c < t.cols; c++) t.sheet.columnWidths.delete(t.left + c);
    });
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
    private readonly all: AllTargets
  ) {
    super(ctx);
  }

  get type(): string {
    return this.readLoaded("type");
  }

  set rule(rule: Excel.DataValidationRule) {
    queueWrite(this.ctx, this.all, (t) =>
      each(t, (row, col) => (t.sheet.touch(row, col).validation = rule))
    );
  }

  clear(): void {
    queueWrite(this.ctx, this.all, (t) =>
      each(t, (row, col) => {
        const cell = t.sheet.get(row, col);
        if (cell) delete cell.validation;
      })
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
      this.storeLoaded(
        names.includes("type") ? { type: type === "decimal" ? "Decimal" : type } : {}
      );
    });
    return this;
  }
}
