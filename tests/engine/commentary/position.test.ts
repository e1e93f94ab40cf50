import { buildContext } from "../../../src/engine/commentary/context";
import { positionOf, positionSentence } from "../../../src/engine/commentary/position";
import { classify, makeIndicator, quarter } from "./fixtures";

const Q2 = quarter(2018, 2);

function ctx(spec: Parameters<typeof makeIndicator>[0]) {
  const indicator = makeIndicator(spec);
  return buildContext(indicator, classify(indicator, Q2), Q2, 10);
}

describe("position within the band", () => {
  // target 90, threshold 85: band 5, a fifth of it is 1.
  it("is just within tolerance within a fifth of the band of the threshold", () => {
    expect(positionOf(ctx({ values: [85.5] }))).toBe("justWithinTolerance");
    expect(positionSentence(ctx({ values: [85.5] }))?.text).toBe("This is just within tolerance.");
  });

  it("is almost at target within a fifth of the band of the target", () => {
    expect(positionOf(ctx({ values: [89.2] }))).toBe("almostAtTarget");
    expect(positionOf(ctx({ values: [87.5] }))).toBeNull();
  });

  it("is well above target when better by more than a band", () => {
    expect(positionOf(ctx({ values: [95.5] }))).toBe("wellBeyondTarget");
    expect(positionOf(ctx({ values: [95] }))).toBeNull();
    expect(positionSentence(ctx({ values: [95.5] }))?.text).toBe("This is well above target.");
  });

  it("respects polarity for lower-is-better measures", () => {
    const spec = { polarity: "lower" as const, target: 4, tolerance: 6, decimals: 1 };
    expect(positionSentence(ctx({ ...spec, values: [1.2] }))?.text).toBe(
      "This is well below target (lower is better)."
    );
    expect(positionOf(ctx({ ...spec, values: [5.8] }))).toBe("justWithinTolerance");
  });

  it("says nothing without a band or outside tolerance", () => {
    expect(positionOf(ctx({ values: [99], tolerance: null }))).toBeNull();
    expect(positionOf(ctx({ values: [70] }))).toBeNull();
  });
});
