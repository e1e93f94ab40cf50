/**
 * The trend picture's geometry against the figures, worked out by hand, its words, and its PNG
 * fallback as resvg draws it. The report's picture is 520 × 180: plot x 52–420, y 22–140; four
 * periods share the width in slots of 92, each point in the middle of its slot (x 98, 190, 282,
 * 374). Figures 82..98 with target 90 and threshold 85 get the axis 80, 85, 90, 95, 100, so
 * y(v) = 22 + 118 × (100 − v) / 20.
 */
import fc from "fast-check";
import { resvgRasteriser } from "../../src/cli/svgRaster";
import type { SourcedNumber } from "../../src/engine/types";
import { LARGEST_PLACEABLE, MAX_TICKS, MIN_TICKS, niceAxis } from "../../src/report/charts/scale";
import { drawingToSvg } from "../../src/report/charts/svg";
import { trendDrawing, trendFrame, type TrendInput } from "../../src/report/charts/trend";
import { decodePng } from "./pngDecode";

function pct(value: number): SourcedNumber {
  return { value, cell: "KPIs!A1", decimals: 0, percent: true };
}

const LABELS = ["Q3 2017/18", "Q4 2017/18", "Q1 2018/19", "Q2 2018/19", "Q3 2018/19"];

function input(values: (number | null)[], extra: Partial<TrendInput> = {}): TrendInput {
  return {
    label: "T1 Test measure",
    periods: values.map((v, i) => ({ label: LABELS[i], value: v === null ? null : pct(v) })),
    classified: values.length - 1,
    target: null,
    threshold: null,
    polarity: null,
    status: "noTarget",
    ...extra,
  };
}

interface SvgElement {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

function elements(svg: string, role: string): SvgElement[] {
  return [...svg.matchAll(/<(\w+) ([^>]*?)(?:\/>|>([^<]*)<\/\1>)/g)]
    .map(([, tag, body, text]) => ({
      tag,
      attrs: Object.fromEntries(
        [...body.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v])
      ),
      text: text ?? "",
    }))
    .filter((e) => e.attrs["data-role"] === role);
}

const num = (e: SvgElement, name: string): number => Number(e.attrs[name]);
const y = (v: number): number => Math.round((22 + (118 * (100 - v)) / 20) * 100) / 100;

