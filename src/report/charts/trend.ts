/**
 * The trend picture of one indicator: its values over the last periods up to the classified one on
 * a value axis with round ticks, the target line and the tolerance band labelled directly, every
 * period named below the plot, and the classified period marked. Higher values are drawn higher
 * whatever the polarity; the alt text says which way is better and what the trend is, in words.
 */
import { formatFixed, formatSourced, shownComparison } from "../../engine/commentary/numberText";
import { PALETTES } from "../../engine/palette";
import type { PaletteName } from "../../engine/plan-types";
import type { Polarity, RunResult, SourcedNumber, Status } from "../../engine/types";
import { STATUS_LABEL } from "../../engine/types";
import { INK, LABEL_SIZE, px, textWidth, type Drawing, type Shape } from "./drawing";
import { isPlaceable, niceAxis, type Axis } from "./scale";

/** Two years of quarters: enough for "the last seven quarters" and the same quarter last year. */
export const TREND_PERIODS = 8;

export const TREND_SIZE = { width: 520, height: 180 } as const;
/** Room right of the plot for the target and tolerance labels. */
const SIDE_LABELS = 100;

/** The picture's box and the plot inside it: tick labels to its left, target labels to its right, periods below. */
export interface TrendFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The frame of a picture `width` wide (the report's is 520; the narrow task pane asks for less). */
export function trendFrame(width: number = TREND_SIZE.width): TrendFrame {
  const { height } = TREND_SIZE;
  return { width, height, left: 52, right: width - SIDE_LABELS, top: 22, bottom: height - 40 };
}

export const TREND_PLOT: TrendFrame = trendFrame();

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

function isPercent(input: TrendInput): boolean {
  return input.periods.some((p) => p.value?.percent) || input.target?.percent === true;
}

/** A figure in words for a note: its cell's text when it can be placed, else its magnitude. */
function figureText(value: SourcedNumber): string {
  if (!Number.isFinite(value.value)) return "not a number";
  return isPlaceable(value.value) ? formatSourced(value) : value.value.toExponential(2);
}

/** The figures the scale is built from, and the ones left out of it (with where they were). */
export function placedFigures(input: TrendInput): {
  figures: number[];
  leftOut: string[];
  targetPlaced: boolean;
  thresholdPlaced: boolean;
} {
  const figures: number[] = [];
  const leftOut: string[] = [];
  for (const p of input.periods) {
    if (!p.value) continue;
    if (isPlaceable(p.value.value)) figures.push(p.value.value);
    else leftOut.push(`${p.label} (${figureText(p.value)})`);
  }
  const targetPlaced = input.target !== null && isPlaceable(input.target.value);
  if (input.target && !targetPlaced) leftOut.push(`the target (${figureText(input.target)})`);
  if (targetPlaced) figures.push((input.target as SourcedNumber).value);
  const thresholdPlaced = targetPlaced && input.threshold !== null && isPlaceable(input.threshold);
  if (thresholdPlaced) figures.push(input.threshold as number);
  else if (targetPlaced && input.threshold !== null) leftOut.push("the tolerance");
  return { figures, leftOut, targetPlaced, thresholdPlaced };
}

/** The value axis: 3–5 round ticks over the placeable figures, or null when there are none. */
export function trendAxis(input: TrendInput): Axis | null {
  const { figures } = placedFigures(input);
  if (figures.length === 0) return null;
  let min = figures[0];
  let max = figures[0];
  for (const f of figures) {
    if (f < min) min = f;
    if (f > max) max = f;
  }
  return niceAxis(min, max, { floor: 0, ceiling: isPercent(input) ? 100 : undefined });
}

export function trendX(input: TrendInput, position: number, frame = TREND_PLOT): number {
  const { left, right } = frame;
  const slot = (right - left) / Math.max(1, input.periods.length);
  return left + slot * (position + 0.5);
}

export function trendY(axis: Axis, value: number, frame = TREND_PLOT): number {
  const { top, bottom } = frame;
  return top + ((bottom - top) * (axis.high - value)) / (axis.high - axis.low);
}

function thresholdText(input: TrendInput): string {
  if (input.threshold === null || !input.target || !isPlaceable(input.threshold)) return "";
  return formatFixed(input.threshold, input.target.decimals, input.target.percent);
}

/** "rose from 78% in Q3 2016/17 to 91% in Q2 2018/19, the highest shown": the trend in words. */
function movementWords(input: TrendInput): string | null {
  const shown = input.periods
    .slice(0, input.classified + 1)
    .filter(
      (p): p is { label: string; value: SourcedNumber } =>
        p.value !== null && isPlaceable(p.value.value)
    );
  if (shown.length === 0) return null;
  const last = shown[shown.length - 1];
  if (shown.length === 1) return `one figure only, ${formatSourced(last.value)} in ${last.label}`;
  const first = shown[0];
  const change = shownComparison(last.value, first.value);
  const from = `${formatSourced(first.value)} in ${first.label}`;
  const to = `${formatSourced(last.value)} in ${last.label}`;
  let words =
    change > 0
      ? `rose from ${from} to ${to}`
      : change < 0
        ? `fell from ${from} to ${to}`
        : `was ${formatSourced(last.value)} in both ${first.label} and ${last.label}`;
  const others = shown.slice(0, -1);
  if (others.every((p) => shownComparison(last.value, p.value) > 0))
    words += `, the highest of the ${shown.length} figures shown`;
  else if (others.every((p) => shownComparison(last.value, p.value) < 0))
    words += `, the lowest of the ${shown.length} figures shown`;
  return words;
}

/** The text alternative: the trend in words first, then the status, target, and every figure. */
export function trendDescription(input: TrendInput): string {
  const shown = input.periods.slice(0, input.classified + 1);
  const movement = movementWords(input);
  const parts = [
    movement
      ? `Trend of ${input.label}: ${movement}.`
      : `Trend of ${input.label}: no figures to draw.`,
  ];
  const classified = input.periods[input.classified];
  if (classified) parts.push(`${classified.label}: ${STATUS_LABEL[input.status].toLowerCase()}.`);
  if (input.target && isPlaceable(input.target.value)) {
    const tolerance = thresholdText(input);
    parts.push(
      `Target ${formatSourced(input.target)}${tolerance ? `, tolerance to ${tolerance}` : ""}.`
    );
  } else if (!input.target) parts.push("No target.");
  if (input.polarity) parts.push(`${input.polarity === "higher" ? "Higher" : "Lower"} is better.`);
  const { leftOut } = placedFigures(input);
  if (leftOut.length > 0)
    parts.push(`Left out of the scale, check the cell: ${leftOut.join(", ")}.`);
  if (shown.length > 0)
    parts.push(
      `Figures: ${shown
        .map((p) => `${p.label} ${p.value ? figureText(p.value) : "no value"}`)
        .join(", ")}.`
    );
  return parts.join(" ");
}

function axisShapes(input: TrendInput, axis: Axis, frame: TrendFrame): Shape[] {
  const { left, right } = frame;
  const percent = isPercent(input);
  return axis.ticks.flatMap((tick): Shape[] => {
    const y = px(trendY(axis, tick, frame));
    return [
      {
        kind: "line",
        role: "grid",
        points: [
          [left, y],
          [right, y],
        ],
        stroke: INK.grid,
        strokeWidth: 1,
      },
      {
        kind: "text",
        role: "tick",
        x: left - 6,
        y: px(y + 4),
        text: formatFixed(tick, axis.decimals, percent),
        anchor: "end",
        size: LABEL_SIZE,
        fill: INK.muted,
      },
    ];
  });
}

/** Labels at the right of the plot, moved apart when they would overlap. */
function sideLabels(
  labels: { y: number; text: string; fill: string; bold?: boolean }[],
  frame: TrendFrame
): Shape[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  const gap = LABEL_SIZE + 2;
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i].y - sorted[i - 1].y < gap) sorted[i] = { ...sorted[i], y: sorted[i - 1].y + gap };
  return sorted.map((label) => ({
    kind: "text",
    role: "label",
    x: frame.right + 6,
    y: px(label.y + 4),
    text: label.text,
    anchor: "start",
    size: LABEL_SIZE,
    fill: label.fill,
    bold: label.bold,
  }));
}

