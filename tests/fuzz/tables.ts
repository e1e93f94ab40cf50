/**
 * Generated indicator tables for the property tests: one row per indicator, some clean (explicit
 * polarity, whole numbers, tolerance on the right side: the status is known), some with anything in
 * their rule and value cells.
 */
import fc from "fast-check";
import type { CellValue, Status, WorkbookGrid } from "../../src/engine/types";

export const QUARTERS = ["Q1 2018/19", "Q2 2018/19", "Q3 2018/19", "Q4 2018/19"];
export const HEADER = [
  "Ref",
  "Indicator",
  "Service area",
  "Type",
  "Polarity",
  "Unit",
  "Target",
  "Tolerance",
  ...QUARTERS,
];
export const VOLUMETRIC_TYPES = ["Volumetric", "Context", "Data only"];
export const STATUSES: Status[] = [
  "outsideTolerance",
  "insideTolerance",
  "onTarget",
  "noTarget",
  "notClassified",
];

export interface GeneratedRow {
  type: string;
  area: string;
  /** Set when the row is clean: explicit polarity, whole-number counts, tolerance on the right side. */
  clean: { polarity: "higher" | "lower"; target: number; threshold: number | null } | null;
  cells: CellValue[];
}

const value = fc.integer({ min: 0, max: 200 });

/** A clean row: the oracle below knows its status. */
export const cleanRow = fc
  .record({
    type: fc.constantFrom("Contract", "KPI", "PI", ""),
    area: fc.constantFrom("Early Help", "Social Care Pathway", "Looked After Children"),
    polarity: fc.constantFrom("higher" as const, "lower" as const),
    target: fc.integer({ min: 20, max: 180 }),
    band: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
    values: fc.array(value, { minLength: 4, maxLength: 4 }),
  })
  .map(({ type, area, polarity, target, band, values }): GeneratedRow => {
    const threshold = band === null ? null : polarity === "higher" ? target - band : target + band;
    const words = polarity === "higher" ? "Higher is better" : "Lower is better";
    return {
      type,
      area,
      clean: { polarity, target, threshold },
      cells: [area, type, words, "Number", target, threshold, ...values],
    };
  });

/** A row with anything in its rule and value cells. */
const faultyCell = fc.oneof(
  value,
  fc.constantFrom<CellValue>(
    null,
    "n/a",
    "tbc",
    "c",
    "27%",
    " 12 ",
    "lots",
    -4,
    2.5,
    150,
    { error: "#DIV/0!" },
    { error: "#N/A" }
  )
);
export const faultyRow = fc
  .record({
    type: fc.constantFrom("Contract", "", "Volumetric", "Context", "Data only", "KPI"),
    area: fc.constantFrom("Early Help", "Youth Offending"),
    polarity: fc.constantFrom<CellValue>(
      "Higher is better",
      "Lower",
      "↑",
      "Down",
      "",
      null,
      "Sideways"
    ),
    unit: fc.constantFrom<CellValue>("%", "Number", "Days", "rate per 10,000", "", "furlongs"),
    rule: fc.array(faultyCell, { minLength: 2, maxLength: 2 }),
    values: fc.array(faultyCell, { minLength: 4, maxLength: 4 }),
  })
  .map(({ type, area, polarity, unit, rule, values }): GeneratedRow => ({
    type,
    area,
    clean: null,
    cells: [area, type, polarity, unit, ...rule, ...values],
  }));

export const table = fc.record({
  rows: fc.array(fc.oneof(cleanRow, faultyRow), { minLength: 1, maxLength: 30 }),
  quarter: fc.integer({ min: 0, max: 3 }),
});

/** The table as a grid; `names` replaces the generated indicator names where given. */
export function grid(rows: GeneratedRow[], names: string[] = []): WorkbookGrid {
  const values: CellValue[][] = [
    HEADER,
    ...rows.map((row, i) => [`R${i + 1}`, names[i] ?? `Indicator ${i + 1}`, ...row.cells]),
  ];
  return { sheets: [{ name: "Indicators", top: 0, left: 0, values }] };
}
