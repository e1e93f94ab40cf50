/**
 * The bundled sample workbook, as pure data: the sheet "Indicators" of a children's services trust's
 * quarterly contract performance, rebuilt from the seed report (a council's Quarter 2 2018/19
 * scrutiny report). Figures the seed quotes are reproduced; the rest are illustrative and listed in
 * docs/sample.md. Percentages are stored as fractions with a `0%`/`0.0%` format, as an analyst's
 * sheet holds them.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from "../src/engine/types";

export const SAMPLE_SHEET = "Indicators";

// prettier-ignore
export const SAMPLE_QUARTERS = [
  "Q3 2016/17", "Q4 2016/17", "Q1 2017/18", "Q2 2017/18",
  "Q3 2017/18", "Q4 2017/18", "Q1 2018/19", "Q2 2018/19",
] as const;

export const SAMPLE_HEADER = [
  "Ref",
  "Indicator",
  "Service area",
  "Type",
  "Polarity",
  "Unit",
  "Target",
  "Tolerance",
  ...SAMPLE_QUARTERS,
  "National",
  "Statistical neighbours",
  "Regional",
];

/** 0-based sheet row of the header; two title rows and a blank row sit above it. */
export const SAMPLE_HEADER_ROW = 3;

type PolarityWord = "Higher is better" | "Lower is better" | "";

export interface SampleIndicator {
  ref: string;
  name: string;
  area: string;
  type: "Contract" | "Volumetric";
  polarity: PolarityWord;
  unit: string;
  /** Number format of the value, target, tolerance and benchmark cells. */
  format: string;
  /** Format of the benchmark cells when it differs (benchmarks quoted to one decimal place). */
  benchmarkFormat?: string;
  /** In the unit shown: 91 means 91% for a %-format row (stored as 0.91). */
  target: number | null;
  /** The tolerance threshold: the worst value still inside tolerance. */
  tolerance: number | null;
  /** One value per SAMPLE_QUARTERS entry. */
  values: (number | null)[];
  national: number | null;
  statNeighbours: number | null;
  regional: number | null;
}

const SCP = "Social Care Pathway";
const CIC = "Children in Care";
const YOS = "Youth Offending Services";
const FSS = "Family Support Services";
const WF = "Workforce";
const UP: PolarityWord = "Higher is better";
const DOWN: PolarityWord = "Lower is better";

function contract(
  ref: string,
  name: string,
  area: string,
  polarity: PolarityWord,
  unit: string,
  format: string,
  target: number,
  tolerance: number,
  values: (number | null)[],
  benchmarks: [number | null, number | null, number | null] = [null, null, null],
  benchmarkFormat?: string
): SampleIndicator {
  const [national, statNeighbours, regional] = benchmarks;
  return {
    ref,
    name,
    area,
    type: "Contract",
    polarity,
    unit,
    format,
    benchmarkFormat,
    target,
    tolerance,
    values,
    national,
    statNeighbours,
    regional,
  };
}

function volumetric(
  ref: string,
  name: string,
  area: string,
  unit: string,
  format: string,
  values: number[],
  benchmarks: [number | null, number | null, number | null] = [null, null, null]
): SampleIndicator {
  const [national, statNeighbours, regional] = benchmarks;
  return {
    ref,
    name,
    area,
    type: "Volumetric",
    polarity: "",
    unit,
    format,
    target: null,
    tolerance: null,
    values,
    national,
    statNeighbours,
    regional,
  };
}

