/**
 * A chart as plain data: a few shapes on a canvas of `width` × `height` user units (CSS pixels).
 * The same drawing becomes SVG (pane, report) and PNG (the report's fallback), so the pane and the
 * report show one picture. Pure: no DOM.
 */

/** What a shape stands for; written as `data-role` in the SVG so tests can find it. */
export type ShapeRole =
  | "plot"
  | "band"
  | "target"
  | "marker"
  | "series"
  | "point"
  | "classified"
  | "bar"
  | "legend"
  | "label"
  | "axis"
  | "tick"
  | "grid"
  | "note";

export type Shape =
  | {
      kind: "rect";
      role: ShapeRole;
      x: number;
      y: number;
      width: number;
      height: number;
      fill: string;
      stroke?: string;
      /** Extra attributes for the SVG (e.g. `data-status`), never drawn. */
      data?: Record<string, string>;
    }
  | {
      kind: "line";
      role: ShapeRole;
      points: readonly (readonly [number, number])[];
      stroke: string;
      strokeWidth: number;
      dashed?: boolean;
    }
  | {
      kind: "circle";
      role: ShapeRole;
      cx: number;
      cy: number;
      r: number;
      fill: string;
      stroke?: string;
      data?: Record<string, string>;
    }
  | {
      kind: "text";
      role: ShapeRole;
      x: number;
      y: number;
      text: string;
      anchor: "start" | "middle" | "end";
      size: number;
      fill: string;
      bold?: boolean;
    };

export interface Drawing {
  width: number;
  height: number;
  /** Short name of the picture. */
  title: string;
  /** The text alternative: every figure the picture shows, in words. */
  description: string;
  shapes: Shape[];
}

/** Rounds a coordinate to 2 places so the SVG text is short and stable. */
export function px(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Ink colours, each dark enough for 4.5:1 on white (docs/report.md). The series is a dark blue and
 * the target a near-black dashed line, told apart by lightness and dash as well as hue, so they
 * survive colour-blind vision and greyscale printing; the tolerance band is a pale yellow
 * (Okabe–Ito's yellow, tinted), behind both.
 */
export const INK = {
  text: "#242424",
  muted: "#595959",
  series: "#1F4E79",
  target: "#242424",
  marker: "#BDBDBD",
  band: "#FFF1BF",
  bandEdge: "#B08900",
  grid: "#E0E0E0",
  plot: "#FFFFFF",
  outline: "#424242",
} as const;

/** The font size of labels, in user units (CSS pixels): 11 px is 8.25 pt in the report. */
export const LABEL_SIZE = 11;

/**
 * Width of a label in Arial (Liberation Sans has the same widths), near enough to place labels
 * apart and size patches behind them: average advance per character, by font size and weight.
 */
export function textWidth(text: string, size: number = LABEL_SIZE, bold = false): number {
  let units = 0;
  for (const ch of text) {
    if (/[0-9]/.test(ch)) units += 0.556;
    else if (ch === " " || ch === "." || ch === "," || ch === ":" || ch === "/") units += 0.278;
    else if (ch === "%" || ch === "M" || ch === "W" || ch === "m" || ch === "w") units += 0.889;
    else if (/[A-Z]/.test(ch)) units += 0.667;
    else if (/[fijlrt]/.test(ch)) units += 0.278;
    else units += 0.5;
  }
  return units * size * (bold ? 1.08 : 1);
}
