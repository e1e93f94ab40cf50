/** Workbook, worksheet collection and worksheet proxies of the fake Excel. */
import { FakeClientObject, FakeOfficeError, loadNames } from "./base";
import type { FakeRequestContext } from "./context";
import { FakeRange, FakeRangeAreas, parseArea, type Target } from "./range";
import { FakeChartCollection } from "./charts";
import type { SheetData, Visibility } from "./state";

const WHOLE_SHEET = { top: 0, left: 0, rows: 1_048_576, cols: 16_384 };

export class FakeWorksheet extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    readonly resolveSheet: () => SheetData | null
  ) {
    super(ctx);
  }

  private sheetOrThrow(): SheetData {
    const sheet = this.resolveSheet();
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return sheet;
  }

  get name(): string {
    return this.readLoaded("name");
  }

  /** Worksheet.protection: only `protected` is loadable. */
  get protection(): FakeProtection {
    return new FakeProtection(this.ctx, this.resolveSheet);
  }

  get visibility(): Visibility {
    return this.readLoaded("visibility");
  }

  /** Worksheet.charts (ExcelApi 1.1): a null sheet gives null charts. */
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, this.resolveSheet);
  }

  set visibility(value: Visibility) {
    this.ctx.enqueue(() => {
      this.sheetOrThrow().visibility = value;
    });
  }

  load(props?: string | string[]): this {
    const names = loadNames(props);
    this.ctx.enqueue(() => {
      const sheet = this.resolveSheet();
      if (!sheet) return this.storeLoaded(null);
      const loaded: Record<string, unknown> = {};
      if (names.includes("name")) loaded.name = sheet.name;
      if (names.includes("visibility")) loaded.visibility = sheet.visibility;
      this.storeLoaded(loaded);
    });
    return this;
  }

  /** Called by the collection's load: the proxy is then loaded without a load of its own. */
  markLoaded(name: string): void {
    (this as unknown as { storeLoaded(v: Record<string, unknown>): void }).storeLoaded({ name });
  }

  getRange(address?: string): FakeRange {
    this.ctx.enqueue(() => undefined);
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolveSheet();
      if (!sheet) return null;
      return address ? parseArea(sheet, address) : { sheet, ...WHOLE_SHEET };
    });
  }

  getRangeByIndexes(top: number, left: number, rows: number, cols: number): FakeRange {
    this.ctx.enqueue(() => undefined);
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolveSheet();
      return sheet ? { sheet, top, left, rows, cols } : null;
    });
  }

  getRanges(address: string): FakeRangeAreas {
    this.ctx.enqueue(() => undefined);
    return new FakeRangeAreas(this.ctx, this.resolveSheet, address);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.ctx.enqueue(() => undefined);
    return new FakeRange(this.ctx, (): Target | null => {
      const sheet = this.resolveSheet();
      const bounds = sheet?.usedBounds(valuesOnly);
      if (!sheet || !bounds) return null;
      return {
        sheet,
        top: bounds.top,
        left: bounds.left,
        rows: bounds.bottom - bounds.top + 1,
        cols: bounds.right - bounds.left + 1,
      };
    });
  }

  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.data.activeSheet = this.sheetOrThrow().name;
    });
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheetOrThrow();
      // Excel refuses to delete a very hidden sheet (by design: office-js#365, documented in
      // "Work with worksheets"); it must be made hidden or visible first.
      if (sheet.visibility === "VeryHidden")
        throw new FakeOfficeError("InvalidOperation", "A very hidden worksheet cannot be deleted.");
      const sheets = this.ctx.data.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
    });
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  private loadedItems: FakeWorksheet[] | undefined;

  get items(): FakeWorksheet[] {
    if (!this.loadedItems)
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "The property 'items' is not available. Call load and context.sync() first."
      );
    return this.loadedItems;
  }

  load(props?: string): this {
    void props;
    this.ctx.enqueue(() => {
      this.loadedItems = this.ctx.data.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.ctx, () =>
          this.ctx.data.sheets.includes(sheet) ? sheet : null
        );
        proxy.markLoaded(sheet.name);
        return proxy;
      });
    });
    return this;
  }

  getActiveWorksheet(): FakeWorksheet {
    this.ctx.enqueue(() => undefined);
    let resolved: SheetData | null | undefined;
    // Resolved once, at the first sync that uses it, like the host's object path.
    return new FakeWorksheet(
      this.ctx,
      () => (resolved ??= this.ctx.data.sheet(this.ctx.data.activeSheet) ?? null)
    );
  }

  getItem(name: string): FakeWorksheet {
    this.ctx.enqueue(() => undefined);
    return new FakeWorksheet(this.ctx, () => {
      const sheet = this.ctx.data.sheet(name);
      if (!sheet)
        throw new FakeOfficeError("ItemNotFound", `The worksheet '${name}' doesn't exist.`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.enqueue(() => undefined);
    return new FakeWorksheet(this.ctx, () => this.ctx.data.sheet(name) ?? null);
  }

  add(name: string): FakeWorksheet {
    let created: SheetData | undefined;
    this.ctx.enqueue(() => {
      if (this.ctx.data.sheet(name))
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          `A worksheet named '${name}' already exists.`
        );
      created = this.ctx.data.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => created ?? null);
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
}

export class FakeProtection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly resolveSheet: () => SheetData | null
  ) {
    super(ctx);
  }

  get protected(): boolean {
    return this.readLoaded("protected");
  }

  load(props: string): this {
    void props;
    this.ctx.enqueue(() => {
      const sheet = this.resolveSheet();
      this.storeLoaded(sheet ? { protected: sheet.protected } : null);
    });
    return this;
  }
}
