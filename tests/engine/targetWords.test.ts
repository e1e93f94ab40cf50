/**
 * Targets in words (docs/findings.md, Targets in words): the comparison grammar — comparator
 * phrase, negation, figure, unit, suffix — its direction checked against the row's polarity, and
 * ambiguous wording reported, never guessed. Statuses worked out by hand; fast-check shows that
 * every way of writing "at least N" rates the same.
 */
import fc from "fast-check";
import { parseTargetText } from "../../src/engine/targetText";
import { rateCells } from "../../src/engine/cellRating";
import type { Status, ToleranceMode } from "../../src/engine/types";

describe("the comparison grammar", () => {
  it.each([
    ["Not less than 90%", 90, true, "higher"],
    ["At least 90%", 90, true, "higher"],
    ["No more than 5%", 5, true, "lower"],
    ["Not more than 5%", 5, true, "lower"],
    ["Max 5%", 5, true, "lower"],
    ["Max. 5%", 5, true, "lower"],
    ["Min 90%", 90, true, "higher"],
    ["Minimum of 90 per cent", 90, true, "higher"],
    ["90%+", 90, true, "higher"],
    ["under 5%", 5, true, "lower"],
    ["≥ 90%", 90, true, "higher"],
    ["≥90%", 90, true, "higher"],
    ["<= 5", 5, false, "lower"],
    ["=< 5", 5, false, "lower"],
    ["90% or above", 90, true, "higher"],
    ["90 % and over", 90, true, "higher"],
    ["below 10", 10, false, "lower"],
    ["Not below 85", 85, false, "higher"],
    ["not exceeding 12", 12, false, "lower"],
    ["Not to exceed 12.5%", 12.5, true, "lower"],
    ["greater than or equal to 60%", 60, true, "higher"],
    ["Equal to or less than 20 days", 20, false, "lower"],
    ["Target: at least 75%", 75, true, "higher"],
    ["20 days or fewer", 20, false, "lower"],
    ["up to 1,200", 1200, false, "lower"],
    ["Maintain 95%", 95, true, "higher"],
    ["5 per 10,000 or less", 5, false, "lower"],
    ["90% minimum", 90, true, "higher"],
  ])("reads %s as %d (percent %s), %s is better", (text, value, percent, comparator) => {
    expect(parseTargetText(text)).toMatchObject({ kind: "value", value, percent, comparator });
  });

  it("reads `or better` as the figure alone: the polarity gives the direction", () => {
    expect(parseTargetText("5% or better")).toMatchObject({
      kind: "value",
      value: 5,
      comparator: null,
    });
  });

  it.each([
    ["around 90%", /not which side/],
    ["approx. 90%", /not which side/],
    ["c. 90%", /not which side/],
    ["90% ±2", /not which side/],
    ["= 90%", /not which side/],
    ["exactly 90%", /not which side/],
    ["at least 90% or below", /both/],
    ["Under 5% or more", /both/],
  ])("finds %s ambiguous", (text, why) => {
    const parsed = parseTargetText(text);
    expect(parsed.kind).toBe("ambiguous");
    expect(parsed.kind === "ambiguous" && parsed.why).toMatch(why);
  });

  it.each(["90% (stretch)", "improve", "no lesser than 5", "at least ninety"])(
    "does not read %s as a comparison",
    (text) => {
      expect(parseTargetText(text).kind).toBe("unreadable");
    }
  );

  it("still reads bands, benchmarks and no target", () => {
    expect(parseTargetText("between 85 and 90%")).toMatchObject({
      kind: "band",
      low: 85,
      high: 90,
    });
    expect(parseTargetText("Above Stat Neighbour Average")).toMatchObject({
      kind: "benchmark",
      comparator: "higher",
    });
    expect(parseTargetText("No target")).toEqual({ kind: "none" });
  });
});

function rate(
  value: number | string,
  target: number | string,
  polarity: string,
  tolerance: number | string | null = null,
  mode: ToleranceMode = "threshold"
): ReturnType<typeof rateCells> {
  return rateCells({
    value: { value, label: "N5" },
    target: { value: target, label: "G5" },
    tolerance: { value: tolerance, label: "H5" },
    polarity: { value: polarity, label: "E5" },
    mode,
  });
}

