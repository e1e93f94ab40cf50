import {
  formatDecimals,
  formatInfo,
  generalDecimals,
  isPercentFormat,
} from "../../src/engine/numberFormat";

describe("number formats", () => {
  it.each([
    ["0.0%", 1],
    ["0%", 0],
    ["#,##0", 0],
    ["0.00", 2],
    ["#,##0.000", 3],
    ["0.00E+00", 2],
    ['0.0" days"', 1],
    ["[Red]0.00;[Blue]-0.0", 2],
    ["0.0_);(0.0)", 1],
    ["£#,##0.00", 2],
  ])("%s shows %i decimals", (format, decimals) => {
    expect(formatDecimals(format)).toBe(decimals);
  });

  it("General shows the value's own decimals, at most 2", () => {
    expect(formatDecimals("General", 91)).toBe(0);
    expect(formatDecimals(undefined, 1.2)).toBe(1);
    expect(formatDecimals("General", 2.3456)).toBe(2);
    expect(formatDecimals(null, 0.5)).toBe(1);
    expect(generalDecimals(3.999)).toBe(0); // rounds to 4.00
  });

  it("finds % only outside quotes and brackets", () => {
    expect(isPercentFormat("0.0%")).toBe(true);
    expect(isPercentFormat("0%;-0%")).toBe(true);
    expect(isPercentFormat('0.0" %"')).toBe(false);
    expect(isPercentFormat("[$%-809]0.0")).toBe(false);
    expect(isPercentFormat("0\\%")).toBe(false);
    expect(isPercentFormat("General")).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });

  it("caches format facts", () => {
    expect(formatInfo("0.0%")).toEqual({ percent: true, decimals: 1 });
    expect(formatInfo("0.0%")).toBe(formatInfo("0.0%"));
    expect(formatInfo("General").decimals).toBe(-1);
  });
});
