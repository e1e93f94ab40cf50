/**
 * The summary picture: the share of contract indicators in each status, the previous period's bar
 * beside this period's, each segment labelled with its percentage. It shows what the summary table
 * above it cannot: how the mix moved since last period. Without the previous period it would only
 * repeat the table's total row, so then there is no picture (docs/report.md).
 */
import { PALETTES } from "../../engine/palette";
import type { PaletteName } from "../../engine/plan-types";
import type { Status, Summary } from "../../engine/types";
import { STATUS_LABEL } from "../../engine/types";
import { INK, LABEL_SIZE, px, textWidth, type Drawing, type Shape } from "./drawing";

export const SUMMARY_CHART = {
  width: 600,
  labelRight: 128,
  barLeft: 136,
  barRight: 590,
  top: 18,
  barHeight: 26,
  /** Room between bars for a label moved out of a segment too narrow to hold it. */
  rowGap: 20,
  legendRowHeight: 18,
  legendColumns: 3,
} as const;

export interface PeriodSummary {
  period: string;
  summary: Summary;
}

export function summaryChartStatuses(summary: Summary, also?: Summary | null): Status[] {
  const base: Status[] = ["outsideTolerance", "insideTolerance", "onTarget", "noTarget"];
  const notClassified = summary.total.notClassified > 0 || (also?.total.notClassified ?? 0) > 0;
  return notClassified ? [...base, "notClassified"] : base;
}

function countsText(entry: PeriodSummary, statuses: Status[]): string {
  const { total, percent } = entry.summary;
  const parts = statuses.map(
    (s) => `${total[s]} ${STATUS_LABEL[s].toLowerCase()} (${percent[s]}%)`
  );
  return `${entry.period}, ${total.count} contract indicator${total.count === 1 ? "" : "s"}: ${parts.join(", ")}.`;
}

export function summaryDescription(previous: PeriodSummary, current: PeriodSummary): string {
  const statuses = summaryChartStatuses(current.summary, previous.summary);
  const moves = statuses
    .filter((s) => previous.summary.percent[s] !== current.summary.percent[s])
    .map(
      (s) =>
        `${STATUS_LABEL[s].toLowerCase()} from ${previous.summary.percent[s]}% to ${current.summary.percent[s]}%`
    );
  return [
    `Share of contract indicators by status, ${previous.period} beside ${current.period}.`,
    countsText(previous, statuses),
    countsText(current, statuses),
    moves.length > 0 ? `Change: ${moves.join("; ")}.` : "The shares did not change.",
  ].join(" ");
}

/** One period's 100% bar: a segment per status, each with its percentage in it or beside it. */
function barShapes(
  entry: PeriodSummary,
  y: number,
  statuses: Status[],
  palette: PaletteName,
  bold: boolean
): Shape[] {
  const c = SUMMARY_CHART;
  const { total, percent } = entry.summary;
  const shapes: Shape[] = [
    {
      kind: "text",
      role: "label",
      x: c.labelRight,
      y: y + c.barHeight / 2 + 4,
      text: entry.period,
      anchor: "end",
      size: LABEL_SIZE,
      fill: INK.text,
      bold,
    },
  ];
  if (total.count === 0) {
    shapes.push({
      kind: "text",
      role: "note",
      x: c.barLeft,
      y: y + c.barHeight / 2 + 4,
      text: "No contract indicators",
      anchor: "start",
      size: LABEL_SIZE,
      fill: INK.muted,
    });
    return shapes;
  }
  const span = c.barRight - c.barLeft;
  let x = c.barLeft;
  let outsideAt = -Infinity;
  for (const status of statuses) {
    const count = total[status];
    if (count === 0) continue;
    const width = (span * count) / total.count;
    const text = `${percent[status]}%`;
    shapes.push({
      kind: "rect",
      role: "bar",
      x: px(x),
      y,
      width: px(width),
      height: c.barHeight,
      fill: PALETTES[palette][status],
      stroke: INK.outline,
      data: { status, count: String(count), percent: String(percent[status]) },
    });
    const middle = x + width / 2;
    const labelWidth = textWidth(text, LABEL_SIZE, true);
    const fits = labelWidth + 6 <= width;
    // A segment too narrow for its label gets it under the bar, never on top of a neighbour's.
    const under = !fits;
    const labelX = under ? Math.max(middle, outsideAt + labelWidth / 2 + 4) : middle;
    if (under) outsideAt = labelX + labelWidth / 2;
    shapes.push({
      kind: "text",
      role: "label",
      x: px(labelX),
      y: under ? y + c.barHeight + 13 : y + c.barHeight / 2 + 4,
      text,
      anchor: "middle",
      size: LABEL_SIZE,
      fill: INK.text,
      bold: true,
    });
    x += width;
  }
  return shapes;
}

function legendShapes(statuses: Status[], top: number, palette: PaletteName): Shape[] {
  const c = SUMMARY_CHART;
  const columnWidth = (c.barRight - c.barLeft) / c.legendColumns;
  return statuses.flatMap((status, i): Shape[] => {
    const x = c.barLeft + (i % c.legendColumns) * columnWidth;
    const y = top + Math.floor(i / c.legendColumns) * c.legendRowHeight;
    return [
      {
        kind: "rect",
        role: "legend",
        x: px(x),
        y,
        width: 12,
        height: 12,
        fill: PALETTES[palette][status],
        stroke: INK.outline,
        data: { status },
      },
      {
        kind: "text",
        role: "legend",
        x: px(x + 17),
        y: y + 10,
        text: STATUS_LABEL[status],
        anchor: "start",
        size: LABEL_SIZE,
        fill: INK.text,
      },
    ];
  });
}

/**
 * The picture of the previous period beside this one, or null when there is no previous period
 * to compare with (the table already gives this period's shares).
 */
export function summaryDrawing(
  current: PeriodSummary,
  previous: PeriodSummary | null | undefined,
  palette: PaletteName = "default"
): Drawing | null {
  if (!previous) return null;
  const c = SUMMARY_CHART;
  const statuses = summaryChartStatuses(current.summary, previous.summary);
  const shown = statuses.filter(
    (s) => current.summary.total[s] > 0 || previous.summary.total[s] > 0
  );
  const secondTop = c.top + c.barHeight + c.rowGap;
  const legendTop = secondTop + c.barHeight + c.rowGap;
  const shapes: Shape[] = [
    {
      kind: "text",
      role: "label",
      x: c.barLeft,
      y: 11,
      text: "Share of contract indicators by status",
      anchor: "start",
      size: LABEL_SIZE,
      fill: INK.muted,
    },
    ...barShapes(previous, c.top, statuses, palette, false),
    ...barShapes(current, secondTop, statuses, palette, true),
    // The legend names the colours drawn: a status neither period has is not listed.
    ...legendShapes(shown, legendTop, palette),
  ];
  const height = legendTop + Math.ceil(shown.length / c.legendColumns) * c.legendRowHeight + 2;
  return {
    width: c.width,
    height,
    title: `Contract indicators by status, ${previous.period} and ${current.period}`,
    description: summaryDescription(previous, current),
    shapes,
  };
}
