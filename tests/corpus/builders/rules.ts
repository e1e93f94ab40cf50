/** Corpus workbooks whose faults are in the rules of a row: ref, polarity, target and tolerance. */
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

async function tableWorkbook(dir: string, file: string, faultRows: RowSpec[]): Promise<string> {
  const workbook = newWorkbook();
  writeTable(workbook.addWorksheet("Indicators"), [...HEALTHY_ROWS, ...faultRows]);
  return saveWorkbook(workbook, `${dir}/${file}`);
}

const faultRow = (n: number): number => 5 + n;

const rated = (ref: string, extra: Partial<RowSpec>): RowSpec => ({
  ref,
  indicator: `Indicator ${ref}`,
  area: "Youth Offending",
  type: "Contract",
  polarity: "Higher is better",
  unit: "%",
  target: 90,
  tolerance: 85,
  q1: 80,
  q2: 88,
  ...extra,
});

export const duplicateRefs: CorpusCase = {
  id: "duplicate-refs",
  fault: "two rows with the same ref",
  // OK1 is already a healthy row; the copy differs in its name so both rows are real indicators.
  build: (dir) =>
    tableWorkbook(dir, "duplicate-refs.xlsx", [rated("OK1", { indicator: "Copied row", q2: 70 })]),
  expect: {
    exitCode: 0,
    findings: [{ code: CODE.duplicateRef, cell: addressOf("ref", faultRow(0)), ref: "OK1" }],
    statuses: { OK2: HEALTHY_STATUSES.OK2, OK3: HEALTHY_STATUSES.OK3 },
  },
};

export const unknownPolarity: CorpusCase = {
  id: "unknown-polarity",
  fault: "a polarity and a unit the add-in does not know",
  build: (dir) =>
    tableWorkbook(dir, "unknown-polarity.xlsx", [
      rated("U1", { polarity: "Sideways" }),
      rated("U2", { polarity: "Higher" }),
      rated("U3", { unit: "furlongs", target: 900, tolerance: 850, q2: 870 }),
    ]),
  expect: {
    exitCode: 0,
    findings: [
      {
        code: CODE.unknownPolarity,
        cell: addressOf("polarity", faultRow(0)),
        severity: "error",
        ref: "U1",
      },
      {
        code: CODE.unknownUnit,
        cell: addressOf("unit", faultRow(2)),
        severity: "warning",
        ref: "U3",
      },
    ],
    // An unknown unit is not range-checked, and the row is still rated.
    statuses: {
      ...HEALTHY_STATUSES,
      U1: "notClassified",
      U2: "insideTolerance",
      U3: "insideTolerance",
    },
  },
};

export const toleranceWrongSide: CorpusCase = {
  id: "tolerance-wrong-side",
  fault: "a tolerance on the wrong side of the target",
  build: (dir) =>
    tableWorkbook(dir, "tolerance-wrong-side.xlsx", [
      // Higher is better, yet the worst acceptable value is above the target.
      rated("W1", { tolerance: 95 }),
      // Lower is better, yet the worst acceptable value is below the target.
      rated("W2", { polarity: "Lower is better", unit: "Days", target: 20, tolerance: 15, q2: 18 }),
      // No polarity: the tolerance side implies it (information only), and the row is rated.
      rated("W3", { polarity: undefined, unit: "Days", target: 20, tolerance: 25, q2: 22 }),
    ]),
  expect: {
    exitCode: 0,
    findings: [
      {
        code: CODE.polarityContradictsTolerance,
        cell: addressOf("tolerance", faultRow(0)),
        severity: "error",
        ref: "W1",
      },
      {
        code: CODE.polarityContradictsTolerance,
        cell: addressOf("tolerance", faultRow(1)),
        severity: "error",
        ref: "W2",
      },
      {
        code: CODE.inferredPolarity,
        cell: addressOf("polarity", faultRow(2)),
        severity: "info",
        ref: "W3",
      },
    ],
    statuses: {
      ...HEALTHY_STATUSES,
      W1: "notClassified",
      W2: "notClassified",
      W3: "insideTolerance",
    },
  },
};

export const noTarget: CorpusCase = {
  id: "no-target",
  fault: "no target (and a target without a tolerance)",
  build: (dir) =>
    tableWorkbook(dir, "no-target.xlsx", [
      rated("X1", { target: undefined, tolerance: undefined }),
      rated("X2", { tolerance: undefined, q2: 89 }),
      rated("X3", { tolerance: undefined, q2: 90 }),
    ]),
  expect: {
    exitCode: 0,
    statuses: { ...HEALTHY_STATUSES, X1: "noTarget", X2: "outsideTolerance", X3: "onTarget" },
  },
};

/** Band mode (`--tolerance-mode points`): a negative band puts the threshold on the better side. */
export const negativeBand: CorpusCase = {
  id: "negative-band",
  fault: "a negative tolerance band (points mode)",
  args: ["--tolerance-mode", "points"],
  build: (dir) =>
    tableWorkbook(dir, "negative-band.xlsx", [
      rated("B1", { tolerance: -5 }),
      rated("B2", { tolerance: 5, q2: 86 }),
    ]),
  expect: {
    exitCode: 0,
    findings: [
      {
        code: CODE.toleranceWrongSide,
        cell: addressOf("tolerance", faultRow(0)),
        severity: "error",
        ref: "B1",
      },
    ],
    // In points mode the healthy rows' thresholds (85, 25, 75%) are read as bands, so only the fault rows are asserted.
    statuses: { B1: "notClassified", B2: "insideTolerance" },
  },
};

export const bandInThresholdMode: CorpusCase = {
  id: "band-in-threshold-mode",
  fault: "a tolerance that looks like a band while tolerances are thresholds",
  build: (dir) =>
    tableWorkbook(dir, "band-in-threshold-mode.xlsx", [rated("T1", { tolerance: 5, q2: 86 })]),
  expect: {
    exitCode: 0,
    findings: [
      {
        code: CODE.toleranceLooksLikeBand,
        cell: addressOf("tolerance", faultRow(0)),
        severity: "warning",
        ref: "T1",
      },
    ],
    // Read as a threshold of 5, so 86 is inside tolerance; the warning tells the analyst to check.
    statuses: { ...HEALTHY_STATUSES, T1: "insideTolerance" },
  },
};
