/**
 * The summary picture: for each service area a horizontal bar of its contract indicators, one
 * segment per status (the seed's paragraph 18 table, drawn). Each segment carries its count; the
 * legend names the colours, so colour is never the only carrier.
 */
import { PALETTES } from "../../engine/palette";
import type { PaletteName } from "../../engine/plan-types";
import type { Status, Summary } from "../../engine/types";
import { STATUS_LABEL } from "../../engine/types";
import { INK, px, type Drawing, type Shape } from "./drawing";

export const SUMMARY_CHART = {
  width: 480,
  labelWidth: 150,
  barLeft: 156,
  barRight: 470,
  top: 8,
  rowHeight: 24,
  barHeight: 16,
  legendRowHeight: 18,
} as const;

const LABEL_CHARS = 24;

export function summaryChartStatuses(summary: Summary): Status[] {
  const base: Status[] = ["outsideTolerance", "insideTolerance", "onTarget", "noTarget"];
  return summary.total.notClassified > 0 ? [...base, "notClassified"] : base;
}

function shortLabel(text: string): string {
  return text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…` : text;
}

export function summaryDescription(summary: Summary, period: string): string {
  const statuses = summaryChartStatuses(summary);
  const areaText = summary.areas.map((area) => {
    const parts = statuses
      .filter((s) => area[s] > 0)
      .map((s) => `${area[s]} ${STATUS_LABEL[s].toLowerCase()}`);
    return `${area.area}: ${parts.length > 0 ? parts.join(", ") : "no contract indicators"}.`;
  });
  const total = statuses.map(
    (s) => `${summary.total[s]} ${STATUS_LABEL[s].toLowerCase()} (${summary.percent[s]}%)`
  );
  return [
    `Contract indicators by service area, ${period}, as stacked bars.`,
    ...areaText,
    `In all, ${summary.total.count}: ${total.join(", ")}.`,
  ].join(" ");
}

function legendShapes(statuses: Status[], top: number, palette: PaletteName): Shape[] {
  const shapes: Shape[] = [];
  const columnWidth = SUMMARY_CHART.width / 2;
  statuses.forEach((status, i) => {
    const x = 8 + (i % 2) * columnWidth;
    const y = top + Math.floor(i / 2) * SUMMARY_CHART.legendRowHeight;
    shapes.push(
      {
        kind: "rect",
        role: "legend",
        x,
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
        x: x + 18,
        y: y + 10,
        text: STATUS_LABEL[status],
        anchor: "start",
        size: 11,
        fill: INK.text,
      }
    );
  });
  return shapes;
}

export function summaryDrawing(
  summary: Summary,
  period: string,
  palette: PaletteName = "default"
): Drawing {
  const c = SUMMARY_CHART;
  const statuses = summaryChartStatuses(summary);
  const most = Math.max(1, ...summary.areas.map((a) => statuses.reduce((n, s) => n + a[s], 0)));
  const unit = (c.barRight - c.barLeft) / most;
  const shapes: Shape[] = [];
  summary.areas.forEach((area, row) => {
    const y = c.top + row * c.rowHeight;
    shapes.push({
      kind: "text",
      role: "label",
      x: c.labelWidth,
      y: y + c.barHeight - 4,
      text: shortLabel(area.area),
      anchor: "end",
      size: 11,
      fill: INK.text,
    });
    let x = c.barLeft;
    for (const status of statuses) {
      const count = area[status];
      if (count === 0) continue;
      const width = px(count * unit);
      shapes.push({
        kind: "rect",
        role: "bar",
        x: px(x),
        y,
        width,
        height: c.barHeight,
        fill: PALETTES[palette][status],
        stroke: INK.outline,
        data: { status, count: String(count), area: area.area },
      });
      if (width >= 14)
        shapes.push({
          kind: "text",
          role: "label",
          x: px(x + width / 2),
          y: y + c.barHeight - 4,
          text: String(count),
          anchor: "middle",
          size: 11,
          fill: INK.text,
          bold: true,
        });
      x += count * unit;
    }
  });
  const legendTop = c.top + summary.areas.length * c.rowHeight + 6;
  shapes.push(...legendShapes(statuses, legendTop, palette));
  const height = legendTop + Math.ceil(statuses.length / 2) * c.legendRowHeight + 4;
  return {
    width: c.width,
    height,
    title: `Contract indicators by service area, ${period}`,
    description: summaryDescription(summary, period),
    shapes,
  };
}
