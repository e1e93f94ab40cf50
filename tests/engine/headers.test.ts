import {
  HEADER_SYNONYMS,
  matchHeader,
  normaliseHeader,
  statusHeaderQuarterText,
} from "../../src/engine/headers";
import type { ColumnKey } from "../../src/engine/types";

describe("header names", () => {
  it("ignores case, punctuation and extra spaces", () => {
    expect(normaliseHeader("  PI   Ref. ")).toBe("pi ref");
    expect(matchHeader("PI-ref")).toBe("ref");
    expect(matchHeader("GOOD IS...")).toBe("polarity");
    expect(matchHeader("Target (value)")).toBe("target");
  });

  const required: [ColumnKey, string[]][] = [
    ["ref", ["Ref", "PI ref", "Reference", "Code", "ID", "Indicator ref"]],
    [
      "indicator",
      ["Indicator", "Measure", "Indicator name", "Description", "Title", "Performance indicator"],
    ],
    ["area", ["Service area", "Area", "Service", "Theme", "Block", "Category"]],
    ["type", ["Type", "Measure type", "Indicator type"]],
    // docs/engine.md (issue 9): "Direction" is the analyst's direction of travel, no longer a polarity heading.
    [
      "polarity",
      ["Polarity", "Good is", "Better is", "Good performance is", "Good perf is", "Aim"],
    ],
    ["direction", ["DoT", "Direction of travel", "Direction", "Trend"]],
    ["ownRating", ["RAG", "RAG status", "Status", "Rating"]],
    ["unit", ["Unit", "Units", "Format", "Measure unit"]],
    ["target", ["Target", "Target value"]],
    ["tolerance", ["Tolerance", "Tolerance threshold", "Tolerance level", "Threshold"]],
    ["national", ["National", "National average", "England"]],
    ["statNeighbours", ["Statistical neighbours", "Stat neighbours", "SN average"]],
    ["regional", ["Regional", "Region", "Regional average"]],
    ["numerator", ["Numerator"]],
    ["denominator", ["Denominator", "Cohort"]],
  ];
  it.each(required)("accepts every name docs/engine.md lists for %s", (key, names) => {
    for (const name of names) expect(matchHeader(name)).toBe(key);
  });

  it("gives each synonym to exactly one column", () => {
    const seen = new Map<string, ColumnKey>();
    for (const key of Object.keys(HEADER_SYNONYMS) as ColumnKey[]) {
      for (const name of HEADER_SYNONYMS[key]) {
        expect(seen.get(name) ?? key).toBe(key);
        seen.set(name, key);
      }
    }
  });

  it("reads benchmark headings that carry a year", () => {
    expect(matchHeader("National 2017")).toBe("national");
    expect(matchHeader("SN average 2017/18")).toBe("statNeighbours");
    expect(matchHeader("Target 2017")).toBeNull();
  });

  it("does not take other headings for columns", () => {
    expect(matchHeader("Comments")).toBeNull();
    expect(matchHeader("")).toBeNull();
    expect(matchHeader("Q2 2018/19")).toBeNull();
  });

  it("recognises a status column from an earlier run", () => {
    expect(statusHeaderQuarterText("Status Q2 2018/19")).toBe("Q2 2018/19");
    expect(statusHeaderQuarterText("Ref")).toBeNull();
  });
});
