/**
 * The cell at a 1-based row and column, created when missing: what `worksheet.getCell(row, col)`
 * returns, without the address string and object ExcelJS builds on every call to it (tens of
 * thousands of calls per classification).
 */
import type ExcelJS from "exceljs";

export function cellAt(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell {
  return ws.getRow(row).getCell(col);
}
