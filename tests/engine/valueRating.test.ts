/**
 * A rating written inside the value cell (docs/findings.md, Ratings inside a value cell): the
 * figure is read as the value, the sheet's own rating is kept as evidence and compared with the
 * status, and the cell itself is never changed. Statuses worked out by hand.
 */
import fc from "fast-check";
import { splitRatedValue } from "../../src/engine/valueRating";
import { readCellNumber } from "../../src/engine/cellNumber";
import { canonicalWorkbook, indicatorRow } from "./support/grid";
import { codesFor, runOk, statusOf } from "./support/run";

describe("splitting a figure from its rating", () => {
  it.each([
    ["711 (GREEN)", "711", "GREEN", "onTarget"],
    ["84% - Amber", "84%", "Amber", "insideTolerance"],
    ["G 92%", "92%", "G", "onTarget"],
    ["Red: 14", "14", "Red", "outsideTolerance"],
    ["92% G", "92%", "G", "onTarget"],
    ["14.5 [R]", "14.5", "R", "outsideTolerance"],
    ["(Amber) 1,204", "1,204", "Amber", "insideTolerance"],
    ["67% – on target", "67%", "on target", "onTarget"],
  ])("%s → figure %s, rating %s", (text, figure, words, status) => {
    expect(splitRatedValue(text)).toEqual({ figure, words, status });
  });

  it.each(["12 months", "Q2 2018/19", "n/a", "91%", "about 90", "711 (provisional)", "Green"])(
    "leaves %s alone",
    (text) => {
      expect(splitRatedValue(text)).toBeNull();
    }
  );
});

describe("rating a row whose value cell holds a rating", () => {
  const result = runOk(
    canonicalWorkbook([
      // 91 against target 90, higher is better → on target; the cell says GREEN: they agree.
      indicatorRow("V1", { "Q2 2018/19": "91 (GREEN)" }),
      // 84% against target 90, threshold 85 → outside tolerance; the cell says Amber: disagree.
      indicatorRow("V2", { "Q2 2018/19": "84% - Amber" }),
      // G 92% → 92 ≥ 90 → on target; earlier quarters' ratings are read but only this one checked.
      indicatorRow("V3", { "Q1 2018/19": "R 80%", "Q2 2018/19": "G 92%" }),
      // A plain figure: no rating, no finding.
      indicatorRow("V4"),
    ])
  );

  it("reads the figure as the value", () => {
    expect(result.indicators[0].series[3].value).toMatchObject({
      value: 91,
      cell: "Indicators!L2",
      ownRating: { status: "onTarget", words: "GREEN" },
    });
    expect(result.indicators[1].series[3].value?.value).toBe(84);
    expect(result.indicators[2].series[2].value?.value).toBe(80);
  });

  it("rates by the rule, not by the sheet's rating", () => {
    expect(statusOf(result, "V1")).toBe("onTarget");
    expect(statusOf(result, "V2")).toBe("outsideTolerance");
    expect(statusOf(result, "V3")).toBe("onTarget");
    expect(statusOf(result, "V4")).toBe("onTarget");
  });

  it("reports a disagreement at the value cell, and no text-as-number warning", () => {
    expect(codesFor(result, "V1")).toEqual(["info:rating.inValueCell@Indicators!L2"]);
    expect(codesFor(result, "V2")).toEqual(["warning:rating.disagrees@Indicators!L3"]);
    expect(codesFor(result, "V3")).toEqual([]);
    const disagree = result.findings.find((f) => f.code === "rating.disagrees");
    expect(disagree?.message).toMatch(/^L3: the sheet's own rating says "Amber", but by the rule/);
    expect(disagree?.message).toMatch(/Outside tolerance/);
  });

  it("lists the cells once", () => {
    const note = result.findings.filter((f) => f.code === "rating.inValueCell");
    expect(note).toHaveLength(1);
    expect(note[0].message).toMatch(/3 value cells hold the sheet's own rating/);
    expect(note[0].message).toMatch(/L2 91% \(GREEN\), L3 84% \(Amber\), L4 92% \(G\)/);
  });
});

describe("any figure with a rating beside it (property)", () => {
  const words: [string, string][] = [
    ["GREEN", "onTarget"],
    ["Green", "onTarget"],
    ["G", "onTarget"],
    ["Amber", "insideTolerance"],
    ["A", "insideTolerance"],
    ["RED", "outsideTolerance"],
    ["r", "outsideTolerance"],
  ];
  const figure = fc
    .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 9 }), fc.boolean())
    .map(([whole, tenth, percent]) => `${whole}.${tenth}${percent ? "%" : ""}`);
  const layout = fc.constantFrom(
    (f: string, w: string) => `${f} (${w})`,
    (f: string, w: string) => `${f} - ${w}`,
    (f: string, w: string) => `${f}\n${w}`,
    (f: string, w: string) => `${w} ${f}`,
    (f: string, w: string) => `${w}: ${f}`,
    (f: string, w: string) => `[${w}] ${f}`
  );

  it("reads the figure as the number reader would, and the rating's status", () => {
    fc.assert(
      fc.property(figure, fc.constantFrom(...words), layout, (f, [w, status], place) => {
        const split = splitRatedValue(place(f, w));
        expect(split).toEqual({ figure: f, words: w, status });
        expect(readCellNumber(split?.figure ?? "")).toEqual(readCellNumber(f));
      }),
      { numRuns: 300 }
    );
  });
});
