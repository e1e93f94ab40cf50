/**
 * Shared pieces of the fault corpus: the standard indicator table every builder starts from, and
 * the description of what each corpus workbook must produce. Workbooks are generated at test time
 * (nothing binary is committed).
 */
import ExcelJS from "exceljs";
import type { Severity, Status } from "../../../src/engine/types";

export type Cell = ExcelJS.CellValue;

/** One indicator row, by column name; missing keys are empty cells. */
export interface RowSpec {
  ref?: Cell;
  indicator?: Cell;
  area?: Cell;
  type?: Cell;
  polarity?: Cell;
  unit?: Cell;
  target?: Cell;
  tolerance?: Cell;
  q1?: Cell;
  q2?: Cell;
  /** Number formats by column name, e.g. `{ q2: "0%" }`. */
  formats?: Partial<Record<ColumnName, string>>;
}

export const COLUMNS = [
  ["ref", "Ref"],
  ["indicator", "Indicator"],
  ["area", "Service area"],
  ["type", "Type"],
  ["polarity", "Polarity"],
  ["unit", "Unit"],
  ["target", "Target"],
  ["tolerance", "Tolerance"],
  ["q1", "Q1 2018/19"],
  ["q2", "Q2 2018/19"],
] as const;

export type ColumnName = (typeof COLUMNS)[number][0];

export const QUARTER = "Q2 2018/19";

/** 1-based column number of a named column when the table's header starts at `originCol`. */
export function columnOf(name: ColumnName, originCol = 1): number {
  return originCol + COLUMNS.findIndex(([key]) => key === name);
}

/** A1 address (no sheet) of a named column on a 1-based sheet row. */
export function addressOf(name: ColumnName, row: number, originCol = 1): string {
  return `${columnLetter(columnOf(name, originCol))}${row}`;
}

export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Writes the header and rows; a `null` row is left blank. Returns the 1-based sheet row of each
 * RowSpec (blank rows get no entry), so expectations name cells without counting by hand.
 */
export function writeTable(
  sheet: ExcelJS.Worksheet,
  rows: (RowSpec | null)[],
  origin: { row: number; col: number } = { row: 1, col: 1 }
): number[] {
  COLUMNS.forEach(([, header], i) => {
    sheet.getCell(origin.row, origin.col + i).value = header;
  });
  const rowNumbers: number[] = [];
  rows.forEach((spec, i) => {
    const sheetRow = origin.row + 1 + i;
    if (!spec) return;
    rowNumbers.push(sheetRow);
    COLUMNS.forEach(([key], c) => {
      const value = spec[key];
      const cell = sheet.getCell(sheetRow, origin.col + c);
      if (value !== undefined) cell.value = value;
      const format = spec.formats?.[key];
      if (format) cell.numFmt = format;
    });
  });
  return rowNumbers;
}

/** Three healthy rows, one per rated status, so every corpus run also proves normal rows still classify. */
export const HEALTHY_ROWS: RowSpec[] = [
  {
    ref: "OK1",
    indicator: "Timeliness of single assessments",
    area: "Social Care Pathway",
    type: "Contract",
    polarity: "Higher is better",
    unit: "%",
    target: 90,
    tolerance: 85,
    q1: 88,
    q2: 92,
  },
  {
    ref: "OK2",
    indicator: "Average days to permanence",
    area: "Looked After Children",
    type: "Contract",
    polarity: "Lower is better",
    unit: "Days",
    target: 20,
    tolerance: 25,
    q1: 21,
    q2: 23,
  },
  {
    ref: "OK3",
    indicator: "Care leavers in touch",
    area: "Looked After Children",
    type: "Contract",
    polarity: "Higher is better",
    unit: "%",
    target: 0.8,
    tolerance: 0.75,
    q1: 0.7,
    q2: 0.6,
    formats: { target: "0%", tolerance: "0%", q1: "0%", q2: "0%" },
  },
];

export const HEALTHY_STATUSES: Record<string, Status> = {
  OK1: "onTarget",
  OK2: "insideTolerance",
  OK3: "outsideTolerance",
};

/** A finding the run must report: its code, its cell (A1 without sheet) and, where it matters, its severity. */
export interface ExpectedFinding {
  code: string;
  cell: string;
  severity?: Severity;
  ref?: string;
}

export interface CorpusCase {
  id: string;
  /** What an analyst would recognise: "percentages above 100 or below 0". */
  fault: string;
  /** Writes the workbook (or non-workbook) into `dir`; returns its path. */
  build(dir: string): Promise<string>;
  /** Extra CLI arguments (the quarter is always passed). */
  args?: string[];
  /**
   * Set when this case fails because of a real bug in another module, reported to its owner: the
   * test still asserts the right behaviour, and its title carries this text so the failure is plain.
   */
  knownBug?: string;
  expect: {
    exitCode: 0 | 1 | 2;
    findings?: ExpectedFinding[];
    statuses?: Record<string, Status>;
  };
}

export async function saveWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<string> {
  await workbook.xlsx.writeFile(path);
  return path;
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Performance Challenge corpus";
  // Fixed dates keep generated workbooks identical from run to run.
  workbook.created = new Date(Date.UTC(2018, 9, 1));
  workbook.modified = new Date(Date.UTC(2018, 9, 1));
  return workbook;
}
