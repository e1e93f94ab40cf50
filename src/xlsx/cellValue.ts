/** ExcelJS cell values → the engine's plain values. No I/O, safe in a browser. */
import type { CellValue } from "../engine/types";

const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900 epoch (with its leap-year quirk) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;
const DATE1904_OFFSET = 1462;

/** A date as Excel's serial number, the number the cell really holds (ExcelJS reads dates as UTC). */
export function dateToSerial(date: Date, date1904 = false): number {
  const serial = date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
  return date1904 ? serial - DATE1904_OFFSET : serial;
}

/** What Excel itself shows for a date-formatted number outside its calendar. */
export const UNREADABLE_DATE = "########";
/** A formula whose result was never calculated and saved. */
export const NOT_CALCULATED: CellValue = {
  error: "(not calculated: open and save the workbook in Excel)",
};

function richTextToPlain(value: { richText?: { text?: string }[] }): string {
  return (value.richText ?? []).map((run) => run.text ?? "").join("");
}

/**
 * What the cell holds, as the engine sees it: formula results rather than formulas, rich text and
 * hyperlinks as their plain text, errors as `{ error }`, dates as serial numbers, "" as null.
 */
export function toCellValue(raw: unknown, date1904 = false): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw === "string") return raw === "" ? null : raw;
  if (typeof raw === "boolean") return raw;
  // Not instanceof: a Date from another realm (test runner, iframe) must still be recognised.
  if (Object.prototype.toString.call(raw) === "[object Date]") {
    const date = raw as Date;
    // A date-formatted number beyond Excel's calendar: Excel shows "########". The cell is not
    // empty, so it must never read as null (the status column would be placed over it).
    return Number.isNaN(date.getTime()) ? UNREADABLE_DATE : dateToSerial(date, date1904);
  }
  if (typeof raw !== "object") return null;
  const value = raw as Record<string, unknown>;
  if (typeof value.error === "string") return { error: value.error };
  if (Array.isArray(value.richText))
    return toCellValue(richTextToPlain(value as { richText: { text?: string }[] }));
  if ("formula" in value || "sharedFormula" in value) {
    // A formula saved without its result (a file written by a script): the value is unknown, but
    // the cell is taken, so it reads as an error the analyst can act on, never as empty.
    if (value.result === undefined || value.result === null) return NOT_CALCULATED;
    return toCellValue(value.result, date1904);
  }
  if ("text" in value) return toCellValue(value.text, date1904);
  return null;
}

/** Plain text or number for reading our own sheets back (the Challenge log). */
export function toPlanValue(raw: unknown): string | number | null {
  const value = toCellValue(raw);
  if (value === null || typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value.error;
}
