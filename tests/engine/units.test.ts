import { countsWholeThings, parseUnit, rangeViolation } from "../../src/engine/units";

describe("units", () => {
  it.each([
    ["%", "percent"],
    ["Percentage", "percent"],
    ["per cent", "percent"],
    ["rate per 10,000", "rate"],
    ["Rate per 10000 children", "rate"],
    ["per 100,000", "rate"],
    ["per 1,000", "rate"],
    ["Number", "count"],
    ["Count", "count"],
    ["Days", "days"],
    ["", "none"],
    ["Weeks", "unknown"],
    ["£", "unknown"],
  ])("%j is %s", (text, kind) => {
    expect(parseUnit(text)).toBe(kind);
  });

  it("checks percentages are 0–100 inclusive and the rest are not negative", () => {
    expect(rangeViolation("percent", 0)).toBeNull();
    expect(rangeViolation("percent", 100)).toBeNull();
    expect(rangeViolation("percent", 100.5)).toMatch(/between 0 and 100/);
    expect(rangeViolation("percent", -1)).not.toBeNull();
    for (const unit of ["rate", "count", "days"] as const) {
      expect(rangeViolation(unit, 0)).toBeNull();
      expect(rangeViolation(unit, -0.1)).toMatch(/cannot be negative/);
    }
    expect(rangeViolation("unknown", -50)).toBeNull();
    expect(rangeViolation("none", 1e9)).toBeNull();
  });
});

describe("countsWholeThings (issue 22)", () => {
  it.each([
    ["Number of children in care", true],
    ["Count of referrals", true],
    ["Children subject to a plan", true],
    ["Average caseload", false],
    ["Mean days to assessment", false],
    ["Children per social worker", false],
    ["Re-referral rate", false],
    ["Social workers (FTE)", false],
  ])("%s -> %s", (name, whole) => {
    expect(countsWholeThings(name)).toBe(whole);
  });
});
