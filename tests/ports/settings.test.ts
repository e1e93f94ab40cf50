import fc from "fast-check";
import { sanitiseSettings } from "../../src/ports/settings";
import { DEFAULT_SETTINGS } from "../../src/ports/workbookPort";
import { sanitiseSettings as excelSanitise } from "../../src/excel/settingsStore";

describe("stored settings: one rule for every store (issue 20)", () => {
  it("is the rule the Excel store uses", () => {
    expect(excelSanitise).toBe(sanitiseSettings);
  });

  it("falls back to the defaults for anything that is not settings", () => {
    for (const raw of [null, undefined, 42, "settings", []]) {
      expect(sanitiseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it.each<[unknown, number]>([
    [0, 0], // no caution at all: a council's choice
    [7.6, 8], // a count of people is a whole number
    [25, 25],
    ["12", 12],
    [-1, DEFAULT_SETTINGS.smallCohortThreshold],
    [Number.NaN, DEFAULT_SETTINGS.smallCohortThreshold],
    [Number.POSITIVE_INFINITY, DEFAULT_SETTINGS.smallCohortThreshold],
    ["ten", DEFAULT_SETTINGS.smallCohortThreshold],
  ])("small cohort threshold %p is read as %p", (raw, expected) => {
    expect(sanitiseSettings({ smallCohortThreshold: raw }).smallCohortThreshold).toBe(expected);
  });

  it("keeps known values and drops the rest", () => {
    const read = sanitiseSettings({
      toleranceMode: "points",
      palette: "highContrast",
      sheet: "KPIs",
      dataValidation: true,
      columnOverrides: { target: 6 },
      polarityOverrides: { A1: "lower", A2: "sideways" },
      __proto__: { toleranceMode: "percent" },
      unknown: "kept nowhere",
    });
    expect(read).toMatchObject({
      toleranceMode: "points",
      palette: "highContrast",
      sheet: "KPIs",
      dataValidation: true,
      columnOverrides: { target: 6 },
      polarityOverrides: { A1: "lower" },
    });
    expect(read).not.toHaveProperty("unknown");
  });

  it("reading settings twice changes nothing (any stored object)", () => {
    fc.assert(
      fc.property(fc.object(), fc.anything(), (raw, cohort) => {
        const once = sanitiseSettings({ ...raw, smallCohortThreshold: cohort });
        expect(sanitiseSettings(once)).toEqual(once);
      })
    );
  });
});
