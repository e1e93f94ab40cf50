/**
 * Small write helpers shared by classify, clear and the commentary edits. Every value write sets
 * the number format first: '@' (Text) for strings, so Excel stores `=HYPERLINK(…)`, `+44…`, `-`
 * or `@home` as the text it is and never as a formula or number; 'General' for numbers.
 */
import type { PlanValue } from "../engine/plan-types";
import { columnLetters } from "./addresses";

/**
 * Keeps each batch under Excel on the web's 5 MB request limit: writes report their JSON size and
 * the budget syncs before a write that would pass the limit. Desktop Excel has no such limit, but
 * one code path for both keeps the behaviour testable.
 */
export class WriteBudget {
  private chars = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly onSync: () => void,
    readonly limit = 4_000_000
  ) {}

  /** Counts `size` characters; syncs first when the batch would pass the limit. */
  async spend(size: number): Promise<void> {
    if (this.chars > 0 && this.chars + size > this.limit) {
      this.onSync();
      await this.context.sync();
      this.chars = 0;
    }
    this.chars += size;
  }
}

export function rectangular(rows: readonly (readonly PlanValue[])[]): {
  values: (string | number)[][];
  width: number;
} {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = rows.map((row) => {
    const out: (string | number)[] = [];
    for (let c = 0; c < width; c++) {
      const v = row[c];
      out.push(v === null || v === undefined ? "" : v);
    }
    return out;
  });
  return { values, width };
}

/**
 * Request characters one range write costs besides its values: the object path of the range
 * (getRangeByIndexes with its arguments), the instantiate and setter actions (measured on the
 * real runtime: about 470 per range).
 */
export const RANGE_WRITE_OVERHEAD = 500;

/**
 * Most cells per range write. The runtime cuts any larger array into row blocks itself, at four
 * actions a block (getRow ×2, getBoundingRect, the setter); our own untracked blocks cost two.
 */
export const CELLS_PER_WRITE = 1500;

/** Ranges made only to be written in this batch: untracked, so Excel.run needs no clean-up request. */
export function untracked<T extends { untrack(): T }>(object: T): T {
  return object.untrack();
}

type ColumnFormat = "@" | "General" | null;

/** "@" when every cell of the column is text (or empty), "General" when every cell is a number, else null (mixed). */
function columnFormat(values: readonly (string | number)[][], col: number): ColumnFormat {
  let strings = false;
  let numbers = false;
  for (const row of values) {
    if (typeof row[col] === "number") numbers = true;
    else strings = true;
    if (strings && numbers) return null;
  }
  return numbers ? "General" : "@";
}

/** Column spans to write: all columns, or (on a sheet just emptied) only those holding something. */
function columnSpans(
  values: readonly (string | number)[][],
  width: number,
  skipEmptyColumns: boolean
): { from: number; to: number }[] {
  const spans: { from: number; to: number }[] = [];
  for (let col = 0; col < width; col++) {
    if (skipEmptyColumns && values.every((row) => row[col] === "")) continue;
    const last = spans[spans.length - 1];
    if (last && last.to === col - 1) last.to = col;
    else spans.push({ from: col, to: col });
  }
  return spans;
}

/**
 * Number formats first, so the values that follow stay text: one scalar per run of columns that
 * are all text ("@") or all numbers ("General"); a small sheet mixing both gets one matrix, a large
 * one a matrix per mixed column. Returns the characters queued.
 */
function queueFormats(
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  values: readonly (string | number)[][],
  width: number
): number {
  const kinds = Array.from({ length: width }, (_, col) => columnFormat(values, col));
  const matrix = (rows: readonly (string | number)[][], from: number, to: number) =>
    rows.map((row) =>
      row.slice(from, to + 1).map((v) => (typeof v === "string" ? "@" : "General"))
    );
  if (kinds.includes(null) && values.length * width <= CELLS_PER_WRITE) {
    const formats = matrix(values, 0, width - 1);
    untracked(sheet.getRangeByIndexes(top, left, values.length, width)).numberFormat = formats;
    return JSON.stringify(formats).length + RANGE_WRITE_OVERHEAD;
  }
  let size = 0;
  for (let col = 0; col < width; col++) {
    const kind = kinds[col];
    let end = col;
    while (kind !== null && end + 1 < width && kinds[end + 1] === kind) end++;
    if (kind !== null) {
      const range = untracked(
        sheet.getRangeByIndexes(top, left + col, values.length, end - col + 1)
      );
      range.numberFormat = kind as unknown as string[][];
      size += RANGE_WRITE_OVERHEAD;
    } else {
      for (let start = 0; start < values.length; start += CELLS_PER_WRITE) {
        const formats = matrix(values.slice(start, start + CELLS_PER_WRITE), col, col);
        untracked(
          sheet.getRangeByIndexes(top + start, left + col, formats.length, 1)
        ).numberFormat = formats;
        size += JSON.stringify(formats).length + RANGE_WRITE_OVERHEAD;
      }
    }
    col = end;
  }
  return size;
}