describe("trend picture, higher is better", () => {
  const drawing = trendDrawing(
    input([82, 86, 90, 98], {
      target: pct(90),
      threshold: 85,
      polarity: "higher",
      status: "onTarget",
    })
  );
  const svg = drawingToSvg(drawing);

  it("has a value axis of 3–5 round ticks with their labels, a grid line at each", () => {
    expect(elements(svg, "tick").map((t) => t.text)).toEqual(["80%", "85%", "90%", "95%", "100%"]);
    const grid = elements(svg, "grid").map((g) => g.attrs.points.split(" ")[0].split(",")[1]);
    expect(grid.map(Number)).toEqual([80, 85, 90, 95, 100].map(y));
  });

  it("draws the points where the figures are", () => {
    expect(elements(svg, "series")[0].attrs.points).toBe(
      `98,${y(82)} 190,${y(86)} 282,${y(90)} 374,${y(98)}`
    );
    const points = elements(svg, "point").map((p) => [num(p, "cx"), num(p, "cy")]);
    expect(points).toEqual([
      [98, y(82)],
      [190, y(86)],
      [282, y(90)],
    ]);
  });

  it("draws the target line at 90 and the band from 90 down to 85, each labelled", () => {
    const target = elements(svg, "target")[0];
    expect(target.attrs.points).toBe(`52,${y(90)} 420,${y(90)}`);
    expect(target.attrs["stroke-dasharray"]).toBe("6 4");
    const band = elements(svg, "band").find((b) => b.tag === "rect")!;
    expect([num(band, "y"), num(band, "height")]).toEqual([
      y(90),
      Math.round((y(85) - y(90)) * 100) / 100,
    ]);
    const labels = elements(svg, "label").map((l) => l.text);
    expect(labels).toContain("Target 90%");
    expect(labels).toContain("Tolerance to 85%");
  });

  it("marks the classified period in its status colour, with its value", () => {
    const marker = elements(svg, "classified")[0];
    expect([num(marker, "cx"), num(marker, "cy"), marker.attrs.fill]).toEqual([
      374,
      y(98),
      "#8ED1B5",
    ]);
    expect(elements(svg, "label").map((l) => l.text)).toContain("98%");
  });

  it("names every period below the plot, the year only where it changes", () => {
    expect(
      elements(svg, "axis")
        .map((a) => a.text)
        .filter(Boolean)
    ).toEqual(["Q3", "2017/18", "Q4", "Q1", "2018/19", "Q2"]);
  });

  it("says the trend in words in its alt text, then every figure", () => {
    expect(drawing.description).toBe(
      "Trend of T1 Test measure: rose from 82% in Q3 2017/18 to 98% in Q2 2018/19, the highest of the 4 figures shown. " +
        "Q2 2018/19: on or better than target. Target 90%, tolerance to 85%. Higher is better. " +
        "Figures: Q3 2017/18 82%, Q4 2017/18 86%, Q1 2018/19 90%, Q2 2018/19 98%."
    );
  });

  it("is drawn to PNG by resvg with the shipped fonts: band, status colour and labels where the SVG puts them", async () => {
    const png = decodePng(await resvgRasteriser(svg, drawing));
    expect([png.width, png.height]).toEqual([1040, 360]);
    // Two pixels a unit. Inside the band, clear of the grid line at 85: the band's yellow.
    expect(png.colourAt(2 * 70, 2 * 98)).toBe("#FFF1BF");
    // The classified point's middle: its status colour.
    expect(png.colourAt(2 * 374, 2 * y(98))).toBe("#8ED1B5");
    // Below the band, away from the line: plain white plot.
    expect(png.colourAt(2 * 70, 2 * 137)).toBe("#FFFFFF");
    // Text is drawn: the "Target 90%" label (x ≥ 426) has dark pixels on its row.
    const row = Array.from({ length: 120 }, (_, i) => png.colourAt(2 * 426 + i, 2 * y(90) + 1));
    expect(row.some((c) => c === "#242424" || parseInt(c.slice(1, 3), 16) < 0x80)).toBe(true);
  });
});

describe("trend picture, lower is better, with a gap", () => {
  const svg = drawingToSvg(
    trendDrawing(
      input([95, null, 90, 88], {
        target: pct(90),
        threshold: 95,
        polarity: "lower",
        status: "onTarget",
      })
    )
  );

  it("breaks the line at the missing period and draws no point there", () => {
    const series = elements(svg, "series");
    expect(series).toHaveLength(1);
    expect(series[0].attrs.points.split(" ")).toHaveLength(2);
    // Points at 95 (first) and 90 (third); the second period has none, the fourth is the marker.
    expect(elements(svg, "point").map((p) => num(p, "cx"))).toEqual([98, 282]);
  });

  it("puts the band above the target line (worse is higher on the picture)", () => {
    const band = elements(svg, "band").find((b) => b.tag === "rect")!;
    const target = elements(svg, "target")[0];
    const targetY = Number(target.attrs.points.split(" ")[0].split(",")[1]);
    expect(num(band, "y") + num(band, "height")).toBeCloseTo(targetY, 1);
  });
});

describe("figures no scale can hold (hostile files, docs/report.md)", () => {
  const drawing = trendDrawing(
    input([82, 1e308, -Infinity, NaN, 91], {
      target: pct(Infinity),
      threshold: 85,
      status: "onTarget",
    })
  );
  const svg = drawingToSvg(drawing);

  it("writes no NaN or Infinity anywhere in the SVG, and scales to the figures that are left", () => {
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(elements(svg, "tick").map((t) => t.text)).toEqual(["80%", "85%", "90%", "95%"]);
  });

  it("names what it left out, in the picture and in the alt text", () => {
    const note = elements(svg, "note")[0].text;
    expect(note).toContain("Q4 2017/18 (1.00e+308)");
    expect(note).toContain("Q1 2018/19 (not a number)");
    expect(note).toContain("the target (not a number)");
    expect(drawing.description).toContain("Left out of the scale, check the cell:");
  });
});

