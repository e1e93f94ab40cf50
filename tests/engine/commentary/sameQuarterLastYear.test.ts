import { buildContext } from "../../../src/engine/commentary/context";
import { yearFact } from "../../../src/engine/commentary/sameQuarterLastYear";
import { classify, makeIndicator, quarter } from "./fixtures";

const Q2 = quarter(2018, 2);

function s(spec: Parameters<typeof makeIndicator>[0], neutral = false) {
  const indicator = makeIndicator(spec);
  return (
    yearFact(buildContext(indicator, classify(indicator, Q2), Q2, 10), neutral)?.sentence ?? null
  );
}

describe("same quarter last year", () => {
  it("compares with the quarter four back, with size", () => {
    const sentence = s({ values: [78, 83, 86, 89, 91] });
    expect(sentence?.text).toBe(
      "Compared with Q2 2017/18 (78%), this is a significant improvement."
    );
    expect(sentence?.sources).toEqual(["Indicators!I5"]);
  });

  it("says 'the same as' when the figures show the same", () => {
    expect(s({ values: [91, 80, 80, 80, 91] })?.text).toBe(
      "This is the same as in Q2 2017/18 (91%)."
    );
  });

  it("is silent when the series does not reach back a year or that quarter is blank", () => {
    expect(s({ values: [83, 86, 89, 91] })).toBeNull();
    expect(s({ values: [null, 83, 86, 89, 91] })).toBeNull();
  });

  it("uses increase/decrease for volumetric measures", () => {
    expect(
      s({ type: "volumetric", percent: false, values: [1690, 1740, 1790, 1850, 1898] }, true)?.text
    ).toBe("Compared with Q2 2017/18 (1,690), this is a significant increase.");
  });
});
