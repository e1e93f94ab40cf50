/**
 * The number formats of the cells a custom function's arguments come from. The engine reads 0.91
 * in a cell formatted 0% as 91%, so =PERF.STATUS must see the format as Classify does; Excel hands
 * a custom function only the value. Reading is what Microsoft documents a shared-runtime custom
 * function may do with Office.js ("Call Excel APIs from a custom function"): no writes.
 *
 * Every address asked for in the same turn of the event loop is read in ONE Excel.run (a sheet
 * of 300 formulas recalculating at once costs one round trip, not 300).
 */
import { parseCellAddress } from "../engine/address";

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

interface Waiting {
  addresses: readonly (string | null)[];
  resolve(formats: (string | null)[]): void;
  reject(error: unknown): void;
}

/** `Sheet!N5` → its sheet and cell; null for what cannot be read (another workbook, a range). */
function placeOf(address: string): { sheet: string; cell: string } | null {
  if (address.includes("[") || address.includes(":")) return null;
  const parsed = parseCellAddress(address);
  if (!parsed || parsed.sheet === null) return null;
  return { sheet: parsed.sheet, cell: address.slice(address.lastIndexOf("!") + 1) };
}

export function createFormatReader(run: ExcelRunner, defer = (f: () => void) => setTimeout(f, 0)) {
  let waiting: Waiting[] = [];

  async function flush(batch: Waiting[]): Promise<void> {
    const unique = [
      ...new Set(batch.flatMap((w) => w.addresses.filter((a): a is string => !!a))),
    ].filter((a) => placeOf(a) !== null);
    const formats = new Map<string, string | null>();
    if (unique.length > 0) {
      await run(async (context) => {
        const ranges = unique.map((address) => {
          const place = placeOf(address)!;
          const range = context.workbook.worksheets
            .getItem(place.sheet)
            .getRange(place.cell)
            .untrack();
          range.load("numberFormat");
          return range;
        });
        await context.sync();
        unique.forEach((address, i) => {
          const format = (ranges[i].numberFormat as unknown[][])[0]?.[0];
          formats.set(address, typeof format === "string" ? format : null);
        });
      });
    }
    for (const w of batch) w.resolve(w.addresses.map((a) => (a ? (formats.get(a) ?? null) : null)));
  }

  /** The number format of each address (null where there is no cell to read: General). */
  return function formatsOf(addresses: readonly (string | null)[]): Promise<(string | null)[]> {
    return new Promise((resolve, reject) => {
      if (waiting.length === 0)
        defer(() => {
          const batch = waiting;
          waiting = [];
          flush(batch).catch((error) => batch.forEach((w) => w.reject(error)));
        });
      waiting.push({ addresses, resolve, reject });
    });
  };
}
