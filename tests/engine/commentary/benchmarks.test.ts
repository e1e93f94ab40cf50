import { benchmarkSentence, comparatorName } from "../../../src/engine/commentary/benchmarks";
import { buildContext } from "../../../src/engine/commentary/context";
import { classify, makeIndicator, quarter } from "./fixtures";

const Q2 = quarter(2018, 2);

function text(spec: Parameters<typeof makeIndicator>[0], neutral = false) {
  const indicator = makeIndicator(spec);
  return benchmarkSentence(buildContext(indicator, classify(indicator, Q2), Q2, 10), neutral);
}

const three = (national: number, sn: number, regional: number, decimals = 0) => [
  { name: "National", value: national, decimals },
  { name: "Statistical neighbours", value: sn, decimals },
  { name: "Regional", value: regional, decimals },
];

describe("benchmarks", () => {
  it("names each comparator and figure when better than all", () => {
    const s = text({ values: [89, 91], benchmarks: three(83, 86, 85) });
    expect(s?.text).toBe(
      "Performance is better than all comparators: the national average (83%), statistical neighbours (86%) and the regional average (85%)."
    );
    expect(s?.sources).toEqual(["Indicators!K5", "Indicators!L5", "Indicators!M5"]);
  });

  it("says adrift of all, with the polarity applied", () => {
    const s = text({
      values: [27],
      polarity: "lower",
      target: 22,
      tolerance: 28,
      benchmarks: three(21.9, 20.5, 22.9, 1),
    });
    expect(s?.text).toBe(
      "Performance is adrift of all comparators: the national average (21.9%), statistical neighbours (20.5%) and the regional average (22.9%)."
    );
  });

  it("splits a mixed picture into better and adrift", () => {
    expect(text({ values: [49], benchmarks: three(48, 50, 51) })?.text).toBe(
      "Performance is better than the national average (48%), but adrift of statistical neighbours (50%) and the regional average (51%)."
    );
    expect(text({ values: [49], benchmarks: three(48, 49, 51) })?.text).toBe(
      "Performance is better than the national average (48%), in line with statistical neighbours (49%), but adrift of the regional average (51%)."
    );
  });

  it("compares a single comparator without 'all comparators'", () => {
    expect(text({ values: [49], benchmarks: [{ name: "National", value: 45 }] })?.text).toBe(
      "Performance is better than the national average (45%)."
    );
  });

  it("uses higher/lower for volumetric measures", () => {
    expect(
      text(
        { type: "volumetric", percent: false, values: [396], benchmarks: three(341, 380, 360) },
        true
      )?.text
    ).toBe(
      "The figure is higher than all comparators: the national average (341), statistical neighbours (380) and the regional average (360)."
    );
  });

  it("says nothing without benchmarks", () => {
    expect(text({ values: [91] })).toBeNull();
  });

  it("recognises comparator names", () => {
    expect(comparatorName("England")).toBe("the national average");
    expect(comparatorName("SN average")).toBe("statistical neighbours");
    expect(comparatorName("Core cities")).toBe("Core cities");
    expect(comparatorName("Stat neighbours")).toBe("statistical neighbours");
    expect(comparatorName("Region")).toBe("the regional average");
  });
});
