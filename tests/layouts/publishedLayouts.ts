/**
 * Issue 19: six more workbooks rebuilt from real published tables (sources, dates and addresses in
 * docs/layouts.md, "Issue 19's published tables"). Headings are the publishers' own, word for word,
 * including their spelling and line breaks; figures are theirs. Where the stored text of a PDF does
 * not show which line of a two-row heading a word sits on, the comment says how it was placed.
 * Written with ExcelJS at test time: nothing binary is committed.
 */
import type { Cell } from "./periodLayouts";

export interface PublishedLayout {
  id: string;
  /** Short key of the source in docs/layouts.md. */
  source: string;
  sheet: string;
  titleRows: string[];
  /** One or more header rows, top to bottom. */
  headerRows: Cell[][];
  /** Merged ranges inside the header rows, relative: "C1:E1" is header row 1, columns C to E. */
  headerMerges?: string[];
  rows: Cell[][];
}

const pct = (n: number, fmt = "0.0%"): { v: number; fmt: string } => ({ v: n / 100, fmt });
const pct0 = (n: number): { v: number; fmt: string } => pct(n, "0%");

/**
 * HAV-C&L: London Borough of Havering, Children & Learning Overview and Scrutiny Sub-Committee,
 * "Quarter 1 Performance Report 2017/18" (31 August 2017). The period sits ABOVE the role
 * (`2017/18 Q1` over `Target` and over `Performance`); the polarity column is headed `Value` and
 * says "Bigger is better"; the RAG word is printed inside the performance cell under the figure
 * (`60.9%` / `RED`, one cell); the two direction-of-travel columns hold last quarter's and last
 * year's figures. Five of the report's rows (its first page of the table), figures as printed.
 */
export function haveringChildrenQ1(): PublishedLayout {
  return {
    id: "havering-children-learning-q1-2017-18",
    source: "HAV-C&L",
    sheet: "Q1 2017-18",
    titleRows: ["Quarter 1 Performance 2017/18", "Children and Learning O&S Committee"],
    headerRows: [
      [
        null,
        null,
        "2017/18",
        "2017/18 Q1",
        "2017/18 Q1",
        "Short Term DOT against",
        "Long Term DOT against",
      ],
      [
        "Indicator and Description",
        "Value",
        "Annual Target",
        "Target",
        "Performance",
        "2016/17 (Q4)",
        "Q1 2016/17",
      ],
    ],
    rows: [
      [
        "No. of early years education offers extended to disadvantaged 2 year olds",
        "Bigger is better",
        841,
        841,
        "N/A",
        "N/A",
        "N/A",
      ],
      [
        "% of young people leaving care who are in education, employment or training at ages 18-21",
        "Bigger is better",
        pct0(80),
        pct0(80),
        "60.9%\nRED",
        pct(67.2),
        pct(62.3),
      ],
      [
        "% of children who wait less than 14 months between entering care and moving in with their adopting family",
        "Bigger is better",
        pct0(75),
        pct0(75),
        "60%\nRED",
        pct0(47),
        pct0(44),
      ],
      ["Total no. of in-house foster carers", "Bigger is better", 90, 90, "78\nRED", 77, 81],
      [
        "% of looked after children who ceased to be LAC as a result of permanency (adoption and special guardianship)",
        "Bigger is better",
        pct0(16),
        pct0(16),
        "14.8%\nRED",
        pct(14.7),
        pct(16.6),
      ],
    ],
  };
}

/**
 * HCTP: Hertfordshire Children's Trust Partnership, "Children and Young People's Plan, Performance
 * Review 2006/07", Appendix B (Being Healthy). Two-digit years with a role word before them
 * (`Target 06/07`, `Actual 06/07`); an `Outcome` grouping written once per run; `Traffic Light`
 * (colour only in the source: the cells of these rows carry no word); no polarity column.
 */
export function hertfordshireCypp0607(): PublishedLayout {
  return {
    id: "hertfordshire-cypp-review-2006-07",
    source: "HCTP",
    sheet: "Being Healthy",
    titleRows: ["CHILDREN AND YOUNG PEOPLE'S PLAN, PERFORMANCE REVIEW 2006/07", "BEING HEALTHY"],
    headerRows: [
      ["Outcome", "KPI", "Baseline", "Target 06/07", "Actual 06/07", "Traffic Light", "Comments"],
    ],
    rows: [
      [
        "Tackle obesity",
        "Percentage of obese children under 11",
        "4.6 % obese\n(2002)\n15.1% overweight\n(2002)",
        "No target set",
        "N/A",
        "N/A",
        "10,000 Year 6 Herts pupils are due to be measured in Autumn 2007 to allow future measurement of childhood obesity",
      ],
      [
        null,
        "Percentage of children consuming 5 portions of fruit and vegetables per day",
        "98.96% of schools in National Fruit Vegetable Scheme",
        "No target set",
        "381 schools in National Fruit & Vegetable Scheme (percentage to be confirmed)",
        "N/A",
        "Measurement of consumption of fruit and vegetables has not been possible in 2006/07",
      ],
      [
        null,
        "Increase in the percentage of 5 to 16 year olds who spend a minimum of 2 hours each week on Physical Education (PE) and school sport from 25% in 2002 to 87% in 2009",
        pct0(83),
        pct0(80),
        "N/A\n(Autumn 2007)",
        null,
        "Expected outturn of 80% for Autumn 2007 when PESCCL survey is completed",
      ],
      [
        null,
        "Percentage of 5 to 16 year olds who travel to school using sustainable modes of transport, including \u201cactive transport\u201d (cycling, walking)",
        pct(56.5),
        pct0(58),
        pct0(66),
        null,
        "LAA Year 1 target exceeded \u2013 survey to be re-examined in Year 2",
      ],
      [
        "Reduce teenage pregnancy and improve sexual health",
        "Diagnostic rate of new episodes of Sexually Transmitted Infections (Sties) among under 16 year olds and 16 to 19 year olds",
        "371 cases (Chlamydia 2003)\n52 cases (Gonorrhoea 2003)",
        "No target set",
        "N/A",
        "N/A",
        "No original target set \u2013 data has not been updated for 2006/07 monitoring",
      ],
    ],
  };
}

