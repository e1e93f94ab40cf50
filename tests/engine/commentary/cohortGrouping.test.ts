import { cohortCaution } from "../../../src/engine/commentary/cohort";
import { buildContext } from "../../../src/engine/commentary/context";
import { groupFor, weighInsideTolerance } from "../../../src/engine/commentary/grouping";
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
  const declined = { kind: "declined" as const, size: "very slight" as const };
  const none = { position: null, side: null, comparators: null, year: null, last: null };
  const q1 = "Q1 2018/19";
  const lastYear = "Q2 2017/18";

  it("puts on target in good and outside tolerance in concern, saying why", () => {
    expect(groupFor(false, "onTarget", true, undefined, null)).toEqual({
      group: "good",
      reason: "Grouped as good: on or better than target.",
    });
    expect(groupFor(false, "outsideTolerance", true, undefined, null)).toEqual({
      group: "concern",
      reason: "Grouped as concern: outside tolerance.",
    });
    expect(groupFor(false, "outsideTolerance", false, undefined, null).reason).toBe(
      "Grouped as concern: worse than target, with no tolerance set."
    );
  });

  it("weighs inside tolerance on position, comparators, the year and the last quarter", () => {
    // The seed's A8: almost at target and better than a year ago, despite a very slight fall.
    expect(
      weighInsideTolerance({
        ...none,
        position: "almostAtTarget",
        side: 1,
        year: { change: improved, label: lastYear },
        last: { change: declined, label: q1 },
      })
    ).toEqual({
      group: "good",
      reason:
        "Grouped as good: inside tolerance, almost at target and better than in Q2 2017/18 (though worse than in Q1 2018/19).",
    });
    // The seed's A1: just within tolerance, worse than a year ago and last quarter.
    expect(
      weighInsideTolerance({
        ...none,
        position: "justWithinTolerance",
        side: -1,
        year: { change: declined, label: lastYear },
        last: { change: declined, label: q1 },
      })
    ).toEqual({
      group: "concern",
      reason:
        "Grouped as potential concern: just within tolerance, worse than in Q2 2017/18 and worse than in Q1 2018/19.",
    });
  });

  it("counts an even balance, or nothing either way, as potential concern", () => {
    expect(
      weighInsideTolerance({
        ...none,
        side: 1,
        year: { change: declined, label: lastYear },
      })
    ).toEqual({
      group: "concern",
      reason:
        "Grouped as potential concern: inside tolerance, with the facts evenly balanced: nearer the target than the tolerance limit, but worse than in Q2 2017/18.",
    });
    expect(weighInsideTolerance({ ...none, side: 0 }).reason).toBe(
      "Grouped as potential concern: inside tolerance, midway between the target and the tolerance limit, with nothing to show it is better than that."
    );
    // The old rule's case: inside tolerance and improved on last quarter, nothing else known.
    expect(weighInsideTolerance({ ...none, last: { change: improved, label: q1 } }).group).toBe(
      "good"
    );
    expect(
      weighInsideTolerance({
        ...none,
        last: { change: { kind: "noChange", size: null }, label: q1 },
      }).group
    ).toBe("concern");
  });

  it("keeps volumetric measures apart and lists the rest as not classified", () => {
    expect(groupFor(true, "noTarget", false, undefined, null).group).toBe("volumetric");
    expect(groupFor(false, "notClassified", false, "duplicate ref A2.", null)).toEqual({
      group: "notClassified",
      reason: "Not classified: duplicate ref A2.",
    });
    expect(groupFor(false, "noTarget", false, undefined, null).group).toBe("notClassified");
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