describe("the value axis", () => {
  it("always gives 3 to 5 round ticks covering the figures", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -LARGEST_PLACEABLE, max: LARGEST_PLACEABLE, noNaN: true }),
        fc.double({ min: -LARGEST_PLACEABLE, max: LARGEST_PLACEABLE, noNaN: true }),
        (a, b) => {
          const axis = niceAxis(Math.min(a, b), Math.max(a, b));
          expect(axis.ticks.length).toBeGreaterThanOrEqual(MIN_TICKS);
          expect(axis.ticks.length).toBeLessThanOrEqual(MAX_TICKS);
          const step = axis.ticks[1] - axis.ticks[0];
          // Covered, give or take the millionth of a step allowed for binary noise.
          expect(axis.low).toBeLessThanOrEqual(Math.min(a, b) + step * 1e-6);
          expect(axis.high).toBeGreaterThanOrEqual(Math.max(a, b) - step * 1e-6);
          const mantissa = step / 10 ** Math.floor(Math.log10(step));
          expect([1, 2, 2.5, 5, 10].some((m) => Math.abs(m - mantissa) < 1e-6)).toBe(true);
        }
      )
    );
  });

  it("never starts below zero for figures that cannot be negative, nor passes 100 for percentages within it", () => {
    expect(niceAxis(0, 0, { floor: 0 }).ticks).toEqual([0, 0.5, 1]);
    expect(niceAxis(0.5, 40, { floor: 0 }).low).toBe(0);
    expect(niceAxis(91, 99, { floor: 0, ceiling: 100 }).high).toBe(100);
  });

  it("keeps every SVG free of NaN and Infinity whatever the figures, points inside the plot", () => {
    const frame = trendFrame();
    const figure = fc.oneof(
      fc.constant(null),
      fc.double(),
      fc.constantFrom(Infinity, -Infinity, NaN, 1e308, -1e308, 5e-324)
    );
    fc.assert(
      fc.property(fc.array(figure, { minLength: 1, maxLength: 8 }), (values) => {
        const svg = drawingToSvg(
          trendDrawing({
            ...input([]),
            periods: values.map((v, i) => ({
              label: `Q${(i % 4) + 1} 20${18 + Math.floor(i / 4)}/${19 + Math.floor(i / 4)}`,
              value: v === null ? null : pct(v),
            })),
            classified: values.length - 1,
          })
        );
        expect(svg).not.toMatch(/NaN|Infinity/);
        for (const point of elements(svg, "point"))
          expect(num(point, "cy")).toBeGreaterThanOrEqual(frame.top - 0.01);
        const ticks = elements(svg, "tick");
        if (ticks.length > 0) {
          expect(ticks.length).toBeGreaterThanOrEqual(MIN_TICKS);
          expect(ticks.length).toBeLessThanOrEqual(MAX_TICKS);
        }
      })
    );
  });
});

describe("trend picture of counts with no target", () => {
  it("starts the scale at zero when every figure is ≥ 0, and draws no target", () => {
    const counts = (v: number): SourcedNumber => ({
      value: v,
      cell: "KPIs!A1",
      decimals: 0,
      percent: false,
    });
    const svg = drawingToSvg(
      trendDrawing({
        ...input([]),
        periods: [
          { label: "Q1 2018/19", value: counts(0) },
          { label: "Q2 2018/19", value: counts(8) },
        ],
        classified: 1,
      })
    );
    expect(elements(svg, "tick").map((t) => t.text)).toEqual(["0", "2", "4", "6", "8"]);
    expect(elements(svg, "target")).toHaveLength(0);
    expect(elements(svg, "band")).toHaveLength(0);
  });

  it("escapes workbook text", () => {
    const svg = drawingToSvg(
      trendDrawing(input([1, 2], { label: 'X1 <script>alert("x")</script>' }))
    );
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
  });
});
