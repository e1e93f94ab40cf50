import { cohortCaution } from "../../../src/engine/commentary/cohort";
import { buildContext } from "../../../src/engine/commentary/context";
import { groupOf } from "../../../src/engine/commentary/grouping";
import { headline } from "../../../src/engine/commentary/headline";
import { classify, makeIndicator, quarter } from "./fixtures";

const Q2 = quarter(2018, 2);

describe("small cohorts", () => {
  it("adds a caution citing the denominator when it is under the threshold", () => {
    const indicator = makeIndicator({ values: [29, 31], denominator: 7 });
    const caution = cohortCaution(buildContext(indicator, classify(indicator, Q2), Q2, 10));
    expect(caution?.text).toBe(
      "Caution: the cohort is small (7), so a few cases can move this figure; no run of quarters is claimed."
    );
    expect(caution?.sources).toEqual([indicator.denominator?.cell]);
  });

  it("adds nothing at or above the threshold, or without a denominator", () => {
    const at = makeIndicator({ values: [29, 31], denominator: 10 });
    expect(cohortCaution(buildContext(at, classify(at, Q2), Q2, 10))).toBeNull();
    const none = makeIndicator({ values: [29, 31] });
    expect(cohortCaution(buildContext(none, classify(none, Q2), Q2, 10))).toBeNull();
  });
});

describe("grouping", () => {
  const improved = { kind: "improved" as const, size: "slight" as const };
  const declined = { kind: "declined" as const, size: "slight" as const };

  it("puts on-target and improving inside-tolerance indicators in the good group", () => {
    expect(groupOf(false, "onTarget", declined)).toBe("good");
    expect(groupOf(false, "insideTolerance", improved)).toBe("good");
  });

  it("puts outside tolerance and not-improving inside tolerance in the concern group", () => {
    expect(groupOf(false, "outsideTolerance", improved)).toBe("concern");
    expect(groupOf(false, "insideTolerance", declined)).toBe("concern");
    expect(groupOf(false, "insideTolerance", { kind: "noChange", size: null })).toBe("concern");
    expect(groupOf(false, "insideTolerance", null)).toBe("concern");
  });

  it("keeps volumetric measures apart and lists the rest as not classified", () => {
    expect(groupOf(true, "noTarget", improved)).toBe("volumetric");
    expect(groupOf(false, "notClassified", null)).toBe("notClassified");
    expect(groupOf(false, "noTarget", null)).toBe("notClassified");
  });
});

describe("headline", () => {
  it("has a hyphen after the ref and an en dash before the quarter", () => {
    const value = { value: 91, decimals: 0, percent: true, cell: "Indicators!P6" };
    expect(headline("A2", "Timeliness of single assessments", Q2, value)).toBe(
      "A2 - Timeliness of single assessments – Q2 2018/19 = 91%"
    );
    expect(headline("", "Contacts", Q2, null)).toBe("Contacts – Q2 2018/19 = no value");
  });
});
