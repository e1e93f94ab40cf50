import { buildContext } from "../../../src/engine/commentary/context";
import {
  bandSideOf,
  positionOf,
  positionSentence,
  positionWords,
} from "../../../src/engine/commentary/position";
import { classify, makeIndicator, quarter } from "./fixtures";

const Q2 = quarter(2018, 2);

function ctx(spec: Parameters<typeof makeIndicator>[0]) {
  const indicator = makeIndicator(spec);
  return buildContext(indicator, classify(indicator, Q2), Q2, 10);
}

describe("position within the band", () => {
  // target 90, threshold 85: band 5, a fifth of it is 1.
  function words(spec: Parameters<typeof makeIndicator>[0]) {
    const c = ctx(spec);
    return positionWords(c, positionOf(c), bandSideOf(c));
  }

  it("is just within tolerance within a fifth of the band of the threshold", () => {
    expect(positionOf(ctx({ values: [85.5] }))).toBe("justWithinTolerance");
    expect(words({ values: [85.5] })).toBe("just within tolerance");
    // Said in the verdict, not in a sentence of its own.
    expect(
      positionSentence(ctx({ values: [85.5] }), "justWithinTolerance", "threshold")
    ).toBeNull();
  });

  it("says which end of the band a figure inside tolerance is nearer", () => {
    expect(bandSideOf(ctx({ values: [88] }))).toBe(1);
    expect(words({ values: [88] })).toBe(
      "within tolerance and nearer the target than the tolerance limit"
    );
    expect(bandSideOf(ctx({ values: [86.5] }))).toBe(-1);
    expect(words({ values: [86.5] })).toBe(
      "within tolerance but nearer the tolerance limit than the target"
    );
    expect(bandSideOf(ctx({ values: [87.5] }))).toBe(0);
    expect(bandSideOf(ctx({ values: [91] }))).toBeNull();
  });

  it("is almost at target within a fifth of the band of the target", () => {
    expect(positionOf(ctx({ values: [89.2] }))).toBe("almostAtTarget");
    expect(positionOf(ctx({ values: [87.5] }))).toBeNull();
  });

  it("is well above target when better by more than a band", () => {
    expect(positionOf(ctx({ values: [95.5] }))).toBe("wellBeyondTarget");
    expect(positionOf(ctx({ values: [95] }))).toBeNull();
    expect(words({ values: [95.5] })).toBe("well above target");
    expect(positionSentence(ctx({ values: [95.5] }), "wellBeyondTarget", "threshold")?.text).toBe(
      "This is better than target by 6 percentage points."
    );
  });

  it("says 'well ahead of' and 'better than target by' for lower-is-better measures", () => {
    const spec = { polarity: "lower" as const, target: 4, tolerance: 6, decimals: 1 };
    expect(words({ ...spec, values: [1.2] })).toBe("well ahead of target");
    const c = ctx({ ...spec, values: [1.2] });
    expect(positionSentence(c, positionOf(c), "threshold")?.text).toBe(
      "This is better than target by 2.8 percentage points."
    );
    expect(positionOf(ctx({ ...spec, values: [5.8] }))).toBe("justWithinTolerance");
  });

  it("says nothing without a band or outside tolerance", () => {
    expect(positionOf(ctx({ values: [99], tolerance: null }))).toBeNull();
    expect(positionOf(ctx({ values: [70] }))).toBeNull();
  });
});