/** Band, target line, and their labels (only when the indicator has a placeable target). */
function targetShapes(input: TrendInput, axis: Axis, frame: TrendFrame): Shape[] {
  const placed = placedFigures(input);
  if (!input.target || !placed.targetPlaced) return [];
  const { left, right } = frame;
  const targetY = px(trendY(axis, input.target.value, frame));
  const shapes: Shape[] = [];
  const labels: { y: number; text: string; fill: string; bold: boolean }[] = [
    { y: targetY, text: `Target ${formatSourced(input.target)}`, fill: INK.target, bold: true },
  ];
  if (placed.thresholdPlaced && input.threshold !== null) {
    const thresholdY = px(trendY(axis, input.threshold, frame));
    shapes.push(
      {
        kind: "rect",
        role: "band",
        x: left,
        y: Math.min(targetY, thresholdY),
        width: right - left,
        height: px(Math.abs(thresholdY - targetY)),
        fill: INK.band,
      },
      {
        kind: "line",
        role: "band",
        points: [
          [left, thresholdY],
          [right, thresholdY],
        ],
        stroke: INK.bandEdge,
        strokeWidth: 1,
      }
    );
    labels.push({
      y: thresholdY,
      text: `Tolerance to ${thresholdText(input)}`,
      fill: INK.muted,
      bold: false,
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
  return [...shapes, ...sideLabels(labels, frame)];
}

function seriesShapes(input: TrendInput, axis: Axis, frame: TrendFrame): Shape[] {
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
    if (!p.value || !isPlaceable(p.value.value)) return flush();
    run.push([px(trendX(input, i, frame)), px(trendY(axis, p.value.value, frame))]);
  });
  flush();
  input.periods.forEach((p, i) => {
    if (!p.value || !isPlaceable(p.value.value) || i === input.classified) return;
    const point = {
      cx: px(trendX(input, i, frame)),
      cy: px(trendY(axis, p.value.value, frame)),
    };
    shapes.push({ kind: "circle", role: "point", ...point, r: 3, fill: INK.series });
  });
  return shapes;
}

function classifiedShapes(input: TrendInput, axis: Axis, frame: TrendFrame): Shape[] {
  const period = input.periods[input.classified];
  if (!period?.value || !isPlaceable(period.value.value)) return [];
  const x = px(trendX(input, input.classified, frame));
  const y = px(trendY(axis, period.value.value, frame));
  const fill = PALETTES[input.palette ?? "default"][input.status];
  const text = formatSourced(period.value);
  const width = textWidth(text, LABEL_SIZE, true);
  // Above the point unless that leaves the plot; a white patch keeps it readable over the line.
  const valueY = y - 10 < frame.top + 4 ? y + 18 : y - 9;
  return [
    {
      kind: "rect",
      role: "label",
      x: px(x - 9 - width - 2),
      y: px(valueY - 10),
      width: px(width + 4),
      height: 13,
      fill: "#FFFFFF",
    },
    {
      kind: "text",
      role: "label",
      x: x - 9,
      y: px(valueY),
      text,
      anchor: "end",
      size: LABEL_SIZE,
      fill: INK.text,
      bold: true,
    },
    { kind: "circle", role: "classified", cx: x, cy: y, r: 5.5, fill, stroke: INK.outline },
  ];
}

/** "Q2 2018/19" → ["Q2", "2018/19"]; "Mar 2017" → ["Mar", "2017"]; "2018/19" → ["2018/19"]. */
export function periodLines(label: string): [string, string] {
  const at = label.lastIndexOf(" ");
  return at < 0 ? [label, ""] : [label.slice(0, at), label.slice(at + 1)];
}

/** Every period named under its point; the year only where it changes, as a grouped axis does. */
function periodShapes(input: TrendInput, frame: TrendFrame): Shape[] {
  const { bottom } = frame;
  const shapes: Shape[] = [];
  let lastYear = "";
  input.periods.forEach((p, i) => {
    const x = px(trendX(input, i, frame));
    const [first, year] = periodLines(p.label);
    const bold = i === input.classified;
    shapes.push({
      kind: "text",
      role: "axis",
      x,
      y: bottom + 15,
      text: first,
      anchor: "middle",
      size: LABEL_SIZE,
      fill: bold ? INK.text : INK.muted,
      bold,
    });
    if (year !== "" && year !== lastYear)
      shapes.push({
        kind: "text",
        role: "axis",
        x,
        y: bottom + 29,
        text: year,
        anchor: "middle",
        size: LABEL_SIZE,
        fill: INK.muted,
      });
    lastYear = year;
  });
  return shapes;
}

export function trendDrawing(input: TrendInput, width: number = TREND_SIZE.width): Drawing {
  const frame = trendFrame(width);
  const { height, left, right, top, bottom } = frame;
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
  const axis = trendAxis(input);
  if (axis) {
    // Band under the grid, grid under the target line: the target is never hidden by a grid line.
    const target = targetShapes(input, axis, frame);
    shapes.push(
      ...target.filter((shape) => shape.role === "band"),
      ...axisShapes(input, axis, frame),
      ...target.filter((shape) => shape.role !== "band")
    );
    if (input.periods[input.classified]) {
      const x = px(trendX(input, input.classified, frame));
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
    shapes.push(...seriesShapes(input, axis, frame), ...classifiedShapes(input, axis, frame));
  }
  shapes.push(
    {
      kind: "line",
      role: "axis",
      points: [
        [left, bottom],
        [right, bottom],
      ],
      stroke: INK.outline,
      strokeWidth: 1,
    },
    ...periodShapes(input, frame)
  );
  const { leftOut } = placedFigures(input);
  const note = !axis
    ? "No figures to draw."
    : leftOut.length > 0
      ? `Not drawn, off any sensible scale: ${leftOut.join(", ")}.`
      : "";
  if (note)
    shapes.push({
      kind: "text",
      role: "note",
      x: left,
      y: 13,
      text: note,
      anchor: "start",
      size: LABEL_SIZE,
      fill: INK.text,
    });
  return {
    width,
    height,
    title: `Trend: ${input.label}`,
    description: trendDescription(input),
    shapes,
  };
}
