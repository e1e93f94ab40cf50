import { buildContext } from "../../../src/engine/commentary/context";
import {
  consecutiveChanges,
  extremeSentence,
  runSentence,
} from "../../../src/engine/commentary/runs";
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

  it("claims a consistent improvement in the seed's words from three changes", () => {
    expect(runSentence(ctx({ values: [36, 38, 40, 42, 43, 45, 47, 49] }), false)?.text).toBe(
      "This is a consistent improvement over the last seven quarters."
    );
    expect(runSentence(ctx({ values: [50, 41, 42] }), false)).toBeNull();
  });

  it("calls a run of falls a decline for a higher-is-better measure and an increase when neutral", () => {
    expect(runSentence(ctx({ values: [60, 58, 55, 50] }), false)?.text).toBe(
      "This is a consistent decline over the last three quarters."
    );
    expect(
      runSentence(ctx({ values: [1, 2, 3, 4], type: "volumetric", percent: false }), true)?.text
    ).toBe("This is a consistent increase over the last three quarters.");
  });

  it("claims no run for a small cohort", () => {
    expect(runSentence(ctx({ values: [36, 38, 40, 42], denominator: 6 }), false)).toBeNull();
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
