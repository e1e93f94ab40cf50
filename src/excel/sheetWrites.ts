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

/** Queues a text-safe write of `rows` with its top-left at (top, left), in as few pieces as the budget allows. */
export async function writeMatrix(
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  rows: readonly (readonly PlanValue[])[],
  budget: WriteBudget
): Promise<void> {
  if (rows.length === 0) return;
  const { values, width } = rectangular(rows);
  const formats = values.map((row) => row.map((v) => (typeof v === "string" ? "@" : "General")));
  const rowSize = values.map(
    (row, r) => JSON.stringify(row).length + JSON.stringify(formats[r]).length + 2
  );
  let start = 0;
  while (start < values.length) {
    let end = start;
    let size = 0;
    while (end < values.length && (end === start || size + rowSize[end] <= budget.limit))
      size += rowSize[end++];
    await budget.spend(size);
    const range = sheet.getRangeByIndexes(top + start, left, end - start, width);
    range.numberFormat = formats.slice(start, end);
    range.values = values.slice(start, end);
    start = end;
  }
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
  if (exists) sheet.getRange().clear("Contents");
  await writeMatrix(sheet, 0, 0, rows, budget);
  options.columnWidths?.forEach((chars, col) => {
    // Excel's column width is in points; a character of Calibri 11 is about 7 points.
    if (chars > 0)
      sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = chars * 7;
  });
  for (const col of options.hiddenColumns ?? []) {
    sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).columnHidden = true;
  }
  return sheet;
}
