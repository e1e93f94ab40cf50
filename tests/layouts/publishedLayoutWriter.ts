/** Writes the published layouts of publishedLayouts.ts to .xlsx files (ExcelJS, at test time). */
import ExcelJS from "exceljs";
import type { Cell, Formatted } from "./periodLayouts";
import type { PublishedLayout } from "./publishedLayouts";

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
    // Line breaks inside a cell are shown as the council printed them.
    if (typeof cell === "string" && cell.includes("\n")) target.alignment = { wrapText: true };
  });
}

/** "C1:E1" with header rows starting at `first` → "C5:E5". */
function shift(range: string, first: number): string {
  return range.replace(
    /([A-Z]+)(\d+)/g,
    (_, col: string, row: string) => `${col}${Number(row) + first - 1}`
  );
}

/** Writes the layout; returns the 1-based row of the first header row. */
export async function writePublishedLayout(layout: PublishedLayout, path: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(layout.sheet);
  let row = 1;
  for (const title of layout.titleRows) sheet.getCell(row++, 1).value = title;
  if (layout.titleRows.length > 0) row++;
  const first = row;
  for (const header of layout.headerRows) put(sheet, row++, header);
  for (const range of layout.headerMerges ?? []) sheet.mergeCells(shift(range, first));
  for (const cells of layout.rows) put(sheet, row++, cells);
  await workbook.xlsx.writeFile(path);
  return first;
}
