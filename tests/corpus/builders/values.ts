/** Corpus workbooks whose faults are in the quarterly value cells. */
import { CODE } from "./codes";
import {
  addressOf,
  type CorpusCase,
  HEALTHY_ROWS,
  HEALTHY_STATUSES,
  newWorkbook,
  type RowSpec,
  saveWorkbook,
  writeTable,
} from "./table";

const SHEET = "Indicators";

/** Writes the healthy rows then `faultRows` on a sheet called Indicators; fault rows start on sheet row 5. */
async function tableWorkbook(dir: string, file: string, faultRows: RowSpec[]): Promise<string> {
  const workbook = newWorkbook();
  writeTable(workbook.addWorksheet(SHEET), [...HEALTHY_ROWS, ...faultRows]);
  return saveWorkbook(workbook, `${dir}/${file}`);
}

/** Sheet row of the n-th fault row (0-based), after the header and the three healthy rows. */
const faultRow = (n: number): number => 5 + n;

const percent = (ref: string, q2: RowSpec["q2"], extra: Partial<RowSpec> = {}): RowSpec => ({
  ref,
  indicator: `Indicator ${ref}`,
  area: "Early Help",
  type: "Contract",
  polarity: "Higher is better",
  unit: "%",
  target: 90,
  tolerance: 85,
  q1: 89,
  q2,
  ...extra,
});

const count = (ref: string, q2: RowSpec["q2"]): RowSpec => ({
  ref,
  indicator: `Count ${ref}`,
  area: "Early Help",
  type: "Contract",
  polarity: "Lower is better",
  unit: "Number",
  target: 2000,
  tolerance: 2100,
  q1: 1990,
  q2,
});

export const textNumbers: CorpusCase = {
  id: "text-numbers",
  fault: "numbers stored as text",
  build: (dir) =>
    tableWorkbook(dir, "text-numbers.xlsx", [
      percent("T1", "92%"),
      percent("T2", " 87 "),
      count("T3", "1,898"),
    ]),
  expect: {
    exitCode: 0,
    findings: [
      {
        code: CODE.numberAsText,
        cell: addressOf("q2", faultRow(0)),
        severity: "warning",
        ref: "T1",
      },
      {
        code: CODE.numberAsText,
        cell: addressOf("q2", faultRow(1)),
        severity: "warning",
        ref: "T2",
      },
      {
        code: CODE.numberAsText,
        cell: addressOf("q2", faultRow(2)),
        severity: "warning",
        ref: "T3",
      },
    ],
    statuses: { ...HEALTHY_STATUSES, T1: "onTarget", T2: "insideTolerance", T3: "onTarget" },
  },
};

export const noValues: CorpusCase = {
  id: "n-a",
  fault: "n/a, tbc, dashes, suppression symbols and blank values",
  build: (dir) =>
    tableWorkbook(dir, "n-a.xlsx", [
      percent("N1", "n/a"),
      percent("N2", "tbc"),
      percent("N3", "-"),
      percent("N4", "c"),
      percent("N5", undefined),
      percent("N6", "about ninety"),
    ]),
  expect: {
    exitCode: 0,
    findings: [
      { code: CODE.notApplicable, cell: addressOf("q2", faultRow(0)), severity: "info", ref: "N1" },
      { code: CODE.notApplicable, cell: addressOf("q2", faultRow(1)), severity: "info", ref: "N2" },
      { code: CODE.notApplicable, cell: addressOf("q2", faultRow(2)), severity: "info", ref: "N3" },
      { code: CODE.suppressed, cell: addressOf("q2", faultRow(3)), severity: "info", ref: "N4" },
      { code: CODE.noValue, cell: addressOf("q2", faultRow(4)), ref: "N5" },
      { code: CODE.notNumber, cell: addressOf("q2", faultRow(5)), severity: "error", ref: "N6" },
    ],
    statuses: {
      ...HEALTHY_STATUSES,
      N1: "notClassified",
      N2: "notClassified",
      N3: "notClassified",
      N4: "notClassified",
      N5: "notClassified",
      N6: "notClassified",
    },
  },
};

export const errorValues: CorpusCase = {
  id: "error-values",
  fault: "Excel error values",
  build: (dir) =>
    tableWorkbook(dir, "error-values.xlsx", [
      percent("E1", { error: "#DIV/0!" }),
      percent("E2", { error: "#N/A" }),
      percent("E3", 91, { target: { error: "#REF!" } }),
    ]),
  expect: {
    exitCode: 0,
    findings: [
      { code: CODE.errorValue, cell: addressOf("q2", faultRow(0)), severity: "error", ref: "E1" },
      { code: CODE.errorValue, cell: addressOf("q2", faultRow(1)), severity: "error", ref: "E2" },
      {
        code: CODE.errorValue,
        cell: addressOf("target", faultRow(2)),
        severity: "error",
        ref: "E3",
      },
    ],
    statuses: {
      ...HEALTHY_STATUSES,
      E1: "notClassified",
      E2: "notClassified",
      E3: "notClassified",
    },
  },
};

export const percentRange: CorpusCase = {
  id: "percent-range",
  fault: "percentages above 100 or below 0",
  build: (dir) =>
    tableWorkbook(dir, "percent-range.xlsx", [
      percent("P1", 120),
      percent("P2", -5),
      percent("P3", 1.2, { formats: { q2: "0%" } }),
      percent("P4", 100),
      percent("P5", 0, { polarity: "Lower is better", target: 5, tolerance: 10 }),
    ]),
  expect: {
    exitCode: 0,
    findings: [
      { code: CODE.outOfRange, cell: addressOf("q2", faultRow(0)), severity: "error", ref: "P1" },
      { code: CODE.outOfRange, cell: addressOf("q2", faultRow(1)), severity: "error", ref: "P2" },
      { code: CODE.outOfRange, cell: addressOf("q2", faultRow(2)), severity: "error", ref: "P3" },
    ],
    // 100% and 0% are inside the inclusive range and rate normally.
    statuses: {
      ...HEALTHY_STATUSES,
      P1: "notClassified",
      P2: "notClassified",
      P3: "notClassified",
      P4: "onTarget",
      P5: "onTarget",
    },
  },
};

export const negativeCounts: CorpusCase = {
  id: "negative-counts",
  fault: "negative and fractional counts",
  build: (dir) =>
    tableWorkbook(dir, "negative-counts.xlsx", [count("C1", -3), count("C2", 2050.5)]),
  expect: {
    exitCode: 0,
    findings: [
      { code: CODE.outOfRange, cell: addressOf("q2", faultRow(0)), severity: "error", ref: "C1" },
      {
        code: CODE.notWholeNumber,
        cell: addressOf("q2", faultRow(1)),
        severity: "warning",
        ref: "C2",
      },
    ],
    statuses: { ...HEALTHY_STATUSES, C1: "notClassified", C2: "insideTolerance" },
  },
};
