/**
 * The in-memory Excel the browser test's runtime talks to: the sample workbook loaded cell by
 * cell (values, number formats, fills, bold), and plain-data snapshots to compare sheets with.
 */
import ExcelJS from "exceljs";
import {
  MemoryWorkbook,
  type MemorySheet,
  type OfficeValue,
} from "../../../bench/officejs/workbook";
import { MAX_COLUMNS } from "../../../bench/officejs/address";

/** Excel's serial day number of a date (1900 system). */
function serial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

function officeValue(value: ExcelJS.CellValue): OfficeValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return serial(value);
  if (typeof value === "object" && "result" in value)
    return officeValue((value.result ?? "") as ExcelJS.CellValue);
  if (typeof value === "object" && "richText" in value)
    return value.richText.map((run) => run.text).join("");
  return String(value);
}

export async function memoryBookFrom(bytes: Buffer): Promise<MemoryWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const book = new MemoryWorkbook();
  for (const ws of wb.worksheets) {
    const sheet = book.addSheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const [r, c] = [rowNumber - 1, col - 1];
        sheet.setValue(r, c, officeValue(cell.value));
        if (cell.numFmt) sheet.setNumberFormat(r, c, cell.numFmt);
        const fill = cell.fill;
        if (fill?.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb)
          sheet.setStyle("fill.color", r, c, `#${fill.fgColor.argb.slice(2).toUpperCase()}`);
        if (cell.font?.bold) sheet.setStyle("font.bold", r, c, true);
      });
    });
  }
  return book;
}

export interface SheetSnapshot {
  values: OfficeValue[][];
  numberFormats: string[][];
  styles: Record<string, [number, unknown][]>;
}

/** Everything a reviewer could see in the used area, as comparable data. */
export function snapshotOf(sheet: MemorySheet): SheetSnapshot {
  const box = sheet.usedBox(false);
  const rows = box ? box.row + box.rows : 0;
  const cols = box ? box.col + box.cols : 0;
  const grid = <T>(cell: (r: number, c: number) => T): T[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (__, c) => cell(r, c)));
  const styles: SheetSnapshot["styles"] = {};
  for (const [path, map] of sheet.styles)
    if (map.size > 0) styles[path] = [...map.entries()].sort((a, b) => a[0] - b[0]);
  return {
    values: grid((r, c) => sheet.value(r, c)),
    numberFormats: grid((r, c) => sheet.numberFormat(r, c)),
    styles,
  };
}

/**
 * Inserts an empty column before `col`, as Excel does when the analyst inserts a column: every
 * cell, number format and style at or right of it moves one column right.
 */
export function insertColumn(sheet: MemorySheet, col: number): void {
  for (const rows of [sheet.values, sheet.numberFormats] as unknown[][][])
    for (const cells of rows) if (cells && cells.length > col) cells.splice(col, 0, undefined);
  for (const [path, byCell] of sheet.styles) {
    const moved = new Map<number, unknown>();
    for (const [key, value] of byCell) {
      const [row, c] = [Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS];
      moved.set(row * MAX_COLUMNS + (c >= col ? c + 1 : c), value);
    }
    sheet.styles.set(path, moved);
  }
}
