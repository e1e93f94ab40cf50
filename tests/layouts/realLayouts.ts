/**
 * Workbooks rebuilt from real published council reports (issue 9; sources in docs/layouts.md).
 * Headings, conventions and figures are the councils' own, except where a comment says a figure is
 * illustrative. Generated at test time with ExcelJS: nothing binary is committed.
 */
import ExcelJS from "exceljs";

/** A cell with its number format, as the council printed it (`87.42%` → 0.8742 in `0.00%`). */
export interface Formatted {
  v: ExcelJS.CellValue;
  fmt: string;
}
export type LayoutCell = ExcelJS.CellValue | Formatted;
/** A table row: cells left to right; a string is a section row; null is a blank row. */
export type LayoutRow = LayoutCell[] | string | null;

export interface RealLayout {
  id: string;
  /** Where the layout and figures come from (also in docs/layouts.md). */
  source: string;
  sheet: string;
  titleRows: string[];
  header: string[];
  rows: LayoutRow[];
}

const pct = (fraction: number, fmt = "0%"): Formatted => ({ v: fraction, fmt });
const pct2 = (fraction: number): Formatted => pct(fraction, "0.00%");
const one = (n: number): Formatted => ({ v: n, fmt: "0.0" });

/**
 * District council: Maidstone Borough Council, Strategic Planning and Infrastructure Committee,
 * "Second Quarter Performance Monitoring" (Q2 2021/22), with the Q2 and Q3 2020/21 figures from
 * the same committee's reports. No polarity column; the RAG words follow their key (Green = target
 * met, Amber = target slightly missed within 10%, Red = not achieved).
 */
export function maidstoneDistrictKpis(withPolarity: boolean): RealLayout {
  const good = (word: string): LayoutCell[] => (withPolarity ? [word] : []);
  const header = [
    "Performance Indicator",
    ...(withPolarity ? ["Good is"] : []),
    "Q2 2020/21",
    "Q3 2020/21",
    "Q2 2021/22",
    "Target 2021/22",
    "Status Q2 2021/22",
    "Short Trend (Last Quarter)",
    "Long Trend (Last Year)",
  ];
  return {
    id: withPolarity ? "maidstone-district-kpis-with-polarity" : "maidstone-district-kpis",
    source: "Maidstone Borough Council, SPI Quarter 2 Performance Report 2021/22",
    sheet: "SPI Q2",
    titleRows: ["Strategic Planning and Infrastructure Committee – Quarter 2 Performance 2021/22"],
    header,
    rows: [
      "Embracing Growth & Enabling Infrastructure",
      [
        "Percentage of priority 1 enforcement cases dealt with in time",
        ...good("H"),
        pct(1),
        pct2(0.6667),
        pct(1),
        pct(0.95),
        "Green",
        "↑",
        "→",
      ],
      [
        "Percentage of Priority 2 enforcement cases dealt with in time",
        ...good("H"),
        pct2(0.9484),
        pct2(0.8655),
        pct2(0.8742),
        pct(0.9),
        "Amber",
        "↑",
        "↓",
      ],
      [
        "Number of enforcement complaints received",
        ...good("Info"),
        155,
        122,
        162,
        "-",
        "Data Only",
        "↑",
        "↑",
      ],
      [
        "Processing of planning applications: Major applications (NI 157a)",
        ...good("H"),
        pct2(0.875),
        pct2(0.9231),
        pct2(0.8889),
        pct2(0.9),
        "Amber",
        "↓",
        "↑",
      ],
      [
        "Processing of planning applications: Minor applications (NI 157b)",
        ...good("H"),
        pct2(0.9681),
        pct2(0.9697),
        pct2(0.9664),
        pct2(0.95),
        "Green",
        "↓",
        "↓",
      ],
      [
        "Processing of planning applications: Other applications (NI 157c)",
        ...good("H"),
        null,
        pct2(0.9924),
        pct2(0.9944),
        pct2(0.98),
        "Green",
        "↑",
        "",
      ],
      [
        "Number of affordable homes delivered (Gross)",
        ...good("H"),
        70,
        126,
        117,
        50,
        "Green",
        "↓",
        "↑",
      ],
      [
        "Affordable homes as a percentage of all new homes",
        ...good("H"),
        null,
        null,
        "Annual KPI",
        null,
        "",
        "",
        "",
      ],
      [
        "Net additional homes provided (NI 154)",
        ...good("H"),
        null,
        null,
        "Annual KPI",
        null,
        "",
        "",
        "",
      ],
      null,
      [
        "Note 1",
        ...good(""),
        "Open planning enforcement cases are reported monthly in a separate table.",
      ],
    ],
  };
}

/**
 * Unitary (metropolitan) council: Rotherham MBC, Council Plan theme "Every child able to fulfil
 * their potential" – performance measures: Ref, Key performance indicators, Good is, Target 2022/23
 * are theirs word for word. The page publishes targets, not outturns: the quarterly figures here are
 * ILLUSTRATIVE, chosen to land on each side of each target.
 */
