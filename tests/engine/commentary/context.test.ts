import {
  buildContext,
  effectivePolarity,
  isAtLeastAsGood,
  rateValue,
} from "../../../src/engine/commentary/context";
import { classify, makeIndicator, quarter } from "./fixtures";

const Q2 = quarter(2018, 2);

describe("indicator context", () => {
  it("infers polarity from the tolerance side when none is given", () => {
    expect(
      effectivePolarity(makeIndicator({ values: [1], polarity: null, target: 90, tolerance: 85 }))
    ).toBe("higher");
    expect(
      effectivePolarity(makeIndicator({ values: [1], polarity: null, target: 22, tolerance: 28 }))
    ).toBe("lower");
    expect(
      effectivePolarity(makeIndicator({ values: [1], polarity: null, target: 22, tolerance: null }))
    ).toBeNull();
  });

  it("rates values by the docs/engine.md rules, allowing floating noise", () => {
    const indicator = makeIndicator({ values: [1], target: 90, tolerance: 85 });
    expect(rateValue(90, indicator, "higher")).toBe("onTarget");
    expect(rateValue(0.9 * 100, indicator, "higher")).toBe("onTarget");
    expect(rateValue(85, indicator, "higher")).toBe("insideTolerance");
    expect(rateValue(84.9, indicator, "higher")).toBe("outsideTolerance");
    expect(isAtLeastAsGood(0.28 * 100, 28, "lower")).toBe(true);
  });

  it("keeps the history up to the chosen quarter and works out the band", () => {
    const indicator = makeIndicator({ values: [80, 85, 88, 91] });
    const chosen = indicator.series[2].quarter;
    const ctx = buildContext(indicator, classify(indicator, chosen), chosen, 10);
    expect(ctx.history).toHaveLength(3);
    expect(ctx.current?.value).toBe(88);
    expect(ctx.previous?.value?.value).toBe(85);
    expect(ctx.band).toBe(5);
    expect(ctx.smallCohort).toBe(false);
  });

  it("flags a small cohort below the threshold only", () => {
    const small = makeIndicator({ values: [80], denominator: 9 });
    expect(buildContext(small, classify(small, Q2), Q2, 10).smallCohort).toBe(true);
    expect(buildContext(small, classify(small, Q2), Q2, 5).smallCohort).toBe(false);
  });
});
