/** Builds indicator workbooks in the fake Excel for the adapter tests. */
import { WorkbookData } from "./fake";

export const HEADER = [
  "Ref",
  "Indicator",
  "Service area",
  "Polarity",
  "Unit",
  "Target",
  "Tolerance",
  "Q1 2018/19",
  "Q2 2018/19",
];
/** 0-based column of the Q2 2018/19 values. */
export const Q2_COLUMN = 8;

/**
 * `rows` indicators on sheet "Indicators" (header on row 1). Values cycle through on-target,
 * inside-tolerance and outside-tolerance positions so the fills form many short runs.
 */
export function indicatorWorkbook(
  rows: number,
  options: { names?: (i: number) => string } = {}
): WorkbookData {
  const data = new WorkbookData();
  const table: (string | number | null)[][] = [HEADER];
  const values = [95, 85, 70, 91, 60];
  for (let i = 0; i < rows; i++) {
    const name = options.names?.(i) ?? `Indicator number ${i + 1}`;
    table.push([
      `P${i + 1}`,
      name,
      i % 2 ? "Early help" : "Social care",
      "Higher is better",
      "%",
      90,
      80,
      // Q1: midway between target and tolerance, nothing before it: of potential concern.
      85,
      values[i % values.length],
    ]);
  }
  data.fill("Indicators", table);
  data.activeSheet = "Indicators";
  return data;
}

/** Every cell's value, formula and format on one sheet, for before/after comparisons. */
export function sheetSnapshot(data: WorkbookData, name: string): Record<string, unknown> {
  const sheet = data.sheet(name);
  const out: Record<string, unknown> = {};
  if (!sheet) return out;
  for (const [key, cell] of sheet.cells) {
    const blank =
      cell.value === "" &&
      !cell.formula &&
      cell.format.fill === null &&
      cell.format.numberFormat === "General" &&
      !cell.validation;
    if (!blank) out[key] = JSON.parse(JSON.stringify(cell));
  }
  return out;
}

/** All cells of the workbook that Excel would hold as a formula. */
export function formulaCells(data: WorkbookData): string[] {
  const found: string[] = [];
  for (const sheet of data.sheets)
    for (const [key, cell] of sheet.cells) if (cell.formula) found.push(`${sheet.name}!${key}`);
  return found;
}
