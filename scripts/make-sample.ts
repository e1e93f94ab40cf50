/**
 * Writes samples/performance-q2-2018-19.xlsx from the pure sample grid (scripts/sample-data.ts), so
 * the bundled workbook and the golden test read the same figures. Run: `npx tsx scripts/make-sample.ts`.
 */
import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { CellValue } from "../src/engine/types";
import { buildSampleGrid, SAMPLE_HEADER, SAMPLE_HEADER_ROW, SAMPLE_SHEET } from "./sample-data";

const OUTPUT = resolve(__dirname, "..", "samples", "performance-q2-2018-19.xlsx");

/** Width in characters by header; quarter and benchmark columns share one width. */
const WIDTHS: Record<string, number> = {
  Ref: 7,
  Indicator: 62,
  "Service area": 24,
  Type: 11,
  Polarity: 16,
  Unit: 17,
  Target: 9,
  Tolerance: 10,
  National: 10,
  "Statistical neighbours": 13,
  Regional: 10,
};
const QUARTER_WIDTH = 11;

function toExcel(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === "object") return { error: value.error } as ExcelJS.CellErrorValue;
  return value;
}

export async function makeSample(path = OUTPUT): Promise<string> {
  const grid = buildSampleGrid();
  const sheet = grid.sheets[0];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Performance Challenge sample";
  // Fixed dates keep the file's metadata stable from one run to the next.
  workbook.created = new Date(Date.UTC(2018, 10, 1));
  workbook.modified = new Date(Date.UTC(2018, 10, 1));
  const ws = workbook.addWorksheet(SAMPLE_SHEET);

  sheet.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = ws.getCell(sheet.top + r + 1, sheet.left + c + 1);
      cell.value = toExcel(value);
      const format = sheet.formats?.[r]?.[c];
      if (format) cell.numFmt = format;
    });
  });

  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).font = { italic: true };
  const header = ws.getRow(SAMPLE_HEADER_ROW + 1);
  header.font = { bold: true };
  header.alignment = { vertical: "bottom", wrapText: true };
  header.height = 30;
  SAMPLE_HEADER.forEach((name, c) => {
    ws.getColumn(c + 1).width = WIDTHS[name] ?? QUARTER_WIDTH;
  });
  // Freeze the header row and the Ref/Indicator columns, as analysts do on a wide sheet.
  ws.views = [{ state: "frozen", xSplit: 2, ySplit: SAMPLE_HEADER_ROW + 1, activeCell: "C5" }];

  mkdirSync(dirname(path), { recursive: true });
  await workbook.xlsx.writeFile(path);
  return path;
}

if (require.main === module) {
  makeSample()
    .then((path) => console.log(`Wrote ${path}`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    });
}
