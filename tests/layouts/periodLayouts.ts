/**
 * Issue 12: workbooks in the period layouts councils publish (months, calendar-quarter labels,
 * `Quarter N` with the year in the title, years, targets by period, year-to-date measures), rebuilt
 * from real reports (sources in docs/layouts.md). Figures are the councils' own unless a comment
 * says a figure is illustrative. Written with ExcelJS at test time: nothing binary is committed.
 */
import type ExcelJS from "exceljs";

export interface Formatted {
  v: ExcelJS.CellValue;
  fmt: string;
}
export type Cell = ExcelJS.CellValue | Formatted;

export interface PeriodLayout {
  id: string;
  sheet: string;
  titleRows: string[];
  /** One or two header rows. */
  headerRows: Cell[][];
  rows: Cell[][];
}

export const pct = (n: number, fmt = "0.0"): Formatted => ({ v: n, fmt });
export const pct2 = (n: number): Formatted => ({ v: n / 100, fmt: "0.00%" });
/** A month heading as a real date cell shown `mmm-yy`. */
const month = (year: number, m: number): Formatted => ({
  v: new Date(Date.UTC(year, m - 1, 1)),
  fmt: "mmm-yy",
});

/**
 * RMBC-EH: Rotherham Early Help and Family Engagement Monthly Performance Report, March 2017
 * (`Jan-17 Feb-17 Mar-17`), and the CYPS year-end minutes (single assessments within 45 working
 * days: 85.9% in February, 92.9% in March 2017). The 90% target is illustrative: the report's
 * target cells are not in the stored text.
 */
export function rotherhamMonthly(): PeriodLayout {
  return {
    id: "rotherham-early-help-monthly",
    sheet: "Early Help",
    titleRows: [
      "Early Help and Family Engagement Monthly Performance Report",
      "As at month end: March 2017",
    ],
    headerRows: [["No.", "Indicator", "Good perf is", "Target", "Jan-17", "Feb-17", "Mar-17"]],
    rows: [
      [
        "1.1",
        "Early Help contacts during the reporting month (including step downs)",
        "Info",
        null,
        403,
        407,
        392,
      ],
      [
        "2.4",
        "Single assessments completed within 45 working days (%)",
        "High",
        pct(90, "0"),
        null,
        pct(85.9),
        pct(92.9),
      ],
    ],
  };
}

/**
 * RMBC-CYPS June 2017: Rotherham Improving Lives Select Commission minutes, CYPS performance for
 * June 2017 (agency social workers 78 in April, 72 in May, 71 in June; NEET 4.1% against a local
 * target of 4.2%; Early Help contacts screened 341 in May and 288 in June). Two-row header with
 * real date cells; the agency social worker target (70) and tolerance (75) are illustrative.
 */
export function rotherhamMonthlyTwoRow(): PeriodLayout {
  return {
    id: "rotherham-cyps-june-2017",
    sheet: "CYPS monthly",
    titleRows: ["Children and Young People's Services – monthly performance, June 2017"],
    headerRows: [
      [
        "Ref",
        "Indicator",
        "Good perf is",
        "Target 2017/18",
        "Tolerance",
        "Performance (monthly)",
        null,
        null,
      ],
      [null, null, null, null, null, month(2017, 4), month(2017, 5), month(2017, 6)],
    ],
    rows: [
      [
        "EH3",
        "Contacts screened by the Early Help Triage Team (number)",
        "Info",
        null,
        null,
        null,
        341,
        288,
      ],
      ["SW1", "Agency social workers across the service (number)", "Low", 70, 75, 78, 72, 71],
      [
        "ED1",
        "Young people not in education, employment or training (%)",
        "Low",
        pct(4.2),
        null,
        null,
        null,
        pct(4.1),
      ],
    ],
  };
}

/**
 * MBC-KPI: Maidstone Borough Council, KPIs across committees missed by more than 10% — Q4 2021/22,
 * Q1 2022/23 and Q4 2022/23 reports — under calendar-quarter labels, each with the target the
 * council set for that quarter.
 */
export function maidstoneCalendarQuarters(): PeriodLayout {
  return {
    id: "maidstone-calendar-quarters",
    sheet: "KPIs missed",
    titleRows: ["Key performance indicators missed by more than 10%"],
    headerRows: [
      [
        "Performance Indicator",
        "Good is",
        "Jan-Mar 2022",
        "Apr-Jun 2022",
        "Jan-Mar 2023",
        "Target Jan-Mar 2022",
        "Target Apr-Jun 2022",
        "Target Jan-Mar 2023",
      ],
    ],
    rows: [
      [
        "Percentage of successful Relief Duty outcomes",
        "H",
        pct2(37.74),
        pct2(47.12),
        pct2(38.41),
        pct(60, "0"),
        pct(60, "0"),
        pct(60, "0"),
      ],
      ["Footfall in the Town Centre", "H", 2263246, 2417464, 356574, 2840740, 2722375, 468658],
      [
        "Percentage of unemployed people in Maidstone (out-of-work benefits)",
        "L",
        pct(3.6),
        pct(2.9),
        pct(2.8),
        pct(2.2),
        pct(1.6),
        pct(2.2),
      ],
      ["Number of youths unemployed (18-24)", "L", 655, 543, 563, 373, 373, 373],
    ],
  };
}

/**
 * MBC-CS: Maidstone Corporate Services, Q2 and Q3 2023/24 (profiled quarterly targets, the year
 * only in the title: `Q2 target`, `Q3 target`).
 */
export function maidstoneProfiled(): PeriodLayout {
  return {
    id: "maidstone-profiled-2023-24",
    sheet: "Corporate Services",
    titleRows: ["Corporate Services Q3 Performance 2023/24"],
    headerRows: [
      [
        "Performance Indicator",
        "Good is",
        "Basis",
        "Q2 2023/24",
        "Q3 2023/24",
        "Q2 target",
        "Q3 target",
      ],
    ],
    rows: [
      [
        "Maidstone: Percentage of Non-domestic rates collected",
        "H",
        "Year to date",
        pct2(59.26),
        pct2(82.86),
        pct2(56.52),
        pct2(81.03),
      ],
      [
        "Maidstone: Percentage of Council Tax collected",
        "H",
        "Year to date",
        pct2(54.81),
        pct2(81.5),
        pct2(54.93),
        pct2(82.42),
      ],
    ],
  };
}

/**
 * DBC: Darlington, Children and Young People Scrutiny Committee, Quarter 1 and Quarter 3 2021/22,
 * headed `Quarter 1`, `Quarter 3` with the year only in the title.
 */
export function darlingtonYearless(): PeriodLayout {
  return {
    id: "darlington-yearless-quarters",
    sheet: "CYP",
    titleRows: ["Children and Young People Scrutiny Committee", "Performance indicators 2021/22"],
    headerRows: [["Indicator", "Good is", "Threshold", "Quarter 1", "Quarter 3"]],
    rows: [
      ["Referrals taking over three working days to complete (%)", "L", 5, pct(5.6), null],
      ["Re-referrals to children's social care within 12 months (%)", "L", 18, null, pct(10.8)],
      ["Children with a child protection plan allocated a social worker (%)", "H", null, 100, 100],
      ["Children in care (number, excluding UASC)", "Info", null, 264, 271],
      ["Statutory children in care visits within timescale (%)", "H", 90, null, pct(89.8)],
    ],
  };
}