/**
 * BwD: Blackburn with Darwen Borough Council, "Appendix One: Corporate Plan 2018/2019: Performance
 * Report Half-year (April – September 2018)", the Leader's portfolio. The figure and the RAG word
 * share a cell (`711 volunteers supporting council services (GREEN)`); the period is a half year,
 * named only in words (`Half year performance and rating`), with the year in the target heading and
 * the title; the year-end column is still empty.
 */
export function blackburnHalfYear(): PublishedLayout {
  return {
    id: "blackburn-corporate-plan-half-year-2018-19",
    source: "BwD",
    sheet: "Leader",
    titleRows: [
      "Appendix One: Corporate Plan 2018/2019: Performance Report Half-year (April \u2013 September 2018)",
      "The Leaders Portfolio",
    ],
    headerRows: [
      [
        "Performance measures",
        "Good Performance is",
        "Baseline",
        "2018/2019 target",
        "Half year performance and rating (RED) (AMBER) (GREEN)",
        "Year-end performance and rating",
      ],
    ],
    rows: [
      [
        "Delivery of work programme to expand the scope and delivery of Your Call by ensuring all those with ideas are supported. (Your Call)",
        "Delivery",
        "On-going delivery",
        "90 Your Call Clean ups\n150 other Your Call Activity",
        "56 Your Call Clean ups\n509 other Your Call Activity (GREEN)",
        null,
      ],
      [
        "Growth of volunteers supporting council services (Your Call)",
        "Delivery",
        "On-going delivery",
        "Update on progress",
        "711 volunteers supporting council services (GREEN)",
        null,
      ],
      [
        "Delivery of work programme to facilitate and build resilient communities who are more capable of doing things for themselves. (Your Call)",
        "Delivery",
        "On-going delivery",
        "Update on progress",
        "4,192 people attending capacity building activities (GREEN)",
        null,
      ],
    ],
  };
}

/**
 * MCC: Monmouthshire County Council, Children and Young People Select Committee, "Performance
 * Update Quarter 2 Children's services Scorecard" (minutes): four national indicators, the year
 * before and the quarter. The quarter's heading is split over two header rows (`Q2` above
 * `2015/16`); the indicator column has no heading; the ref and the name share a cell.
 */
export function monmouthshireQ2(): PublishedLayout {
  return {
    id: "monmouthshire-childrens-q2-2015-16",
    source: "MCC",
    sheet: "Scorecard",
    titleRows: ["Performance Update Quarter 2 Children's services Scorecard"],
    headerRows: [
      [null, "2014/15", "Q2"],
      [null, null, "2015/16"],
    ],
    headerMerges: ["B1:B2"],
    rows: [
      ["SCC/011b \u2013 Initial assessments where the child is seen alone", pct(57.4), pct(43.2)],
      ["SCC/016 \u2013 Child in need reviews", pct(85.2), pct(59.5)],
      ["SCC/025 \u2013 LAC statutory visits", pct(84.5), pct(80.6)],
      ["SCC/041a \u2013 Reviews of pathway plans", pct0(98), pct0(100)],
    ],
  };
}

/**
 * CCSG: "Appendix 4c Community & Children's Services Group – Performance Management Information"
 * (Housing, Q4 2014/15; a Welsh council: it compares with the all Wales figures). A YEAR GROUP
 * above role columns: `2013/14` over `Actual Performance`, `2014/15` spanning `Target`,
 * `Target Q4` and `Q4 Actual`. The stored text does not keep the merge widths: the 2014/15 group
 * is taken to span the three columns its roles name (Target, Target Q4, Q4 Actual).
 */
