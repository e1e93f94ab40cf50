import { buildContext } from "../../../src/engine/commentary/context";
import { changeSize, directionOfTravel } from "../../../src/engine/commentary/direction";
import { classify, makeIndicator, quarter } from "./fixtures";

const Q2 = quarter(2018, 2);

function direction(spec: Parameters<typeof makeIndicator>[0], neutral = false) {
  const indicator = makeIndicator(spec);
  return directionOfTravel(buildContext(indicator, classify(indicator, Q2), Q2, 10), neutral);
}

describe("change size", () => {
  it("judges against the band width: under a quarter very slight, under a band slight, else significant", () => {
    expect(changeSize(91, 90, 5)).toBe("very slight");
    expect(changeSize(91.25, 90, 5)).toBe("slight");
    expect(changeSize(94.9, 90, 5)).toBe("slight");
    expect(changeSize(95, 90, 5)).toBe("significant");
  });

  it("falls back to relative change without a band: under 1%, under 5%", () => {
    expect(changeSize(1005, 1000, null)).toBe("very slight");
    expect(changeSize(1010, 1000, null)).toBe("slight");
    expect(changeSize(1050, 1000, null)).toBe("significant");
    expect(changeSize(3, 0, null)).toBe("significant");
  });
});

describe("direction of travel", () => {
  it("reports an improvement with its size, difference and earlier figure", () => {
    const d = direction({ values: [89, 91] });
    expect(d.sentence?.text).toBe(
      "There has been a slight improvement of 2 percentage points from 89% in Q1 2018/19."
    );
    expect(d.phrase).toBe("Improved slightly");
    expect(d.sentence?.sources).toEqual(["Indicators!I5", "Indicators!J5"]);
  });

  it("uses the polarity: a fall in a lower-is-better measure is an improvement", () => {
    const d = direction({
      values: [1.8, 1.2],
      decimals: 1,
      polarity: "lower",
      target: 4,
      tolerance: 6,
    });
    expect(d.sentence?.text).toBe(
      "There has been a slight improvement of 0.6 percentage points from 1.8% in Q1 2018/19."
    );
  });

  // docs/commentary.md (issue 9): the word follows the exact values (91.2 → 90.8 is a decline, not "no
  // change"); as both cells show 91%, both figures are printed at the precision that agrees.
  it("judges the exact values, and prints both finer when both figures show the same", () => {
    const d = direction({ values: [91.2, 90.8] });
    expect(d.phrase).toBe("Declined very slightly");
    expect(d.change?.kind).toBe("declined");
    expect(d.sentence?.text).toBe(
      "There has been a very slight decline of 0.4 percentage points from 91.2% in Q1 2018/19 to 90.8%."
    );
  });

  it("reports no change when the exact values are equal", () => {
    const d = direction({ values: [91, 91] });
    expect(d.phrase).toBe("No change");
    expect(d.sentence?.text).toBe("This is unchanged from 91% in Q1 2018/19.");
  });

  it("uses increase/decrease and relative size for volumetric measures", () => {
    const d = direction({ type: "volumetric", percent: false, values: [1850, 1898] }, true);
    expect(d.sentence?.text).toBe(
      "There has been a slight increase of 48 from 1,850 in Q1 2018/19."
    );
    expect(d.phrase).toBe("Increased slightly");
  });

  it("says so when the previous quarter has no figure", () => {
    const d = direction({ values: [null, 91] });
    expect(d.change).toBeNull();
    expect(d.phrase).toBe("No previous figure");
    expect(d.sentence?.text).toBe("There is no figure for Q1 2018/19 to compare with.");
  });

  it("says nothing when the chosen quarter is the first one", () => {
    expect(direction({ values: [91] }).sentence).toBeNull();
  });
});
