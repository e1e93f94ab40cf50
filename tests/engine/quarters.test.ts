import fc from "fast-check";
import {
  compareQuarters,
  makeQuarter,
  parseQuarter,
  parseQuarterOption,
  quarterLabel,
  quarterYearBefore,
  sortQuarters,
} from "../../src/engine/quarters";

describe("quarter labels", () => {
  it.each([
    "Q2 2018/19",
    "2018/19 Q2",
    "Q2 18/19",
    "Quarter 2 2018/19",
    "2018-19 Q2",
    "Q2 2018-19",
    "2018/2019 Q2",
    "q2 2018/19",
    "Q2  2018 / 19",
    "Qtr 2 2018/19",
    "Q2 - 2018/19",
    "2018/19 - Q2",
    "2018–19 Q2",
    "Q2 FY2018/19",
    "18/19 Q2",
    "2018/19 Quarter 2",
  ])("reads %s as Q2 2018/19", (text) => {
    expect(parseQuarter(text)).toEqual({ fy: 2018, q: 2, label: "Q2 2018/19" });
  });

  it.each([
    "Q5 2018/19",
    "Q2 2018/20",
    "Q2 2018",
    "Status Q2 2018/19",
    "Target",
    "",
    "2018/19",
    "Q2 2018/19 target",
  ])("rejects %s", (text) => {
    expect(parseQuarter(text)).toBeNull();
  });

  it("handles the turn of the century", () => {
    expect(parseQuarter("Q4 99/00")?.label).toBe("Q4 1999/00");
    expect(parseQuarter("Q1 2009/10")?.label).toBe("Q1 2009/10");
  });

  it("round-trips every normalised label", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1970, max: 2068 }),
        fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
        (fy, q) => {
          expect(parseQuarter(quarterLabel(fy, q))).toEqual(makeQuarter(fy, q));
        }
      )
    );
  });

  it("sorts chronologically by financial year then quarter", () => {
    const sorted = sortQuarters(
      ["Q1 2018/19", "Q4 2017/18", "Q2 2018/19", "Q3 2017/18"].map((t) => parseQuarter(t)!)
    );
    expect(sorted.map((q) => q.label)).toEqual([
      "Q3 2017/18",
      "Q4 2017/18",
      "Q1 2018/19",
      "Q2 2018/19",
    ]);
    expect(compareQuarters(makeQuarter(2018, 1), makeQuarter(2017, 4))).toBeGreaterThan(0);
    expect(quarterYearBefore(makeQuarter(2018, 2)).label).toBe("Q2 2017/18");
  });

  it("reads quarters the user typed, with stray quotes and spaces", () => {
    expect(parseQuarterOption(' "q2 2018/19" ')?.label).toBe("Q2 2018/19");
    expect(parseQuarterOption("2018-19 Q3")?.label).toBe("Q3 2018/19");
    expect(parseQuarterOption("last quarter")).toBeNull();
  });
});
