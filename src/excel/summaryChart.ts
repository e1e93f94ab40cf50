/**
 * The Challenge summary's chart: an Excel stacked-bar chart of the summary table (one bar per
 * service area, one segment per status), made with the Office.js charts API (ExcelApi 1.1;
 * getItemOrNullObject 1.4). Classify queues it with the summary write and Clear with its own
 * write, so the chart adds actions but never a sync of its own (docs/excel-adapter.md). Whether
 * the chart is there is read with the summary sheet in classify's first sync, and in Clear's.
 *
 * Colours: the Okabe–Ito colours of the high-contrast palette (docs/palette.md), strong enough
 * for bars; each bar also carries its counts as data labels and the legend names every status,
 * so the chart never speaks by colour alone.
 */
import { SUMMARY_HEADER_ROW } from "../engine/summarySheet";
import { PALETTES } from "../engine/palette";
import type { RunResult, Status } from "../engine/types";
import { summaryStatuses } from "../engine/summarySheet";
import { columnLetters } from "./addresses";

/** The chart's name on the summary sheet: how a rerun and Clear find it (and only it). */
export const SUMMARY_CHART = "Performance Challenge summary chart";

/** Not classified has no fill in the workbook (white); a bar needs a colour: a dark grey. */
const CHART_COLOURS: Record<Status, string> = {
  ...PALETTES.highContrast,
  notClassified: "#595959",
};

/** A look at our chart on sheet `name`: a null object when the sheet or the chart is missing. */
export function probeSummaryChart(context: Excel.RequestContext, name: string): Excel.Chart {
  const chart = context.workbook.worksheets
    .getItemOrNullObject(name)
    .charts.getItemOrNullObject(SUMMARY_CHART);
  chart.load("name");
  return chart;
}

/** The table's block on the summary sheet: its header row and one row per area (A4:F9). */
export function chartSource(result: RunResult): { address: string; rows: number; cols: number } {
  const statuses = summaryStatuses(result);
  const rows = 1 + result.summary.areas.length;
  const cols = 1 + statuses.length;
  const top = SUMMARY_HEADER_ROW + 1;
  return {
    address: `A${top}:${columnLetters(cols - 1)}${top + rows - 1}`,
    rows,
    cols,
  };
}

/**
 * Queues the chart on the summary sheet: the earlier one deleted (when the first read found it)
 * and a new one made from the table just written, placed to the right of the table.
 */
export function queueSummaryChart(
  sheet: Excel.Worksheet,
  result: RunResult,
  existing: boolean
): void {
  if (existing) sheet.charts.getItem(SUMMARY_CHART).delete();
  const source = chartSource(result);
  const chart = sheet.charts.add("BarStacked", sheet.getRange(source.address).untrack(), "Columns");
  chart.name = SUMMARY_CHART;
  chart.title.text = `Contract measures by service area, ${result.quarter.label}`;
  chart.legend.position = "Bottom";
  chart.dataLabels.showValue = true;
  // Series take their names from the table's header row (the status labels).
  summaryStatuses(result).forEach((status, i) =>
    chart.series.getItemAt(i).format.fill.setSolidColor(CHART_COLOURS[status])
  );
  // To the right of the table (one empty column between), a row of height per area and more.
  const left = columnLetters(source.cols + 1);
  const right = columnLetters(source.cols + 9);
  const bottom = Math.max(20, SUMMARY_HEADER_ROW + 2 * source.rows + 8);
  chart.setPosition(`${left}2`, `${right}${bottom}`);
}
