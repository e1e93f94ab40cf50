/**
 * The verdict that opens each item (docs/commentary.md, Verdict): its words follow the group, the
 * status now and a period before, the last change and the position, and "remains" only when sure.
 */
import { draftCommentary } from "../../../src/engine/commentary";
import { inputFor, makeIndicator } from "./fixtures";

const first = (spec: Parameters<typeof makeIndicator>[0]) =>
  draftCommentary(inputFor([makeIndicator(spec)]))[0];

describe("the verdict", () => {
  // Target 90, threshold 85 (higher is better) unless given.
  it("judges good performance, improving or despite a decline, and 'remains' only after on target", () => {
    expect(first({ values: [91, 93] }).sentences[0]).toBe(
      "This is good and improving performance."
    );
    expect(first({ values: [93, 91] }).sentences[0]).toBe(
      "Despite a slight decline in Q2 2018/19, this remains good performance."
    );
    expect(first({ values: [93, 93] }).sentences[0]).toBe("This remains good performance.");
    // Inside tolerance before: good now, but not "remains".
    expect(first({ values: [88, 88, 91] }).sentences[0]).toBe(
      "This is good and improving performance."
    );
    expect(first({ values: [91] }).sentences[0]).toBe("This is good performance.");
  });

  it("says where an inside-tolerance figure sits, and never that a potential concern remains", () => {
    const nearLimit = first({ values: [86, 86, 85.5] });
    expect(nearLimit.group).toBe("concern");
    expect(nearLimit.sentences[0]).toBe("This is a potential concern, just within tolerance.");
    const improving = first({ values: [85, 84, 86.5], decimals: 1 });
    expect(improving.sentences[0]).toBe(
      "Despite a slight improvement in Q2 2018/19, this is a potential concern, within tolerance but nearer the tolerance limit than the target."
    );
  });

  it("says a concern remains only when the period before was outside tolerance too", () => {
    expect(first({ values: [80, 78] }).sentences[0]).toBe("Performance remains a concern.");
    expect(first({ values: [88, 78] }).sentences[0]).toBe("Performance is a concern.");
    expect(first({ values: [70, 78] }).sentences[0]).toBe(
      "Despite a significant improvement in Q2 2018/19, performance remains a concern."
    );
  });

  it("judges a cumulative measure's change against the same period a year before", () => {
    const indicator = makeIndicator({ values: [95, 80, 85, 90, 94] });
    indicator.cumulative = "yearToDate";
    const [item] = draftCommentary(inputFor([indicator]));
    expect(item.sentences[0]).toBe(
      "Despite a very slight decline compared with Q2 2017/18, this remains good performance."
    );
  });

  it("opens a volumetric measure with the way it moved, not a judgement", () => {
    const volume = { type: "volumetric" as const, percent: false };
    expect(first({ ...volume, values: [100, 120, 110] }).sentences[0]).toBe(
      "The figure has decreased in Q2 2018/19."
    );
    expect(first({ ...volume, values: [130, 120, 110, 105] }).sentences[0]).toBe(
      "The figure has decreased further in Q2 2018/19, to the lowest of the four quarters recorded."
    );
    // No change to report: no opening.
    expect(first({ ...volume, values: [100, 100] }).sentences[0]).toBe(
      "This is unchanged from 100 in Q1 2018/19."
    );
  });

  it("gives no verdict to an indicator that is not rated", () => {
    expect(first({ values: [80, 82], target: null, tolerance: null }).sentences[0]).toBe(
      "No target is specified for this indicator, so it is not rated."
    );
  });
});
