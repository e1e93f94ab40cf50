/** Reading and typing into the Challenge log the way a reviewer does, by column heading and ref. */
import type ExcelJS from "exceljs";

export const LOG = "Challenge log";

function headerColumn(sheet: ExcelJS.Worksheet, heading: string): number {
  const values = sheet.getRow(1).values as unknown[];
  const at = values.findIndex(
    (v) => typeof v === "string" && v.trim().toLowerCase() === heading.toLowerCase()
  );
  if (at < 1) throw new Error(`The Challenge log has no "${heading}" column`);
  return at;
}

/** The log row (1-based sheet row) holding `ref`, or undefined. */
export function logRowOf(workbook: ExcelJS.Workbook, ref: string): ExcelJS.Row | undefined {
  const sheet = workbook.getWorksheet(LOG)!;
  const refCol = headerColumn(sheet, "Ref");
  for (let r = 2; r <= sheet.rowCount; r++)
    if (sheet.getRow(r).getCell(refCol).value === ref) return sheet.getRow(r);
  return undefined;
}

/** The value under `heading` in the row of `ref`. */
export function logCell(
  workbook: ExcelJS.Workbook,
  ref: string,
  heading: string
): ExcelJS.CellValue | undefined {
  const row = logRowOf(workbook, ref);
  return row?.getCell(headerColumn(workbook.getWorksheet(LOG)!, heading)).value;
}

/** Types `value` under `heading` in the row of `ref`, as a reviewer would in Excel. */
export function typeInLog(
  workbook: ExcelJS.Workbook,
  ref: string,
  heading: string,
  value: ExcelJS.CellValue
): void {
  const row = logRowOf(workbook, ref);
  if (!row) throw new Error(`The Challenge log has no row for ${ref}`);
  row.getCell(headerColumn(workbook.getWorksheet(LOG)!, heading)).value = value;
}

/** Swaps the contents of two log rows (a reviewer sorting the log). */
export function swapLogRows(workbook: ExcelJS.Workbook, a: number, b: number): void {
  const sheet = workbook.getWorksheet(LOG)!;
  const first = (sheet.getRow(a).values as ExcelJS.CellValue[]).slice(1);
  const second = (sheet.getRow(b).values as ExcelJS.CellValue[]).slice(1);
  const width = Math.max(first.length, second.length);
  for (let c = 1; c <= width; c++) {
    sheet.getRow(a).getCell(c).value = second[c - 1] ?? null;
    sheet.getRow(b).getCell(c).value = first[c - 1] ?? null;
  }
}
