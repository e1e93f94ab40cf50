/**
 * A RunResult from the real engine (runEngine on a small in-memory grid), so component tests also
 * see the engine's own headlines, sentences, groups and findings — not only hand-built data.
 */
import { runEngine } from "../../src/engine/run";
import type { CellValue, RunResult, WorkbookGrid } from "../../src/engine/types";

const HEADER: CellValue[] = [
  "Ref",
  "Indicator",
  "Service area",
  "Type",
  "Polarity",
  "Unit",
  "Target",
  "Tolerance",
  "Q4 2017/18",
  "Q1 2018/19",
  "Q2 2018/19",
];
const ROWS: CellValue[][] = [
  [
    "A1",
    "Timeliness of single assessments",
    "Social Care Pathway",
    "Contract",
    "Higher is better",
    "%",
    90,
    85,
    84,
    88,
    91,
  ],
  [
    "A2",
    "Re-referrals in 12 months",
    "Social Care Pathway",
    "Contract",
    "Lower is better",
    "%",
    22,
    25,
    24,
    26,
    27,
  ],
  [
    "A3",
    "Child protection reviews in time",
    "Social Care Pathway",
    "Contract",
    "Higher is better",
    "%",
    100,
    95,
    99,
    97,
    92,
  ],
  [
    "B1",
    "Care leavers in education or work",
    "Children in Care",
    "Contract",
    "Higher is better",
    "%",
    50,
    45,
    47,
    49,
    52,
  ],
  [
    "B2",
    "Placement stability",
    "Children in Care",
    "Contract",
    "Higher is better",
    "%",
    70,
    65,
    66,
    68,
    "tbc",
  ],
  [
    "E1",
    "Contacts into social care",
    "Social Care Pathway",
    "Volumetric",
    "",
    "Number",
    null,
    null,
    1750,
    1790,
    1898,
  ],
];

export function engineResult(): RunResult {
  const grid: WorkbookGrid = {
    sheets: [{ name: "Indicators", top: 0, left: 0, values: [HEADER, ...ROWS] }],
  };
  const outcome = runEngine(grid, {});
  if (!outcome.ok)
    throw new Error(`The engine could not classify the fixture: ${outcome.failure.message}`);
  return outcome.result;
}
