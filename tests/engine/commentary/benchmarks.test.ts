import {
  benchmarkSentences,
  comparatorName,
  comparatorNameWithYear,
} from "../../../src/engine/commentary/benchmarks";
import { buildContext } from "../../../src/engine/commentary/context";
import { comparatorsOf, gapSize } from "../../../src/engine/commentary/gap";
import type { Indicator } from "../../../src/engine/types";
import { classify, makeIndicator, quarter } from "./fixtures";

const Q2 = quarter(2018, 2);

function said(indicator: Indicator, neutral = false) {
  const ctx = buildContext(indicator, classify(indicator, Q2), Q2, 10);
  const comparators = comparatorsOf(ctx, neutral);
  return comparators ? benchmarkSentences(ctx, comparators) : [];
}

function text(spec: Parameters<typeof makeIndicator>[0], neutral = false) {
  return said(makeIndicator(spec), neutral)[0] ?? null;
}

const three = (national: number, sn: number, regional: number, decimals = 0) => [
  { name: "National", value: national, decimals },
  { name: "Statistical neighbours", value: sn, decimals },
  { name: "Regional", value: regional, decimals },
];

describe("benchmarks", () => {
  // Target 90, threshold 85 unless given: band 5, so a gap under 1.25 is comparable, under 5 slight.
  it("names each comparator and figure, with the size of the gap, when ahead of all", () => {
    const s = text({ values: [89, 91], benchmarks: three(83, 86, 85) });
    expect(s?.text).toBe(
      "Performance is well ahead of all comparators: the national average (83%), statistical neighbours (86%) and the regional average (85%)."
    );
    expect(s?.sources).toEqual(["Indicators!K5", "Indicators!L5", "Indicators!M5"]);
  });

  it("says adrift of all, with the polarity applied and each gap sized", () => {
    const s = text({
      values: [27],
      polarity: "lower",
      target: 22,
      tolerance: 28,
      benchmarks: three(21.9, 20.5, 22.9, 1),
    });
    expect(s?.text).toBe(
      "Performance is adrift of all comparators: slightly adrift of the national average (21.9%) and the regional average (22.9%), and well adrift of statistical neighbours (20.5%)."
    );
  });

  it("splits a mixed picture into ahead, level and adrift", () => {
    expect(text({ values: [49], benchmarks: three(46, 51, 52) })?.text).toBe(
      "Performance is slightly ahead of the national average (46%), but slightly adrift of statistical neighbours (51%) and the regional average (52%)."
    );
    expect(text({ values: [49], benchmarks: three(46, 49, 52) })?.text).toBe(
      "Performance is slightly ahead of the national average (46%), in line with statistical neighbours (49%), but slightly adrift of the regional average (52%)."
    );
  });

  it("says 'comparable with' for a gap under a quarter of the band, and not at a quarter", () => {
    // Band 5: 1 point is comparable; 1.25 points is not.
    expect(text({ values: [49], decimals: 2, benchmarks: three(48, 50, 50.25, 2) })?.text).toBe(
      "Performance is comparable with the national average (48.00%) and statistical neighbours (50.00%), but slightly adrift of the regional average (50.25%)."
    );
    expect(text({ values: [49], benchmarks: three(48, 48, 48) })?.text).toBe(
      "Performance is comparable with all comparators: the national average (48%), statistical neighbours (48%) and the regional average (48%)."
    );
  });

  it("judges the gap relative to the comparator when there is no band: under 2% comparable", () => {
    const noBand = { target: null, tolerance: null, percent: false };
    expect(text({ ...noBand, values: [89], benchmarks: three(64, 88, 75) })?.text).toBe(
      "Performance is well ahead of the national average (64) and the regional average (75), but comparable with statistical neighbours (88)."
    );
    expect(gapSize(49, 50, null)).toBe("slight"); // exactly 2%: not under it
    expect(gapSize(102, 100, null)).toBe("slight");
    expect(gapSize(101.9, 100, null)).toBe("comparable");
    expect(gapSize(105, 100, null)).toBe("well");
    expect(gapSize(3, 0, null)).toBe("well");
    expect(gapSize(7, 7, 5)).toBe("same");
  });

  it("compares a single comparator without 'all comparators'", () => {
    expect(text({ values: [49], benchmarks: [{ name: "National", value: 45 }] })?.text).toBe(
      "Performance is slightly ahead of the national average (45%)."
    );
    expect(text({ values: [49], benchmarks: [{ name: "National", value: 49 }] })?.text).toBe(
      "Performance is in line with the national average (49%)."
    );
  });

  it("uses higher/lower for volumetric measures", () => {
    expect(
      text(
        { type: "volumetric", percent: false, values: [396], benchmarks: three(341, 380, 360) },
        true
      )?.text
    ).toBe(
      "The figure is higher than all comparators: well above the national average (341) and the regional average (360), and slightly higher than statistical neighbours (380)."
    );
  });

  it("names the year the headings give, once when they share it, with a note for a quarter", () => {
    const indicator = makeIndicator({ values: [89, 91], benchmarks: three(83, 86, 85) });
    indicator.benchmarks = indicator.benchmarks.map((b, i) => ({
      ...b,
      year: { text: "2018", cell: `Indicators!${"KLM"[i]}4` },
    }));
    const [sentence, note] = said(indicator);
    expect(sentence.text).toBe(
      "Performance is well ahead of all the 2018 comparators: the national average (83%), statistical neighbours (86%) and the regional average (85%)."
    );
    expect(sentence.sources).toEqual([
      "Indicators!K4",
      "Indicators!K5",
      "Indicators!L5",
      "Indicators!M5",
    ]);
    expect(note.text).toBe("The comparators are figures for a whole year, not for the quarter.");
    // Different years: each comparator is named with its own.
    indicator.benchmarks[2] = {
      ...indicator.benchmarks[2],
      year: { text: "2016/17", cell: "Indicators!M4" },
    };
    expect(said(indicator)[0].text).toBe(
      "Performance is well ahead of all comparators: the 2018 national average (83%), the 2018 statistical neighbour average (86%) and the 2016/17 regional average (85%)."
    );
    expect(comparatorNameWithYear("North East", "2020")).toBe("the 2020 North East average");
    expect(comparatorNameWithYear("Core cities", "2023")).toBe("Core cities 2023");
  });

  it("says nothing without benchmarks", () => {
    expect(text({ values: [91] })).toBeNull();
  });

  it("recognises comparator names", () => {
    expect(comparatorName("England")).toBe("the national average");
    expect(comparatorName("SN average")).toBe("statistical neighbours");
    expect(comparatorName("Core cities")).toBe("Core cities");
    expect(comparatorName("Stat neighbours")).toBe("statistical neighbours");
    expect(comparatorName("Region")).toBe("the regional average");
  });
});
