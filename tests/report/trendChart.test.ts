/**
 * The trend picture's geometry against the figures, worked out by hand. The plot spans x 10–310 and
 * y 16–96; the value range is the figures' range plus an eighth of it above and below (never below
 * zero when every figure is ≥ 0), so with a range of 20 units one unit is 4 px.
 */
import { unzlibSync } from "fflate";
import type { SourcedNumber } from "../../src/engine/types";
import { drawingToPng } from "../../src/report/charts/png";
import { drawingToSvg } from "../../src/report/charts/svg";
import { trendDrawing, type TrendInput } from "../../src/report/charts/trend";

function pct(value: number): SourcedNumber {
  return { value, cell: "KPIs!A1", decimals: 0, percent: true };
}

function input(values: (number | null)[], extra: Partial<TrendInput> = {}): TrendInput {
  const labels = ["Q3 2017/18", "Q4 2017/18", "Q1 2018/19", "Q2 2018/19", "Q3 2018/19"];
  return {
    label: "T1 Test measure",
    periods: values.map((v, i) => ({ label: labels[i], value: v === null ? null : pct(v) })),
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
}

function elements(svg: string, role: string): SvgElement[] {
  return [...svg.matchAll(/<(\w+) ([^>]*?)\/?>/g)]
    .map(([, tag, body]) => ({
      tag,
      attrs: Object.fromEntries(
        [...body.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v])
      ),
    }))
    .filter((e) => e.attrs["data-role"] === role);
}

const num = (e: SvgElement, name: string): number => Number(e.attrs[name]);

describe("trend picture, higher is better", () => {
  // Figures 82..98 and target 90, threshold 85: range 16 + 2 each side → 80..100, 4 px a unit.
  const svg = drawingToSvg(
    trendDrawing(
      input([82, 86, 90, 98], {
        target: pct(90),
        threshold: 85,
        polarity: "higher",
        status: "onTarget",
      })
    )
  );

  it("draws the points where the figures are", () => {
    const points = elements(svg, "point").map((e) => [num(e, "cx"), num(e, "cy")]);
    // y = 16 + 4 × (100 − value); x = 10 + 100 × position.
    expect(points).toEqual([
      [10, 88],
      [110, 72],
      [210, 56],
    ]);
    const classified = elements(svg, "classified");
    expect(classified.map((e) => [num(e, "cx"), num(e, "cy")])).toEqual([[310, 24]]);
    expect(elements(svg, "series")[0].attrs.points).toBe("10,88 110,72 210,56 310,24");
  });

  it("draws the target line at 90 and the band from 90 down to 85", () => {
    const [target] = elements(svg, "target");
    expect(target.attrs.points).toBe("10,56 310,56");
    expect(target.attrs["stroke-dasharray"]).toBeDefined();
    const [band] = elements(svg, "band");
    expect([num(band, "x"), num(band, "y"), num(band, "width"), num(band, "height")]).toEqual([
      10, 56, 300, 20,
    ]);
  });

  it("marks the classified period and labels it", () => {
    const [marker] = elements(svg, "marker");
    expect(marker.attrs.points).toBe("310,16 310,96");
    expect(svg).toContain(">Q2 2018/19</text>");
    expect(svg).toContain(">98%</text>");
    expect(svg).toContain(
      "<desc>Trend of T1 Test measure: Q3 2017/18 82%, Q4 2017/18 86%, Q1 2018/19 90%, Q2 2018/19 98%."
    );
  });
});

describe("trend picture, lower is better, with a gap", () => {
  // Figures 18..34, target 20, threshold 25: range 16 + 2 each side → 16..36, 4 px a unit.
  const drawing = trendDrawing(
    input([34, 26, null, 22, 18], {
      target: pct(20),
      threshold: 25,
      polarity: "lower",
      status: "onTarget",
    })
  );
  const svg = drawingToSvg(drawing);

  it("breaks the line at the missing period and draws no point there", () => {
    // y = 16 + 4 × (36 − value); x = 10 + 75 × position.
    expect(elements(svg, "series").map((e) => e.attrs.points)).toEqual([
      "10,24 85,56",
      "235,72 310,88",
    ]);
    expect(elements(svg, "point").map((e) => [num(e, "cx"), num(e, "cy")])).toEqual([
      [10, 24],
      [85, 56],
      [235, 72],
    ]);
    expect(drawing.description).toContain("Q1 2018/19 no value");
    expect(drawing.description).toContain("Target 20%; tolerance to 25%. Lower is better.");
  });

  it("puts the band above the target line (worse is higher on the picture)", () => {
    expect(elements(svg, "target")[0].attrs.points).toBe("10,80 310,80");
    const [band] = elements(svg, "band");
    expect([num(band, "y"), num(band, "height")]).toEqual([60, 20]);
  });

  it("rasterises the same geometry into the PNG fallback", () => {
    const png = drawingToPng(drawing, 2);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([640, 240]);
    // Read the palette and the pixels back (indexed colour, filter byte 0 per row).
    let at = 8;
    let palette: Uint8Array = new Uint8Array();
    const idat: Uint8Array[] = [];
    while (at < png.length) {
      const length = view.getUint32(at);
      const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
      if (type === "PLTE") palette = png.subarray(at + 8, at + 8 + length);
      if (type === "IDAT") idat.push(png.subarray(at + 8, at + 8 + length));
      at += 12 + length;
    }
    const raw = unzlibSync(idat[0]);
    const colourAt = (x: number, y: number): string => {
      const index = raw[y * 2 * (640 + 1) + 1 + x * 2];
      return [...palette.subarray(index * 3, index * 3 + 3)]
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("")
        .toUpperCase();
    };
    expect(colourAt(50, 70)).toBe("FFF1BF"); // inside the band (y 60–80)
    expect(colourAt(50, 90)).toBe("FAFAFA"); // plot background below the target
    expect(colourAt(310, 88)).toBe("8ED1B5"); // the classified point, in its status colour
    expect(colourAt(160, 50)).toBe("FAFAFA"); // no point at the gap
    // The labels are drawn too (pixel font): the first period's label, in the muted ink, sits
    // on the baseline 6 units above the bottom, starting at the plot's left edge.
    const labelRow = Array.from({ length: 60 }, (_, x) => colourAt(10 + x / 2, 112));
    expect(labelRow).toContain("595959");
  });
});

describe("trend picture of counts with no target", () => {
  it("starts the scale at zero when every figure is ≥ 0", () => {
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
    // Range 0..9 (8 + 1; 0 − 1 is clipped to 0): y(0) = 96, y(8) = 16 + 80 × 1/9.
    expect(elements(svg, "series")[0].attrs.points).toBe("10,96 310,24.89");
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
