/**
 * Builds WorkbookGrids that read like the workbooks analysts keep: a title block, a header row,
 * indicator rows keyed by their column headings, section rows, blanks and per-cell formats.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from "../../../src/engine/types";

/** One row of the table: cells keyed by header text; `$format` gives number formats by header. */
export type RowInput =
  | ({ $format?: Record<string, string> } & Record<
      string,
      CellValue | Record<string, string> | undefined
    >)
  | { $section: string }
  | "blank"
  | CellValue[];

export interface SheetInput {
  name?: string;
  /** Rows above the header (titles, dates). */
  title?: CellValue[][];
  header: string[];
  rows: RowInput[];
  /** Rows below the table (notes, sources). */
  footer?: CellValue[][];
  /** Sheet position of the block's top-left cell (0-based). */
  top?: number;
  left?: number;
}

export const CANONICAL_HEADER = [
  "Ref",
  "Indicator",
  "Service area",
  "Type",
  "Polarity",
  "Unit",
  "Target",
  "Tolerance",
  "Q3 2017/18",
  "Q4 2017/18",
  "Q1 2018/19",
  "Q2 2018/19",
];

export function buildSheet(input: SheetInput): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const push = (row: CellValue[], format: (string | undefined)[] = []): void => {
    values.push(row);
    formats.push(format);
  };
  for (const row of input.title ?? []) push(row);
  push([...input.header]);
  for (const row of input.rows) {
    if (row === "blank") push([]);
    else if (Array.isArray(row)) push(row);
    else if ("$section" in row && typeof row.$section === "string") push([row.$section]);
    else {
      const record = row as Record<string, unknown>;
      const fmt = (record.$format ?? {}) as Record<string, string>;
      push(
        input.header.map((h) => (record[h] === undefined ? null : (record[h] as CellValue))),
        input.header.map((h) => fmt[h])
      );
    }
  }
  for (const row of input.footer ?? []) push(row);
  return {
    name: input.name ?? "Indicators",
    top: input.top ?? 0,
    left: input.left ?? 0,
    values,
    formats,
  };
}

export function workbookOf(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

/** A healthy contract row in the canonical layout; override any cell by header. */
export function indicatorRow(
  ref: string,
  cells: Record<string, CellValue> = {},
  format?: Record<string, string>
): RowInput {
  return {
    Ref: ref,
    Indicator: `Indicator ${ref}`,
    "Service area": "Social Care Pathway",
    Type: "Contract",
    Polarity: "Higher is better",
    Unit: "%",
    Target: 90,
    Tolerance: 85,
    "Q3 2017/18": 86,
    "Q4 2017/18": 88,
    "Q1 2018/19": 89,
    "Q2 2018/19": 91,
    ...cells,
    ...(format ? { $format: format } : {}),
  };
}

/** The canonical workbook: one sheet, header on the first row. */
export function canonicalWorkbook(rows: RowInput[], extra: Partial<SheetInput> = {}): WorkbookGrid {
  return workbookOf(buildSheet({ header: CANONICAL_HEADER, rows, ...extra }));
}
