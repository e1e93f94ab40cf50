/**
 * The trend picture of one indicator: its values over the last periods up to the classified one,
 * the target line, the tolerance band between target and threshold, and the classified period
 * marked. Higher values are drawn higher whatever the polarity; the words say which way is better.
 */
import { formatFixed, formatSourced } from "../../engine/commentary/numberText";
import { PALETTES } from "../../engine/palette";
import type { PaletteName } from "../../engine/plan-types";
import type { Polarity, RunResult, SourcedNumber, Status } from "../../engine/types";
import { STATUS_LABEL } from "../../engine/types";
import { INK, px, type Drawing, type Shape } from "./drawing";

/** Two years of quarters: enough for "the last seven quarters" and the same quarter last year. */
export const TREND_PERIODS = 8;

export const TREND_SIZE = { width: 320, height: 120 } as const;
/** The plot area inside the picture (labels sit above and below it). */
export const TREND_PLOT = { left: 10, right: 310, top: 16, bottom: 96 } as const;
/** Share of the figures' range added above and below so no point sits on the edge. */
export const TREND_PADDING = 0.125;
/** Width of one character of an 11-unit bold label, near enough for its background patch. */
const LABEL_CHAR_WIDTH = 6.5;

export interface TrendInput {
  /** "A2 Timeliness of single assessments". */
  label: string;
  /** Chronological; the last one shown is `classified` or earlier. */
  periods: { label: string; value: SourcedNumber | null }[];
  /** Position of the classified period in `periods`. */
  classified: number;
  target: SourcedNumber | null;
  /** Worst value still inside tolerance, in the target's unit. */
  threshold: number | null;
  polarity: Polarity | null;
  status: Status;
  palette?: PaletteName;
}

/** The figures of one indicator of a run, as the trend picture needs them. */
export function trendInputOf(result: RunResult, index: number, palette?: PaletteName): TrendInput {
  const indicator = result.indicators[index];
  const classification = result.classifications[index];
  const end = result.quarters.findIndex((q) => q.label === result.quarter.label);
  const last = end >= 0 ? end : result.quarters.length - 1;
  const first = Math.max(0, last - TREND_PERIODS + 1);
  const periods = indicator.series
    .slice(first, last + 1)
    .map((point) => ({ label: point.quarter.label, value: point.value }));
  return {
    label: `${indicator.ref} ${indicator.name}`.trim(),
    periods,
    classified: last - first,
    target: indicator.type === "contract" ? indicator.target : null,
    threshold: indicator.type === "contract" ? indicator.threshold : null,
    polarity: indicator.polarity,
    status: classification?.status ?? "notClassified",
    palette,
  };
}

/** The value range the plot shows: the figures plus padding, never below 0 or above 100% needlessly. */
export function trendRange(input: TrendInput): { low: number; high: number } | null {
  const figures = input.periods.flatMap((p) => (p.value ? [p.value.value] : []));
  if (input.target) figures.push(input.target.value);
  if (input.threshold !== null) figures.push(input.threshold);
  if (figures.length === 0) return null;
  const min = Math.min(...figures);
  const max = Math.max(...figures);
  const span = max - min || Math.abs(max) || 1;
  let low = min - span * TREND_PADDING;
  let high = max + span * TREND_PADDING;
  if (min >= 0 && low < 0) low = 0;
  const percent = input.periods.some((p) => p.value?.percent) || input.target?.percent === true;
  if (percent && max <= 100 && high > 100) high = 100;
  return { low, high };
}

export function trendX(input: TrendInput, position: number): number {
  const { left, right } = TREND_PLOT;
  const n = input.periods.length;
  return n <= 1 ? (left + right) / 2 : left + ((right - left) * position) / (n - 1);
}

export function trendY(range: { low: number; high: number }, value: number): number {
  const { top, bottom } = TREND_PLOT;
  return top + ((bottom - top) * (range.high - value)) / (range.high - range.low);
}

function thresholdText(input: TrendInput): string {
  if (input.threshold === null || !input.target) return "";
  return formatFixed(input.threshold, input.target.decimals, input.target.percent);
}

/** The text alternative: every figure, the target, the tolerance and which way is better. */
export function trendDescription(input: TrendInput): string {
  const shown = input.periods.slice(0, input.classified + 1);
  const figures = shown
    .map((p) => `${p.label} ${p.value ? formatSourced(p.value) : "no value"}`)
    .join(", ");
  const parts = [`Trend of ${input.label}${shown.length > 0 ? `: ${figures}` : ": no figures"}.`];
  const classified = input.periods[input.classified];
  if (classified)
    parts.push(`${classified.label} is the classified period: ${STATUS_LABEL[input.status]}.`);
  if (input.target) {
    const tolerance = thresholdText(input);
    parts.push(
      `Target ${formatSourced(input.target)}${tolerance ? `; tolerance to ${tolerance}` : ""}.`
    );
  } else parts.push("No target.");
  if (input.polarity) parts.push(`${input.polarity === "higher" ? "Higher" : "Lower"} is better.`);
  return parts.join(" ");
}