export function communityChildrensQ4(): PublishedLayout {
  return {
    id: "community-childrens-services-q4-2014-15",
    source: "CCSG",
    sheet: "Homelessness",
    titleRows: [
      "COMMUNITY & CHILDREN'S SERVICES GROUP - PERFORMANCE MANAGEMENT INFORMATION",
      "HOMELESSNESS AND HOUSING ADVICE",
    ],
    headerRows: [
      [null, null, null, "2013/14", "2014/15", null, null, null, null, null],
      [
        "Health check category",
        "Service Area",
        "Indicator Description",
        "Actual Performance",
        "Target",
        "Target Q4",
        "Q4 Actual",
        "Performance Q4 vs Target Q4",
        "Reasons for Variances/ Performance",
        "2013/14 all Wales comparative data (where applicable)",
      ],
    ],
    headerMerges: ["E1:G1"],
    rows: [
      [
        "Prosperity",
        "Housing Services",
        "% of homeless presentations decided within 33 working days (Local)",
        80.3,
        75.0,
        75.0,
        87.6,
        null,
        "Qtr 4 performance (87.6%) has exceeded 2014/15 target and represents an improvement on the 2013/14 performance level. Performance has also exceeded the 2013/14 all Wales average of 87.5%",
        87.5,
      ],
      [
        "Prosperity",
        "Housing Services",
        "The average number of working days between homeless presentation and discharge of duty for households found to be statutorily homeless (Local)",
        84,
        90,
        90,
        61,
        null,
        "Qtr 4 performance (61 working days) has exceeded the 2014/15 target and represents an improvement on the 2013/14 performance level. Our 2014/15 performance is also in the top quartile of the 2013/14 all Wales data",
        null,
      ],
      [
        "Health",
        "Housing Services",
        "The average number of calendar days taken to deliver a Disabled Facilities Grant (DFG) (Statutory)",
        232,
        270,
        270,
        205,
        null,
        "Qtr 4 performance (205 days) has exceeded the 2014/15 target and represents an improvement on the 2013/14 performance level. 2014/15 performance is better than the 2013/14 all Wales average of 239 calendar days",
        239,
      ],
      [
        "Health",
        "Housing Services",
        "The average number of calendar days taken to deliver a low cost adaptation works in private dwellings where the Disabled Facilities Grant process is not used (Local)",
        71,
        85,
        85,
        53,
        null,
        "Qtr 4 performance (53 calendar days) has exceeded the 2014/15 target and represents an improvement on the 2013/14 performance level.",
        null,
      ],
    ],
  };
}

/**
 * SPQ3: "Appendix 1 – Service performance Q3 2017-18", Strategic and critical service indicators.
 * A DATE-RANGE group heading (`Previous performance (Q3 2016/17 – Q2 2017/18)`) over quarter
 * columns with no year (`Q3 | Q4 | Q1 | Q2`), and `Current performance (2017/18)` over
 * `Q3 actual | Q3 target | Year End target`. The stored text keeps the headings and the first row
 * only: its figures after `0.01%` are cut off, so the row's other figures are ILLUSTRATIVE (marked
 * so in docs/layouts.md), and the two further rows are ILLUSTRATIVE rows in the same form.
 */
export function servicePerformanceQ3(): PublishedLayout {
  return {
    id: "service-performance-q3-2017-18",
    source: "SPQ3",
    sheet: "Service performance",
    titleRows: ["SERVICE PERFORMANCE INDICATORS: QUARTER 3 2017-18"],
    headerRows: [
      [
        null,
        null,
        null,
        null,
        "Previous performance (Q3 2016/17 \u2013 Q2 2017/18)",
        null,
        null,
        null,
        "Current performance (2017/18)",
        null,
        null,
        null,
      ],
      [
        "Service",
        "Performance Indicator",
        "Good Is",
        "DoT",
        "Q3",
        "Q4",
        "Q1",
        "Q2",
        "Q3 actual",
        "Q3 target",
        "Year End target",
        "Benchmark",
      ],
    ],
    headerMerges: ["E1:H1", "I1:K1"],
    rows: [
      [
        "Education & Early Years",
        "Rate of permanent exclusions in primary schools (academic year to date)",
        "\u21e9",
        "\u21e7",
        pct(0.01, "0.00%"),
        pct(0.02, "0.00%"),
        pct(0.02, "0.00%"),
        pct(0, "0.00%"),
        pct(0.01, "0.00%"),
        pct(0.02, "0.00%"),
        pct(0.02, "0.00%"),
        null,
      ],
      [
        "Children's Social Care",
        "Percentage of re-referrals to children's social care within 12 months",
        "\u21e9",
        "\u21e9",
        pct(21.0),
        pct(19.5),
        pct(22.4),
        pct(20.1),
        pct(23.6),
        pct0(22),
        pct0(22),
        null,
      ],
      [
        "Children's Social Care",
        "Percentage of single assessments completed within 45 working days",
        "\u21e7",
        "\u21e7",
        pct(84.2),
        pct(86.0),
        pct(88.3),
        pct(89.9),
        pct(91.2),
        pct0(90),
        pct0(90),
        null,
      ],
    ],
  };
}

export const PUBLISHED_LAYOUTS: PublishedLayout[] = [
  haveringChildrenQ1(),
  hertfordshireCypp0607(),
  blackburnHalfYear(),
  monmouthshireQ2(),
  communityChildrensQ4(),
  servicePerformanceQ3(),
];
