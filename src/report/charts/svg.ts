/**
 * A drawing as an SVG document. Every piece of workbook text is escaped, so a name such as
 * `<script>` is drawn as those characters. The SVG carries its own title and description. No
 * `NaN` or `Infinity` ever reaches it: the charts leave figures they cannot place out of the scale
 * (scale.ts), and a shape with a coordinate that is not finite is not written at all.
 */
import { xmlSafe } from "../xmlText";
import type { Drawing, Shape } from "./drawing";

export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (ch) =>
    ch === "&"
      ? "&amp;"
      : ch === "<"
        ? "&lt;"
        : ch === ">"
          ? "&gt;"
          : ch === '"'
            ? "&quot;"
            : "&apos;"
  );
}

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join("");
}

function dataAttributes(data: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data ?? {})) out[`data-${key}`] = value;
  return out;
}

/** Every number a shape carries, so a shape that cannot be drawn is left out whole. */
function numbersOf(shape: Shape): number[] {
  switch (shape.kind) {
    case "rect":
      return [shape.x, shape.y, shape.width, shape.height];
    case "circle":
      return [shape.cx, shape.cy, shape.r];
    case "line":
      return [shape.strokeWidth, ...shape.points.flat()];
    case "text":
      return [shape.x, shape.y, shape.size];
  }
}

export function isDrawable(shape: Shape): boolean {
  return numbersOf(shape).every(Number.isFinite);
}

function shapeSvg(shape: Shape): string {
  if (!isDrawable(shape)) return "";
  switch (shape.kind) {
    case "rect":
      return `<rect${attributes({
        "data-role": shape.role,
        ...dataAttributes(shape.data),
        x: shape.x,
        y: shape.y,
        width: shape.width,
        height: shape.height,
        fill: shape.fill,
        stroke: shape.stroke,
      })}/>`;
    case "circle":
      return `<circle${attributes({
        "data-role": shape.role,
        ...dataAttributes(shape.data),
        cx: shape.cx,
        cy: shape.cy,
        r: shape.r,
        fill: shape.fill,
        stroke: shape.stroke,
      })}/>`;
    case "line":
      return `<polyline${attributes({
        "data-role": shape.role,
        points: shape.points.map(([x, y]) => `${x},${y}`).join(" "),
        fill: "none",
        stroke: shape.stroke,
        "stroke-width": shape.strokeWidth,
        "stroke-dasharray": shape.dashed ? "6 4" : undefined,
      })}/>`;
    case "text":
      return `<text${attributes({
        "data-role": shape.role,
        x: shape.x,
        y: shape.y,
        "text-anchor": shape.anchor,
        "font-size": shape.size,
        "font-weight": shape.bold ? "bold" : undefined,
        fill: shape.fill,
      })}>${escapeXml(shape.text)}</text>`;
  }
}

/**
 * The SVG text. `font-family` names Arial first (the report's font, on every Windows and Mac),
 * then Liberation Sans (the same widths; the font the command line draws the PNG with).
 */
export function drawingToSvg(drawing: Drawing): string {
  const { width, height } = drawing;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="Arial, Liberation Sans, Helvetica, sans-serif">`,
    `<title>${escapeXml(drawing.title)}</title>`,
    `<desc>${escapeXml(drawing.description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    ...drawing.shapes.map(shapeSvg),
    "</svg>",
  ].join("");
}
