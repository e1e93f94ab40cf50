/** The Challenge summary sheet: the seed's table (docs/workbook-output.md) as rows from A1. Pure. */
import type { PlanValue } from "./plan-types";
import type { RunResult, Status, StatusCounts, Summary } from "./types";
import { STATUS_LABEL } from "./types";

export const SUMMARY_SHEET_NAME = "Challenge summary";
/** How our summary's title starts; recognises the sheet as ours on a rerun. */
const SUMMARY_TITLE_START = "Contract measures at the end of ";

/** Columns of the table; Not classified only when some indicator was not classified. */
export function summaryStatuses(result: RunResult): Status[] {
  return tableStatuses(result.summary);
}

/**
 * Written under the table by the command line and the preview, whose writer (ExcelJS) cannot make
 * Excel charts; the add-in draws the chart instead (docs/workbook-output.md).
 */
export const SUMMARY_CHART_NOTE =
  "A stacked-bar chart of this table appears when the quarter is classified in Excel with the add-in (Performance tab); the command line and the preview write the table only.";

/** Row index (0-based) of the table's header row, for styling. */
export const SUMMARY_HEADER_ROW = 3;

/** Statuses the table has columns for: Not classified only when something was not classified. */
export function tableStatuses(summary: Summary): Status[] {
  const base: Status[] = ["outsideTolerance", "insideTolerance", "onTarget", "noTarget"];
  return summary.total.notClassified > 0 ? [...base, "notClassified"] : base;
}

/**
 * The table itself (the seed's paragraph 18): a header row, a row per service area, the total and
 * the percentages. The summary sheet writes it from its fourth row; =PERF.SUMMARY spills it.
 */
export function summaryTable(summary: Summary, statuses: readonly Status[]): PlanValue[][] {
  const pick = (counts: StatusCounts) => statuses.map((s) => counts[s]);
  return [
    ["Service area", ...statuses.map((s) => STATUS_LABEL[s])],
    ...summary.areas.map((area) => [area.area, ...pick(area)]),
    ["Total", ...pick(summary.total)],
    [PERCENT_ROW_LABEL, ...statuses.map((s) => `${summary.percent[s]}%`)],
  ];
}

/** The label of the table's percentage row (after the Total row). */
export const PERCENT_ROW_LABEL = "% of contract measures";

export function summaryRows(result: RunResult): PlanValue[][] {
  const statuses = summaryStatuses(result);
  const { summary } = result;
  const volumetric = result.indicators.filter((i) => i.type === "volumetric").length;
  return [
    [`${SUMMARY_TITLE_START}${result.quarter.label}`],
    [`Sheet ${result.sheet}; tolerance read as a ${toleranceWords(result)}.`],
    [],
    ...summaryTable(summary, statuses),
    [],
    ["Contract measures", summary.total.count],
    ["Volumetric measures (context, not rated)", volumetric],
  ];
}

function toleranceWords(result: RunResult): string {
  switch (result.toleranceMode) {
    case "points":
      return "band in points either side of the target";
    case "percent":
      return "band in per cent of the target";
    default:
      return "threshold (the worst value still inside tolerance)";
  }
}

/** Sensible widths: the area names, then the status headings. */
export function summaryWidths(rows: PlanValue[][]): number[] {
  const areaWidth = Math.max(
    14,
    ...rows.slice(SUMMARY_HEADER_ROW).map((r) => String(r[0] ?? "").length + 2)
  );
  const header = rows[SUMMARY_HEADER_ROW] ?? [];
  return [
    Math.min(areaWidth, 60),
    ...header.slice(1).map((h) => Math.max(12, String(h).length + 2)),
  ];
}

/** True when the rows (from A1) are our Challenge summary, not an analyst's sheet of that name. */
export function isChallengeSummary(rows: readonly (readonly PlanValue[])[]): boolean {
  const title = rows[0]?.[0];
  const header = rows[SUMMARY_HEADER_ROW]?.[0];
  return (
    typeof title === "string" && title.startsWith(SUMMARY_TITLE_START) && header === "Service area"
  );
}
