import { isBetterSide, looksLikeBand, thresholdFor } from "../../src/engine/tolerance";

describe("tolerance thresholds", () => {
  it("reads the tolerance as the threshold in threshold mode", () => {
    expect(thresholdFor("threshold", 90, 85, "higher")).toBe(85);
    expect(thresholdFor("threshold", 90, 85, null)).toBe(85);
    expect(thresholdFor("threshold", 90, null, "higher")).toBeNull();
  });

  it("applies a band on the worse side in points and percent modes", () => {
    expect(thresholdFor("points", 90, 5, "higher")).toBe(85);
    expect(thresholdFor("points", 20, 5, "lower")).toBe(25);
    expect(thresholdFor("percent", 200, 10, "higher")).toBe(180);
    expect(thresholdFor("percent", 20, 10, "lower")).toBe(22);
    expect(thresholdFor("percent", -20, 10, "higher")).toBe(-22);
    expect(thresholdFor("points", 90, 5, null)).toBeNull();
  });

  it("knows the better side", () => {
    expect(isBetterSide(95, 90, "higher")).toBe(true);
    expect(isBetterSide(85, 90, "higher")).toBe(false);
    expect(isBetterSide(15, 20, "lower")).toBe(true);
  });

  it("flags a tolerance that reads like a band size", () => {
    expect(looksLikeBand(90, 5)).toBe(true);
    expect(looksLikeBand(90, 85)).toBe(false);
    expect(looksLikeBand(20, 25)).toBe(false);
    expect(looksLikeBand(0, 0)).toBe(false);
  });
});
