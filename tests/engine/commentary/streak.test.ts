import { buildContext } from "../../../src/engine/commentary/context";
import { statusStreak } from "../../../src/engine/commentary/streak";
import { statusSentence } from "../../../src/engine/commentary/statusSentence";
import { classify, makeIndicator, quarter } from "./fixtures";

const Q2 = quarter(2018, 2);

function contextOf(
  values: (number | null)[],
  extra: Parameters<typeof makeIndicator>[0] = { values }
) {
  const indicator = makeIndicator({ ...extra, values });
  return buildContext(indicator, classify(indicator, Q2), Q2, 10);
}

describe("status streak", () => {
  it("counts the chosen quarter and the unbroken run before it, and what preceded the run", () => {
    // target 90, threshold 85 (higher is better): inside, on ×5
    const streak = statusStreak(contextOf([88, 92, 95, 91, 90, 93]));
    expect(streak).toEqual({ length: 5, precededBy: "insideTolerance" });
  });

  it("stops at a quarter with no figure and then names no earlier status", () => {
    expect(statusStreak(contextOf([70, null, 92, 93]))).toEqual({ length: 2, precededBy: null });
  });

  it("is one quarter long when the status has just changed", () => {
    expect(statusStreak(contextOf([91, 92, 80]))).toEqual({ length: 1, precededBy: "onTarget" });
  });

  it("is empty when the chosen quarter has no figure", () => {
    expect(statusStreak(contextOf([91, null])).length).toBe(0);
  });
});

describe("status sentence", () => {
  it("uses the seed's 'in succession' for a run of on-target quarters after another status", () => {
    const s = statusSentence(contextOf([88, 92, 95, 91, 90, 93]), "threshold");
    expect(s?.text).toBe(
      "Performance remains on or better than target (90%) for the fifth quarter in succession."
    );
  });

  it("uses 'successive quarter' for a run below target and tolerance", () => {
    const s = statusSentence(contextOf([86, 82, 80, 81]), "threshold");
    expect(s?.text).toBe(
      "Performance remains below target (90%) and tolerance (85%) for the third successive quarter."
    );
    expect(s?.sources).toEqual(["Indicators!G5", "Indicators!H5"]);
  });

  it("says 'in each of the last' when the run reaches the first quarter recorded", () => {
    const s = statusSentence(contextOf([95, 96, 97]), "threshold");
    expect(s?.text).toBe(
      "Performance has been on or better than target (90%) in each of the last three quarters."
    );
  });

  it("names last quarter's status when the status has changed", () => {
    const s = statusSentence(contextOf([80, 87]), "threshold");
    expect(s?.text).toBe(
      "Performance is below target (90%) but within tolerance (85%), having been outside tolerance in Q1 2018/19."
    );
  });

  it("describes a lower-is-better measure as above target", () => {
    const s = statusSentence(
      contextOf([20, 27], { values: [], polarity: "lower", target: 22, tolerance: 28 }),
      "threshold"
    );
    expect(s?.text).toBe(
      "Performance is above target (22%) but within tolerance (28%), having been on or better than target in Q1 2018/19."
    );
  });

  it("describes band tolerances in points and per cent modes", () => {
    const indicator = makeIndicator({ values: [86, 87], target: 90, tolerance: 5 });
    const points = buildContext(
      { ...indicator, threshold: 85 },
      classify({ ...indicator, threshold: 85 }, Q2),
      Q2,
      10
    );
    expect(statusSentence(points, "points")?.text).toContain(
      "within tolerance (5 percentage points below target)"
    );
    expect(statusSentence(points, "percent")?.text).toContain("within tolerance (5% below target)");
  });

  it("makes no streak claim for a small cohort", () => {
    const indicator = makeIndicator({ values: [88, 92, 95, 91], denominator: 7 });
    const ctx = buildContext(indicator, classify(indicator, Q2), Q2, 10);
    expect(statusSentence(ctx, "threshold")?.text).toBe(
      "Performance is on or better than target (90%)."
    );
  });

  it("says when there is no target", () => {
    const indicator = makeIndicator({ values: [88, 92], target: null, tolerance: null });
    const ctx = buildContext(indicator, classify(indicator, Q2), Q2, 10);
    expect(statusSentence(ctx, "threshold")?.text).toBe(
      "No target is specified for this indicator, so it is not rated."
    );
  });
});
