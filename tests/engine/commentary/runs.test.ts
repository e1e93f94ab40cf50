import { buildContext } from "../../../src/engine/commentary/context";
import {
  consecutiveChanges,
  extremeFact,
  runFact,
  stepRuns,
  turnFact,
} from "../../../src/engine/commentary/runs";
import type { IndicatorContext } from "../../../src/engine/commentary/context";

const runSentence = (c: IndicatorContext, neutral: boolean) =>
  runFact(c, neutral, stepRuns(c))?.sentence ?? null;
const extremeSentence = (c: IndicatorContext, neutral: boolean) =>
  extremeFact(c, neutral)?.sentence ?? null;
import { classify, makeIndicator, quarter } from "./fixtures";

const Q2 = quarter(2018, 2);

function ctx(spec: Parameters<typeof makeIndicator>[0]) {
  const indicator = makeIndicator(spec);
  return buildContext(indicator, classify(indicator, Q2), Q2, 10);
}

describe("runs", () => {
  it("counts consecutive changes in the same direction ending at the chosen quarter", () => {
    expect(consecutiveChanges(ctx({ values: [36, 38, 40, 42, 43, 45, 47, 49] }))).toEqual({
      count: 7,
      sign: 1,
    });
    expect(consecutiveChanges(ctx({ values: [50, 40, 41, 40] }))).toEqual({ count: 1, sign: -1 });
    expect(consecutiveChanges(ctx({ values: [40, 41, 41, 42] }))).toEqual({ count: 1, sign: 1 });
  });

  it("claims a consistent improvement in the seed's words from three changes, with its size", () => {
    // Band 5 (target 90, threshold 85): 36 → 49 is 13 points, more than a band.
    expect(runSentence(ctx({ values: [36, 38, 40, 42, 43, 45, 47, 49] }), false)?.text).toBe(
      "This is a significant, consistent improvement over the last seven quarters, from 36% in Q3 2016/17."
    );
    expect(runSentence(ctx({ values: [80, 81, 82, 83] }), false)?.text).toBe(
      "This is a slight, consistent improvement over the last three quarters, from 80% in Q3 2017/18."
    );
    expect(runSentence(ctx({ values: [50, 41, 42] }), false)).toBeNull();
  });

  it("calls a run of falls a decline for a higher-is-better measure and an increase when neutral", () => {
    expect(runSentence(ctx({ values: [60, 58, 55, 50] }), false)?.text).toBe(
      "This is a significant, consistent decline over the last three quarters, from 60% in Q3 2017/18."
    );
    expect(
      runSentence(ctx({ values: [100, 101, 102, 103], type: "volumetric", percent: false }), true)
        ?.text
    ).toBe(
      "This is a slight, consistent increase over the last three quarters, from 100 in Q3 2017/18."
    );
  });

  it("claims no run for a small cohort", () => {
    expect(runSentence(ctx({ values: [36, 38, 40, 42], denominator: 6 }), false)).toBeNull();
  });
});

describe("trends that turn", () => {
  const turn = (spec: Parameters<typeof makeIndicator>[0], neutral = false) => {
    const c = ctx(spec);
    return turnFact(c, neutral, stepRuns(c));
  };

  it("names a long run that ends in a change the other way", () => {
    // The seed's A8: six quarters of improvement to 95, then a very slight fall to 94 (band 6).
    const a8 = turn({ values: [86, 87, 88, 89, 90, 92, 95, 94], target: 95, tolerance: 89 });
    expect(a8?.clause).toBe(
      ", after a significant, consistent improvement over the six quarters before, from 86% in Q3 2016/17"
    );
    expect(a8?.size).toBe("significant");
    expect(a8?.sources).toEqual(["Indicators!I5"]);
  });

  it("says how much of a dip the last change recovers", () => {
    // The seed's B9: 73 → 69 in Q1, then 72 in Q2 (band 5: a 4-point fall is slight).
    expect(turn({ values: [71, 72, 73, 69, 72], target: 70, tolerance: 65 })?.clause).toBe(
      ", recovering most of a slight decline the quarter before, from 73% in Q4 2017/18"
    );
    expect(turn({ values: [73, 69, 73] })?.clause).toContain("recovering all of");
    expect(turn({ values: [73, 69, 71] })?.clause).toContain("recovering half of");
    expect(turn({ values: [73, 69, 70] })?.clause).toContain("recovering part of");
    expect(turn({ values: [86, 83, 81, 83] })?.clause).toBe(
      ", recovering part of a significant decline over the two quarters before, from 86% in Q3 2017/18"
    );
    // A gain given back is "reversing"; volumetric measures rise and fall.
    expect(turn({ values: [96, 98, 97] })?.clause).toBe(
      ", reversing half of a slight improvement the quarter before, from 96% in Q4 2017/18"
    );
    expect(
      turn({ values: [1740, 1700, 1720], type: "volumetric", percent: false }, true)?.clause
    ).toBe(", reversing half of a slight decrease the quarter before, from 1,740 in Q4 2017/18");
  });

  it("claims no share when the figures as shown and the exact values disagree on it", () => {
    // 89.95 shows as 90 and 89.5 as 90: fully back as shown, 53% back in the values.
    const c = turn({ values: [89.95, 89, 89.5], target: 95, tolerance: 85 });
    expect(c?.clause).toBe(
      ", after a very slight decline the quarter before, from 90% in Q4 2017/18"
    );
  });

  it("claims nothing without a turn: a run, an unchanged quarter, a gap, a small cohort", () => {
    expect(turn({ values: [80, 81, 82, 83] })).toBeNull();
    expect(turn({ values: [80, 82, 82, 83] })).toBeNull();
    expect(turn({ values: [80, 82, null, 81] })).toBeNull();
    expect(turn({ values: [73, 69, 72], denominator: 6 })).toBeNull();
    expect(turn({ values: [73, 69, 65, 72] })).not.toBeNull();
    expect(turn({ values: [73, 75, 69, 65] })).toBeNull();
  });
});

describe("best and worst", () => {
  it("names the best performance of the quarters recorded", () => {
    expect(
      extremeSentence(
        ctx({
          values: [3.5, 2.4, 2.9, 1.2],
          polarity: "lower",
          target: 4,
          tolerance: 6,
          decimals: 1,
        }),
        false
      )?.text
    ).toBe("This is the best performance of the four quarters recorded.");
  });

  it("says 'equals' for a tie and 'worst' at the other end", () => {
    expect(extremeSentence(ctx({ values: [96, 100, 98, 100] }), false)?.text).toBe(
      "This equals the best performance of the four quarters recorded."
    );
    expect(extremeSentence(ctx({ values: [96, 100, 98, 95] }), false)?.text).toBe(
      "This is the worst performance of the four quarters recorded."
    );
  });

  it("uses highest/lowest for volumetric measures and needs four figures", () => {
    expect(
      extremeSentence(ctx({ values: [5, 6, 7, 8], type: "volumetric", percent: false }), true)?.text
    ).toBe("This is the highest figure of the four quarters recorded.");
    expect(extremeSentence(ctx({ values: [5, 6, 8] }), false)).toBeNull();
    expect(extremeSentence(ctx({ values: [5, 9, 6, 8] }), false)).toBeNull();
  });
});