// One row per indicator, laid out as the sheet reads; prettier would put every figure on its own line.
// prettier-ignore
export const SAMPLE_INDICATORS: SampleIndicator[] = [
  // Social Care Pathway: 1 outside, 2 inside, 4 on target (seed paragraph 18).
  contract("A1", "Percentage of re-referrals in last 12 months", SCP, DOWN, "%", "0%", 22, 28,
    [24, 25, 23, 22, 24, 26, 26, 27], [21.9, 20.5, 22.9], "0.0%"),
  contract("A2", "Timeliness of single assessments", SCP, UP, "%", "0%", 90, 85,
    [80, 82, 84, 78, 83, 86, 89, 91], [83, 86, 85]),
  contract("A3", "Percentage of case file audits rated 'Requires Improvement' or better", SCP, UP, "%", "0%", 95, 90,
    [85, 88, 92, 96, 97, 100, 100, 100]),
  contract("A4", "Percentage of children seen within appropriate timescales", SCP, UP, "%", "0%", 85, 80,
    [83, 86, 88, 84, 82, 77, 72, 74]),
  contract("A5", "Percentage of Child Protection Plan reviews held within timescales", SCP, UP, "%", "0%", 98, 95,
    [97, 99, 100, 98, 99, 100, 99, 100], [92, 94, 93]),
  contract("A6", "Children on a Child Protection Plan for 2 years or more (still on a plan)", SCP, DOWN, "%", "0.0%", 4, 6,
    [3.5, 3.1, 2.8, 2.4, 2.9, 2.2, 1.8, 1.2], [2.2, null, 2.6]),
  contract("A8", "Children in Need with an open and current plan", SCP, UP, "%", "0%", 95, 89,
    [86, 87, 88, 89, 90, 92, 95, 94]),
  // Children in Care: 1 outside, 0 inside, 4 on target.
  contract("B2", "Percentage of Children in Care with an up-to-date health assessment", CIC, UP, "%", "0%", 90, 85,
    [84, 86, 88, 91, 90, 92, 93, 93], [88, 90, 89]),
  contract("B5", "Percentage of Children in Care reviews held within timescales", CIC, UP, "%", "0%", 95, 90,
    [93, 94, 96, 95, 97, 96, 98, 97]),
  contract("B9", "Long term placement stability of Children in Care", CIC, UP, "%", "0%", 70, 65,
    [66, 68, 69, 71, 72, 73, 69, 72], [70, 69, 71]),
  contract("B10", "Percentage of Children in Care placed more than 20 miles from home", CIC, DOWN, "%", "0%", 15, 18,
    [16, 15, 14, 15, 16, 17, 19, 20], [15, 13, 12]),
  contract("B14", "Care leavers in employment, education and training", CIC, UP, "%", "0%", 45, 40,
    [36, 38, 40, 42, 43, 45, 47, 49], [48, 50, 51]),
  // Youth Offending Services: 0 outside, 2 inside, 1 on target.
  contract("FO1", "First time entrants to the youth justice system (per 100,000 aged 10 to 17)", YOS, DOWN, "Rate per 100,000", "0", 300, 350,
    [380, 360, 340, 320, 310, 295, 305, 330], [238, 290, 270]),
  contract("FO2", "Youth Offending Services – reoffending rate after 12 months", YOS, DOWN, "%", "0%", 30, 35,
    [36, 35, 34, 33, 31, 30, 29, 31], [38, 40.1, 37.5], "0.0%"),
  contract("FO3", "Youth Offending Service custody rates (per 1,000 aged 10 to 17)", YOS, DOWN, "Rate per 1,000", "0.00", 0.3, 0.4,
    [0.45, 0.41, 0.38, 0.33, 0.29, 0.27, 0.25, 0.22], [0.37, 0.41, 0.39]),
  // Family Support Services: 0 outside, 1 inside, 1 on target.
  contract("FS1", "Percentage of Family Support cases closed with needs met", FSS, UP, "%", "0%", 80, 75,
    [74, 76, 79, 81, 80, 82, 83, 84]),
  contract("FS2", "Percentage of Family Group Conferences held within 6 weeks of referral", FSS, UP, "%", "0%", 85, 80,
    [78, 80, 82, 84, 86, 83, 81, 83]),
  // Workforce: 0 outside, 0 inside, 3 on target.
  contract("W1", "Social worker vacancy rate", WF, DOWN, "%", "0.0%", 10, 12,
    [14.2, 13.1, 12.5, 11, 10.4, 9.8, 9.1, 8.6], [16.7, 14, 12.9]),
  contract("W2", "Percentage of social work posts filled by agency staff", WF, DOWN, "%", "0%", 10, 15,
    [18, 16, 14, 12, 9, 11, 8, 7], [15.4, 12, 9], "0.0%"),
  contract("W3", "Percentage of supervisions held within timescales", WF, UP, "%", "0%", 90, 85,
    [86, 88, 91, 92, 93, 91, 94, 96]),
  // Volumetric measures (context; never rated).
  volumetric("E1", "Number of contacts into Social Care (monthly average)", SCP, "Number", "#,##0",
    [1610, 1655, 1700, 1690, 1740, 1790, 1850, 1898]),
  volumetric("E18", "Number of Children in Care", CIC, "Number", "#,##0",
    [540, 548, 552, 560, 566, 571, 580, 589]),
  volumetric("E19", "Rate of Children in Care (per 10,000 aged 0 to 17)", CIC, "Rate per 10,000", "0",
    [81.6, 82.8, 83.4, 84.6, 85.5, 86.3, 87.6, 89], [64, 88, 75]),
  volumetric("E34", "Number of Children in Need", SCP, "Number", "#,##0",
    [1590, 1620, 1655, 1700, 1725, 1740, 1701, 1677]),
  volumetric("E35", "Rate of Children in Need (per 10,000 aged 0 to 17)", SCP, "Rate per 10,000", "0",
    [375.5, 382.5, 390.8, 401.4, 407.3, 410.9, 401.7, 396], [341, 380, 360]),
];