function seriesShapes(input: TrendInput, range: { low: number; high: number }): Shape[] {
  const shapes: Shape[] = [];
  let run: [number, number][] = [];
  const flush = (): void => {
    if (run.length > 1)
      shapes.push({
        kind: "line",
        role: "series",
        points: run,
        stroke: INK.series,
        strokeWidth: 2,
      });
    run = [];
  };
  input.periods.forEach((p, i) => {
    if (!p.value) return flush();
    run.push([px(trendX(input, i)), px(trendY(range, p.value.value))]);
  });
  flush();
  input.periods.forEach((p, i) => {
    if (!p.value || i === input.classified) return;
    const point = { cx: px(trendX(input, i)), cy: px(trendY(range, p.value.value)) };
    shapes.push({ kind: "circle", role: "point", ...point, r: 3, fill: INK.series });
  });
  return shapes;
}

function classifiedShapes(input: TrendInput, range: { low: number; high: number }): Shape[] {
  const period = input.periods[input.classified];
  if (!period) return [];
  const x = px(trendX(input, input.classified));
  const shapes: Shape[] = [];
  const labelY = TREND_SIZE.height - 6;
  shapes.push({
    kind: "text",
    role: "label",
    x: input.classified === 0 && input.periods.length > 1 ? TREND_PLOT.left : TREND_PLOT.right,
    y: labelY,
    text: period.label,
    anchor: input.classified === 0 && input.periods.length > 1 ? "start" : "end",
    size: 11,
    fill: INK.text,
    bold: true,
  });
  if (!period.value) return shapes;
  const y = px(trendY(range, period.value.value));
  const fill = PALETTES[input.palette ?? "default"][input.status];
  const text = formatSourced(period.value);
  const valueY = y < TREND_PLOT.top + 14 ? y + 16 : y - 8;
  // A white patch behind the value keeps it readable where the line passes under it.
  const patchWidth = text.length * LABEL_CHAR_WIDTH + 4;
  shapes.push(
    {
      kind: "rect",
      role: "label",
      x: px(x - 11 - patchWidth + 2),
      y: px(valueY - 10),
      width: px(patchWidth),
      height: 13,
      fill: "#FFFFFF",
    },
    {
      kind: "text",
      role: "label",
      x: x - 9,
      y: valueY,
      text,
      anchor: "end",
      size: 11,
      fill: INK.text,
      bold: true,
    },
    { kind: "circle", role: "classified", cx: x, cy: y, r: 5.5, fill, stroke: INK.outline }
  );
  return shapes;
}

/** Band, target line and their label (only when the indicator has a target). */
function targetShapes(input: TrendInput, range: { low: number; high: number }): Shape[] {
  if (!input.target) return [];
  const { left, right } = TREND_PLOT;
  const targetY = px(trendY(range, input.target.value));
  const shapes: Shape[] = [];
  if (input.threshold !== null) {
    const thresholdY = px(trendY(range, input.threshold));
    shapes.push({
      kind: "rect",
      role: "band",
      x: left,
      y: Math.min(targetY, thresholdY),
      width: right - left,
      height: px(Math.abs(thresholdY - targetY)),
      fill: INK.band,
    });
  }
  shapes.push({
    kind: "line",
    role: "target",
    points: [
      [left, targetY],
      [right, targetY],
    ],
    stroke: INK.target,
    strokeWidth: 1.5,
    dashed: true,
  });
  return shapes;
}

export function trendDrawing(input: TrendInput): Drawing {
  const { width, height } = TREND_SIZE;
  const { left, right, top, bottom } = TREND_PLOT;
  const shapes: Shape[] = [
    {
      kind: "rect",
      role: "plot",
      x: left,
      y: top,
      width: right - left,
      height: bottom - top,
      fill: INK.plot,
    },
  ];
  const range = trendRange(input);
  if (range) {
    shapes.push(...targetShapes(input, range));
    if (input.periods[input.classified]) {
      const x = px(trendX(input, input.classified));
      shapes.push({
        kind: "line",
        role: "marker",
        points: [
          [x, top],
          [x, bottom],
        ],
        stroke: INK.marker,
        strokeWidth: 1,
      });
    }
    shapes.push(...seriesShapes(input, range), ...classifiedShapes(input, range));
  }
  if (input.target)
    shapes.push({
      kind: "text",
      role: "label",
      x: left,
      y: 11,
      text: `Target ${formatSourced(input.target)}${thresholdText(input) ? `, tolerance to ${thresholdText(input)}` : ""}`,
      anchor: "start",
      size: 10,
      fill: INK.target,
    });
  if (input.periods.length > 1 && input.classified > 0)
    shapes.push({
      kind: "text",
      role: "label",
      x: left,
      y: height - 6,
      text: input.periods[0].label,
      anchor: "start",
      size: 11,
      fill: INK.muted,
    });
  return {
    width,
    height,
    title: `Trend: ${input.label}`,
    description: trendDescription(input),
    shapes,
  };
}
