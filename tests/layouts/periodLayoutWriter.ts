/** Writes the period layouts of periodLayouts.ts to .xlsx files (ExcelJS, at test time). */
import ExcelJS from "exceljs";
import type { Cell, Formatted, PeriodLayout } from "./periodLayouts";

function isFormatted(cell: Cell): cell is Formatted {
  return typeof cell === "object" && cell !== null && "fmt" in cell && "v" in cell;
}

function put(sheet: ExcelJS.Worksheet, row: number, cells: Cell[]): void {
  cells.forEach((cell, i) => {
    const target = sheet.getCell(row, i + 1);
    if (isFormatted(cell)) {
      target.value = cell.v;
      target.numFmt = cell.fmt;
    } else if (cell !== null && cell !== "") target.value = cell;
  });
}

/** Writes the layout; returns the 1-based row of the (last) header row. */
export async function writePeriodLayout(layout: PeriodLayout, path: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(layout.sheet);
  let row = 1;
  for (const title of layout.titleRows) sheet.getCell(row++, 1).value = title;
  if (layout.titleRows.length > 0) row++;
  for (const header of layout.headerRows) put(sheet, row++, header);
  const headerRow = row - 1;
  for (const cells of layout.rows) put(sheet, row++, cells);
  await workbook.xlsx.writeFile(path);
  return headerRow;
}
