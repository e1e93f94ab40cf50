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
  | "label";

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

/** Ink colours (text, series, outlines), chosen dark enough for 4.5:1 on white. */
export const INK = {
  text: "#242424",
  muted: "#595959",
  series: "#1F4E79",
  target: "#00664A",
  marker: "#BDBDBD",
  band: "#FFF1BF",
  plot: "#FAFAFA",
  outline: "#424242",
} as const;