/** Queues `values` (rows × span) in blocks of at most CELLS_PER_WRITE cells and the budget. */
async function queueValues(
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  values: readonly (string | number)[][],
  span: { from: number; to: number },
  budget: WriteBudget
): Promise<void> {
  const spanWidth = span.to - span.from + 1;
  const maxRows = Math.max(1, Math.floor(CELLS_PER_WRITE / spanWidth));
  let start = 0;
  while (start < values.length) {
    // A block ends at maxRows or before it would pass the request budget on its own.
    const block: (string | number)[][] = [];
    let size = 2 + RANGE_WRITE_OVERHEAD;
    while (start + block.length < values.length && block.length < maxRows) {
      const row = values[start + block.length].slice(span.from, span.to + 1);
      const rowSize = JSON.stringify(row).length + 1;
      if (block.length > 0 && size + rowSize > budget.limit) break;
      block.push(row);
      size += rowSize;
    }
    await budget.spend(size);
    untracked(
      sheet.getRangeByIndexes(top + start, left + span.from, block.length, spanWidth)
    ).values = block;
    start += block.length;
  }
}

/**
 * Queues a text-safe write of `rows` with its top-left at (top, left): number formats, then values
 * in blocks of at most CELLS_PER_WRITE cells, syncing first whenever the budget says the request
 * would grow too large. `skipEmptyColumns` (only for a sheet just emptied or added) writes the
 * first row whole and leaves the body's all-empty columns unwritten (on a new Challenge log,
 * Trust response and Agreed action: a fifth of the cells).
 */
export async function writeMatrix(
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  rows: readonly (readonly PlanValue[])[],
  budget: WriteBudget,
  skipEmptyColumns = false
): Promise<void> {
  if (rows.length === 0) return;
  const { values, width } = rectangular(rows);
  await budget.spend(queueFormats(sheet, top, left, values, width));
  if (!skipEmptyColumns || values.length === 1) {
    await queueValues(sheet, top, left, values, { from: 0, to: width - 1 }, budget);
    return;
  }
  await queueValues(sheet, top, left, values.slice(0, 1), { from: 0, to: width - 1 }, budget);
  const body = values.slice(1);
  for (const span of columnSpans(body, width, true))
    await queueValues(sheet, top + 1, left, body, span, budget);
}

/** The sheet called `name`, added (not activated) when `exists` is false. */
export function sheetFor(
  context: Excel.RequestContext,
  name: string,
  exists: boolean
): Excel.Worksheet {
  return exists ? context.workbook.worksheets.getItem(name) : context.workbook.worksheets.add(name);
}

/** Replaces the whole content of one of our own sheets (summary, log, state). */
export async function replaceSheet(
  context: Excel.RequestContext,
  name: string,
  exists: boolean,
  rows: readonly (readonly PlanValue[])[],
  budget: WriteBudget,
  options: { hiddenColumns?: number[]; columnWidths?: number[] } = {}
): Promise<Excel.Worksheet> {
  const sheet = sheetFor(context, name, exists);
  if (exists) untracked(sheet.getRange()).clear("Contents");
  await writeMatrix(sheet, 0, 0, rows, budget, true);
  // One multi-area range per distinct width ("B:B, I:I"), hidden columns left alone.
  const byWidth = new Map<number, string[]>();
  (options.columnWidths ?? []).forEach((chars, col) => {
    if (chars <= 0 || options.hiddenColumns?.includes(col)) return;
    const letters = columnLetters(col);
    byWidth.set(chars, [...(byWidth.get(chars) ?? []), `${letters}:${letters}`]);
  });
  for (const [chars, columns] of byWidth) {
    // Excel's column width is in points; a character of Calibri 11 is about 7 points.
    untracked(sheet.getRanges(columns.join(", "))).format.columnWidth = chars * 7;
  }
  for (const col of options.hiddenColumns ?? []) {
    untracked(sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`)).columnHidden = true;
  }
  return sheet;
}