describe("rating against a target in words (hand-worked)", () => {
  it.each<[number, string, string, number | null, Status]>([
    // Not less than 90%, higher is better: 91 ≥ 90 → on target.
    [91, "Not less than 90%", "H", null, "onTarget"],
    // Not less than 90%, threshold 85: 87 is below 90 but above 85 → inside tolerance.
    [87, "Not less than 90%", "H", 85, "insideTolerance"],
    // No polarity typed: `No more than 5%` says lower is better; 6 > 5 with threshold 7 → inside.
    [6, "No more than 5%", "", 7, "insideTolerance"],
    // Max 5%, lower: 8 is beyond the threshold 7 → outside.
    [8, "Max 5%", "L", 7, "outsideTolerance"],
    // 90%+ with no polarity: 90 meets it exactly → on target.
    [90, "90%+", "", null, "onTarget"],
    // under 5%, lower: 4.9 → on target.
    [4.9, "under 5%", "Lower is better", null, "onTarget"],
    // 5% or better, lower is better (the polarity gives the direction): 4 → on target.
    [4, "5% or better", "L", null, "onTarget"],
  ])("%d against %s (%s, tolerance %s) → %s", (value, target, polarity, tolerance, status) => {
    expect(rate(value, target, polarity, tolerance).status).toBe(status);
  });

  it("reports a direction that conflicts with the polarity at the target cell", () => {
    const rated = rate(4, "No more than 5%", "H");
    expect(rated.status).toBe("notClassified");
    expect(rated.findings.map((f) => `${f.code}@${f.cell}`)).toContain(
      "target.contradictsPolarity@G5"
    );
  });

  it("reports ambiguous wording at the cell and rates nothing", () => {
    const rated = rate(91, "around 90%", "H");
    expect(rated.status).toBe("notClassified");
    const finding = rated.findings.find((f) => f.code === "target.ambiguous");
    expect(finding).toMatchObject({ severity: "error", cell: "G5" });
    expect(finding?.message).toMatch(/^G5: the target "around 90%" gives a figure/);
  });

  it("reports an ambiguous tolerance the same way", () => {
    const rated = rate(88, 90, "H", "about 85");
    expect(rated.status).toBe("notClassified");
    expect(rated.findings.map((f) => f.code)).toContain("target.ambiguous");
  });
});

describe("every way of writing a direction rates the same (property)", () => {
  const figure = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
  const show = (n: number): string => String(n);

  it("At least N% ≡ N%+ ≡ ≥ N% ≡ Not less than N% ≡ N% or above, for any N and value", () => {
    fc.assert(
      fc.property(figure, figure, fc.constantFrom("H", ""), (n, value, polarity) => {
        const forms = [
          `At least ${show(n)}%`,
          `${show(n)}%+`,
          `≥ ${show(n)}%`,
          `Not less than ${show(n)}%`,
          `${show(n)}% or above`,
          `min ${show(n)}%`,
        ];
        const statuses = forms.map((t) => rate(value, t, polarity).status);
        expect(new Set(statuses).size).toBe(1);
        expect(statuses[0]).toBe(value >= n ? "onTarget" : "outsideTolerance");
      }),
      { numRuns: 200 }
    );
  });

  it("No more than N ≡ Max N ≡ ≤ N ≡ N or below ≡ under N, for any N and value", () => {
    fc.assert(
      fc.property(figure, figure, fc.constantFrom("L", ""), (n, value, polarity) => {
        const forms = [
          `No more than ${show(n)}`,
          `Max ${show(n)}`,
          `<= ${show(n)}`,
          `${show(n)} or below`,
          `under ${show(n)}`,
          `not exceeding ${show(n)}`,
        ];
        const statuses = forms.map((t) => rate(value, t, polarity).status);
        expect(new Set(statuses).size).toBe(1);
        expect(statuses[0]).toBe(value <= n ? "onTarget" : "outsideTolerance");
      }),
      { numRuns: 200 }
    );
  });
});
