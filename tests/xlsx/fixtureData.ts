/** The indicators and faults the test workbooks are built from (not a test file). */
import type ExcelJS from "exceljs";
import type { Status } from "../../src/engine/types";

export interface IndicatorSpec {
  ref: string;
  name: string;
  area: string;
  type: string;
  polarity: string;
  unit: string;
  target: number | null;
  tolerance: number | null;
  /** Q4 2017/18, Q1 2018/19, Q2 2018/19 */
  values: (ExcelJS.CellValue | null)[];
  expected: Status;
}

export const QUARTERS = ["Q4 2017/18", "Q1 2018/19", "Q2 2018/19"];

export const INDICATORS: IndicatorSpec[] = [
  {
    ref: "A1",
    name: "Percentage of re-referrals in last 12 months",
    area: "Social Care Pathway",
    type: "Contract",
    polarity: "Lower is better",
    unit: "%",
    target: 22,
    tolerance: 28,
    values: [25, 26, 27],
    expected: "insideTolerance",
  },
  {
    ref: "A2",
    name: "Timeliness of single assessments",
    area: "Social Care Pathway",
    type: "Contract",
    polarity: "Higher is better",
    unit: "%",
    target: 90,
    tolerance: 85,
    values: [80, 88, 91],
    expected: "onTarget",
  },
  {
    ref: "A4",
    name: "Children seen within timescales",
    area: "Social Care Pathway",
    type: "Contract",
    polarity: "Higher is better",
    unit: "%",
    target: 90,
    tolerance: 85,
    values: [72, 70, 74],
    expected: "outsideTolerance",
  },
  {
    ref: "B9",
    name: "Long term placement stability",
    area: "Children in Care",
    type: "Contract",
    polarity: "Higher is better",
    unit: "%",
    target: 70,
    tolerance: 65,
    values: [71, 69, 72],
    expected: "onTarget",
  },
  {
    ref: "W1",
    name: "Staff turnover",
    area: "Workforce",
    type: "Contract",
    polarity: "Lower is better",
    unit: "%",
    target: null,
    tolerance: null,
    values: [12, 11, 10],
    expected: "noTarget",
  },
  {
    ref: "E1",
    name: "Number of contacts into social care",
    area: "Social Care Pathway",
    type: "Volumetric",
    polarity: "",
    unit: "Number",
    target: null,
    tolerance: null,
    values: [1700, 1800, 1898],
    expected: "noTarget",
  },
];

export const HEADERS = [
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

/** Every docs/findings.md fault, one per row, beside healthy rows; F-rows are the faulty ones. */
export const FAULTS: {
  ref: string;
  name: string;
  problem: string;
  values: ExcelJS.CellValue[];
  polarity?: string;
  unit?: string;
  target?: number | null;
  tolerance?: number | null;
  classified: boolean;
}[] = [
  {
    ref: "F1",
    name: "Number stored as text",
    problem: "value.numberAsText",
    values: [80, 88, "91%"],
    classified: true,
  },
  {
    ref: "F2",
    name: "Error value",
    problem: "value.error",
    values: [80, 88, { error: "#DIV/0!" }],
    classified: false,
  },
  {
    ref: "F3",
    name: "Out of range percentage",
    problem: "value.outOfRange",
    values: [80, 88, 120],
    classified: false,
  },
  {
    ref: "F4",
    name: "Unknown polarity",
    problem: "polarity.unknown",
    polarity: "Sideways",
    values: [80, 88, 91],
    classified: false,
  },
  {
    ref: "F5",
    name: "Polarity against the tolerance side",
    problem: "polarity.contradictsTolerance",
    target: 90,
    tolerance: 95,
    values: [80, 88, 91],
    classified: false,
  },
  {
    ref: "F6",
    name: "Missing value",
    problem: "value.missing",
    values: [80, 88, null],
    classified: false,
  },
  {
    ref: "F7",
    name: "Not a number",
    problem: "value.notNumber",
    values: [80, 88, "about ninety"],
    classified: false,
  },
  {
    ref: "F8",
    name: "Unknown unit",
    problem: "unit.unknown",
    unit: "widgets",
    values: [80, 88, 91],
    classified: true,
  },
  {
    ref: "A2",
    name: "Duplicate of A2",
    problem: "ref.duplicate",
    values: [80, 88, 91],
    classified: true,
  },
];

export const FORMULA_LIKE_NAME = '=HYPERLINK("http://example.org","Re-referrals")';