export function rotherhamCouncilPlan(): RealLayout {
  return {
    id: "rotherham-council-plan",
    source: "Rotherham MBC, Council Plan theme – Every child able to fulfil their potential",
    sheet: "Every child",
    titleRows: ["Council Plan 2022-25 – Every child able to fulfil their potential"],
    header: [
      "Ref",
      "Key performance indicators",
      "Good is",
      "Target 2022/23",
      "Q1 2022/23",
      "Q2 2022/23",
    ],
    rows: [
      [
        "CH01",
        "Percentage of eligible children accessing their 2-2.5yr health visitor checks",
        "High",
        pct(0.93),
        pct(0.94, "0.0%"),
        pct(0.951, "0.0%"),
      ],
      [
        "CH02",
        "Number of Children in Need (rate per 10K population 0-17 as per DfE population)",
        "Low",
        one(375.5),
        one(371.4),
        one(380.2),
      ],
      [
        "CH03",
        "The number of children with a Child Protection plan (rate per 10K population 0-17)",
        "Low",
        "Fewer than 85",
        one(82.1),
        one(79.3),
      ],
      [
        "CH04",
        "The number of Looked After Children (rate per 10k population 0-17)",
        "Low",
        one(95.2),
        one(96.1),
        one(97),
      ],
      [
        "CH05",
        "Open Early Help cases at the end of the reporting period",
        "Measure for information",
        "No target",
        1650,
        1712,
      ],
      [
        "CH06",
        "Proportion of social care re-referrals in 12 months - in current month",
        "Low",
        "Less than 22%",
        pct(0.201, "0.0%"),
        pct(0.244, "0.0%"),
      ],
      [
        "CH07",
        "Number of children and young people who are currently assessed as having a medium to high risk of CSE (CSE cohort)",
        "Measure for information",
        "No target",
        41,
        38,
      ],
      [
        "CH08",
        "Proportion of two-year olds taking up an early education place",
        "High",
        pct2(0.8),
        pct(0.795, "0.0%"),
        pct(0.812, "0.0%"),
      ],
      [
        "CH09",
        "Proportion of pupils passing the phonics screening check in year 1",
        "High",
        "Above Stat Neighbour Average",
        null,
        pct(0.76),
      ],
      [
        "CH10",
        "Number of children with Education, Health and Care Plan",
        "Measure for information",
        "No target",
        2390,
        2431,
      ],
      [
        "CH11",
        "Number of universal youth work sessions delivered",
        "High",
        "Additional 800",
        310,
        402,
      ],
    ],
  };
}

/**
 * Children and young people scrutiny: Darlington Borough Council, Children and Young People
 * Scrutiny Committee, "Performance Indicators" Q3 2020/21, Q3 2021/22 and Q1 2022/23 (minutes).
 * The council's own word for a lower-is-better target is "threshold". Good is, DoT arrows and RAG
 * words are written in the form the trial workbooks used (H/L, arrows, Green/Amber/Red).
 */
export function darlingtonScrutiny(): RealLayout {
  const p = (n: number): Formatted => ({ v: n, fmt: "0.0" });
  return {
    id: "darlington-cyp-scrutiny",
    source: "Darlington BC, Children and Young People Scrutiny Committee, Performance Indicators",
    sheet: "CYP scrutiny",
    titleRows: [
      "Children and Young People Scrutiny Committee",
      "Performance indicators to Quarter 1 2022/23",
    ],
    header: [
      "Indicator",
      "Good is",
      "Threshold",
      "Q3 2020/21",
      "Q1 2021/22",
      "Q3 2021/22",
      "Q1 2022/23",
      "Direction",
      "RAG",
    ],
    rows: [
      "Early help and referrals",
      [
        "Referrals screened and completed within one day (%)",
        "H",
        null,
        null,
        null,
        null,
        p(79.6),
        "↑",
        "",
      ],
      [
        "Referrals taking over three working days to complete (%)",
        "L",
        5,
        null,
        p(5.6),
        null,
        p(1.9),
        "↑",
        "Green",
      ],
      [
        "Re-referrals to children's social care within 12 months (%)",
        "L",
        18,
        null,
        null,
        p(10.8),
        p(16.1),
        "↓",
        "Green",
      ],
      "Child protection",
      [
        "Children with a child protection plan allocated a social worker (%)",
        "H",
        null,
        100,
        100,
        100,
        100,
        "→",
        "",
      ],
      [
        "Children ceasing a child protection plan after two or more years (%)",
        "L",
        5,
        null,
        null,
        0,
        0,
        "→",
        "Green",
      ],
      "Children in care",
      ["Children in care (number, excluding UASC)", "Info", null, 284, 264, 271, 273, "↓", ""],
      [
        "Children in care reviews completed within timescale (%)",
        "H",
        null,
        null,
        null,
        p(98.4),
        p(98.8),
        "↑",
        "",
      ],
      [
        "Statutory children in care visits within timescale (%)",
        "H",
        90,
        p(93.4),
        null,
        p(89.8),
        null,
        "",
        "Amber",
      ],
      null,
      [
        "Note 1",
        "",
        "Children in care exclude unaccompanied asylum-seeking children (7 at June 2022).",
      ],
      ["Source", "", "Darlington BC Children and Young People Scrutiny Committee minutes."],
    ],
  };
}

