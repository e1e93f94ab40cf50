/**
 * Generators for the property-based tests. Purely random cells rarely make a table, so the
 * generators draw from what real workbooks hold (header names, quarter labels, n/a, "27%", error
 * values, formats) as well as from arbitrary text and numbers.
 */
import fc from "fast-check";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/engine/types";

const HEADER_WORDS = [
  "Ref",
  "PI ref",
  "Code",
  "Indicator",
  "Measure",
  "Description",
  "Service area",
  "Area",
  "Theme",
  "Type",
  "Polarity",
  "Good is",
  "Better is",
  "Unit",
  "Format",
  "Target",
  "Tolerance",
  "Threshold",
  "National",
  "Stat neighbours",
  "Regional",
  "Numerator",
  "Denominator",
  "Cohort",
  "Status Q2 2018/19",
];

const QUARTER_WORDS = [
  "Q1 2018/19",
  "Q2 2018/19",
  "2018/19 Q3",
  "Q4 18/19",
  "Quarter 2 2017/18",
  "2019-20 Q1",
  "Q3 2016/17",
  "Q5 2018/19",
];

const CELL_WORDS = [
  "n/a",
  "N/A",
  "tbc",
  "-",
  "c",
  "x",
  "z",
  "k",
  "u",
  "27%",
  "1,898",
  " 91 ",
  "-5",
  "1e3",
  "Higher is better",
  "Lower is better",
  "Up",
  "↓",
  "Sideways",
  "%",
  "Percentage",
  "Number",
  "Count",
  "Days",
  "rate per 10,000",
  "per 100,000",
  "furlongs",
  "Contract",
  "KPI",
  "Volumetric",
  "Context",
  "Data only",
  '=HYPERLINK("https://example.invalid")',
  "@SUM(A1)",
  "<img src=x onerror=alert(1)>",
];

const ERROR_VALUES = [
  "#DIV/0!",
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
];

export const FORMATS = [
  "General",
  "0",
  "0.0",
  "0.00",
  "0%",
  "0.0%",
  "0.00%",
  "#,##0",
  "@",
  "0.0;[Red]-0.0",
  "dd/mm/yyyy",
  '"£"#,##0',
  "",
];

/** A number a sheet might hold, including the awkward ones (-0, tiny, huge, percentages as fractions). */
export const numberCell = fc.oneof(
  fc.integer({ min: -1000, max: 10000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, 0.91, 1, 100, 1e-12, 1e15, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE)
);

/** Anything an adapter could hand the engine, including values a well-behaved adapter never sends. */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: numberCell, weight: 4 },
  { arbitrary: fc.constantFrom(...CELL_WORDS, ...HEADER_WORDS, ...QUARTER_WORDS), weight: 5 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 12 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(...ERROR_VALUES).map((error) => ({ error })), weight: 1 },
  {
    arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    weight: 1,
  }
);

const anyFormat = fc.oneof(
  fc.constantFrom<string | null | undefined>(...FORMATS, null, undefined),
  fc.string({ maxLength: 12 })
);

/** Rows of possibly different lengths (a careless adapter), 0–14 rows of 0–12 cells. */
const raggedRows = <T>(cell: fc.Arbitrary<T>) =>
  fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 14 });

/** A sheet whose first row is a plausible header, so detection and reading are exercised deeply. */
const tableLikeSheet: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.oneof(
      fc.constantFrom("Indicators", "Sheet1", "O'Brien", "Dangosyddion ŵ"),
      fc.string({ minLength: 1, maxLength: 31 })
    ),
    titleRows: fc.array(fc.array(anyCell, { maxLength: 3 }), { maxLength: 3 }),
    header: fc.shuffledSubarray([...HEADER_WORDS, ...QUARTER_WORDS], {
      minLength: 2,
      maxLength: 14,
    }),
    width: fc.integer({ min: 2, max: 16 }),
    body: fc.array(fc.array(anyCell, { minLength: 16, maxLength: 16 }), { maxLength: 25 }),
    format: anyFormat,
    top: fc.integer({ min: 0, max: 40 }),
    left: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ name, titleRows, header, width, body, format, top, left }) => {
    const rows: CellValue[][] = [...titleRows, header, ...body].map((row) =>
      Array.from({ length: width }, (_, c) => row[c] ?? null)
    );
    return { name, top, left, values: rows, formats: rows.map((row) => row.map(() => format)) };
  });

/** Any sheet: random block, ragged rows, formats missing, odd or mismatched. */
const randomSheet: fc.Arbitrary<SheetGrid> = fc.record({
  name: fc.string({ maxLength: 31 }),
  top: fc.oneof(fc.integer({ min: 0, max: 1_048_575 }), fc.constant(0)),
  left: fc.oneof(fc.integer({ min: 0, max: 16_383 }), fc.constant(0)),
  values: raggedRows(anyCell),
  formats: fc.option(raggedRows(anyFormat), { nil: undefined }),
});

export const anySheet: fc.Arbitrary<SheetGrid> = fc.oneof(
  { arbitrary: tableLikeSheet, weight: 3 },
  { arbitrary: randomSheet, weight: 1 }
);

export const anyWorkbook: fc.Arbitrary<WorkbookGrid> = fc.record({
  sheets: fc.array(anySheet, { maxLength: 3 }),
  activeSheet: fc.option(fc.constantFrom("Indicators", "Sheet1", ""), { nil: undefined }),
});

export const anyOptions = fc.record(
  {
    quarter: fc.oneof(fc.constantFrom(...QUARTER_WORDS), fc.string({ maxLength: 12 })),
    sheet: fc.constantFrom("Indicators", "Sheet1", "nope"),
    toleranceMode: fc.constantFrom("threshold", "points", "percent"),
    smallCohortThreshold: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(Number.NaN)),
  },
  { requiredKeys: [] }
);