/** A figure as the cell stores it: %-formatted cells hold fractions (91 → 0.91). */
function stored(value: number | null, format: string): number | null {
  if (value === null) return null;
  // toPrecision then Number: the nearest double to the decimal fraction (1.2 / 100 → 0.012 exactly as typed).
  return format.includes("%") ? Number((value / 100).toPrecision(12)) : value;
}

function rowOf(ind: SampleIndicator): { values: CellValue[]; formats: (string | null)[] } {
  const benchmarkFormat = ind.benchmarkFormat ?? ind.format;
  const values: CellValue[] = [
    ind.ref,
    ind.name,
    ind.area,
    ind.type,
    ind.polarity || null,
    ind.unit,
    stored(ind.target, ind.format),
    stored(ind.tolerance, ind.format),
    ...ind.values.map((v) => stored(v, ind.format)),
    stored(ind.national, benchmarkFormat),
    stored(ind.statNeighbours, benchmarkFormat),
    stored(ind.regional, benchmarkFormat),
  ];
  const formats: (string | null)[] = [
    null,
    null,
    null,
    null,
    null,
    null,
    ind.format,
    ind.format,
    ...ind.values.map(() => ind.format),
    benchmarkFormat,
    benchmarkFormat,
    benchmarkFormat,
  ];
  return { values, formats };
}

/** The sample workbook as the engine reads it (same grid the .xlsx file is written from). */
export function buildSampleGrid(): WorkbookGrid {
  const width = SAMPLE_HEADER.length;
  const blank = (): CellValue[] => Array.from({ length: width }, () => null);
  const titleRow = blank();
  titleRow[0] = "Children's Services Trust – contract performance indicators";
  const subtitleRow = blank();
  subtitleRow[0] =
    "Quarter 2 2018/19. Illustrative sample built from a published scrutiny report; see docs/sample.md.";
  const rows = SAMPLE_INDICATORS.map(rowOf);
  const noFormats = (): (string | null)[] => Array.from({ length: width }, () => null);
  const sheet: SheetGrid = {
    name: SAMPLE_SHEET,
    top: 0,
    left: 0,
    values: [titleRow, subtitleRow, blank(), [...SAMPLE_HEADER], ...rows.map((r) => r.values)],
    formats: [noFormats(), noFormats(), noFormats(), noFormats(), ...rows.map((r) => r.formats)],
  };
  return { sheets: [sheet], activeSheet: SAMPLE_SHEET };
}