/**
 * County-style scorecard conventions (Bigger/Smaller is better, benchmarks headed with a region
 * name and a year) holding Darlington BC's Q3 2020/21 children's figures and the Q3 2019/20
 * figure it was compared with; its benchmarks as the council quoted them.
 */
export function scorecardWithRegions(): RealLayout {
  const p = (n: number, fmt = "0.0"): Formatted => ({ v: n, fmt });
  return {
    id: "scorecard-regions",
    source:
      "Darlington BC, Children and Young People Scrutiny Committee, Performance Indicators Q3 2020/21",
    sheet: "Scorecard",
    titleRows: ["Children's services scorecard – Quarter 3 2020/21"],
    header: [
      "Measure",
      "Polarity",
      "Target",
      "Q3 2019/20",
      "Q3 2020/21",
      "Statistical neighbours",
      "North East 2020",
      "England 2020",
      "DoT",
    ],
    rows: [
      [
        "Children in care with three or more placements in the last 12 months (%)",
        "Smaller is better",
        p(10, "0"),
        p(10.7),
        p(6.7),
        p(9.9),
        p(10, "0"),
        p(10, "0"),
        "↓",
      ],
      [
        "Initial child protection conferences within 15 working days (%)",
        "Bigger is better",
        null,
        null,
        p(92.5),
        null,
        null,
        null,
        "",
      ],
      [
        "Child protection statutory visits within 10 working days (%)",
        "Bigger is better",
        null,
        null,
        p(85.8),
        null,
        null,
        null,
        "",
      ],
      [
        "Children in care statutory visits within timescale (%)",
        "Bigger is better",
        p(90, "0"),
        p(88.2),
        p(93.4),
        null,
        null,
        null,
        "↑",
      ],
    ],
  };
}

/**
 * Benchmarks with region names and a comparator group the product does not read: Leeds
 * Safeguarding Children Partnership, annual report "What do we know – Data" (child protection
 * plans at March 2023 and March 2024, with the 2023 comparators it quotes).
 */
export function leedsBenchmarks(): RealLayout {
  const r = (n: number): Formatted => ({ v: n, fmt: "0.0" });
  return {
    id: "leeds-benchmarks",
    source: "Leeds Safeguarding Children Partnership, What do we know – Data",
    sheet: "Child protection",
    titleRows: [],
    header: [
      "Measure",
      "Polarity",
      "Q4 2022/23",
      "Q4 2023/24",
      "England 2023",
      "Statistical neighbours 2023",
      "Yorkshire and The Humber 2023",
      "Core cities 2023",
    ],
    rows: [
      [
        "Children with a child protection plan (rate per 10,000 aged 0-18)",
        "Info",
        r(35.2),
        r(39.6),
        r(43.2),
        r(51.3),
        r(50.8),
        r(47.7),
      ],
      ["Children with a child protection plan (number)", "Info", 601, 690, null, null, null, null],
    ],
  };
}

export const REAL_LAYOUTS: RealLayout[] = [
  maidstoneDistrictKpis(false),
  maidstoneDistrictKpis(true),
  rotherhamCouncilPlan(),
  darlingtonScrutiny(),
  scorecardWithRegions(),
  leedsBenchmarks(),
];

function isFormatted(cell: LayoutCell): cell is Formatted {
  return typeof cell === "object" && cell !== null && "fmt" in cell && "v" in cell;
}

/** Writes the layout to a new workbook file; returns the 1-based header row. */
export async function writeLayout(layout: RealLayout, path: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(layout.sheet);
  let row = 1;
  for (const title of layout.titleRows) sheet.getCell(row++, 1).value = title;
  if (layout.titleRows.length > 0) row++;
  const headerRow = row;
  layout.header.forEach((text, i) => (sheet.getCell(headerRow, i + 1).value = text));
  for (const spec of layout.rows) {
    row++;
    if (spec === null) continue;
    if (typeof spec === "string") {
      sheet.getCell(row, 1).value = spec;
      continue;
    }
    spec.forEach((cell, i) => {
      const target = sheet.getCell(row, i + 1);
      if (isFormatted(cell)) {
        target.value = cell.v;
        target.numFmt = cell.fmt;
      } else if (cell !== null && cell !== "") {
        target.value = cell;
      }
    });
  }
  await workbook.xlsx.writeFile(path);
  return headerRow;
}
