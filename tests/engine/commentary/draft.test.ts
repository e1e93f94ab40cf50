import { draftCommentary } from "../../../src/engine/commentary";
import { classify, inputFor, makeIndicator } from "./fixtures";

describe("draftCommentary", () => {
  const good = makeIndicator({ ref: "A2", row: 6, values: [85, 86, 89, 91] });
  const concern = makeIndicator({
    ref: "A4",
    name: "Children seen",
    row: 5,
    values: [86, 82, 77, 74],
  });
  const volume = makeIndicator({
    ref: "E1",
    name: "Contacts",
    row: 4,
    type: "volumetric",
    percent: false,
    values: [1700, 1790, 1850, 1898],
  });
  const blank = makeIndicator({ ref: "A7", name: "Missing", row: 3, values: [80, 82, 84, null] });

  it("orders items by group, then by workbook row", () => {
    const items = draftCommentary(inputFor([volume, blank, good, concern]));
    expect(items.map((i) => [i.group, i.ref])).toEqual([
      ["good", "A2"],
      ["concern", "A4"],
      ["volumetric", "E1"],
      ["notClassified", "A7"],
    ]);
  });

  it("drafts a headline, sentences, text, direction and sources for a contract indicator", () => {
    const [item] = draftCommentary(inputFor([good]));
    expect(item.headline).toBe("A2 - Timeliness of single assessments – Q2 2018/19 = 91%");
    expect(item.sentences[0]).toBe("This is good and improving performance.");
    expect(item.sentences[1]).toBe(
      "Performance is on or better than target (90%), having been inside tolerance in Q1 2018/19."
    );
    expect(item.text).toBe(item.sentences.join(" "));
    expect(item.groupReason).toBe("Grouped as good: on or better than target.");
    expect(item.direction).toBe("Improved slightly");
    expect(item.sources[0]).toBe(good.series[3].cell);
    expect(item.sources).toEqual(expect.arrayContaining([good.target?.cell, good.series[2].cell]));
    expect(new Set(item.sources).size).toBe(item.sources.length);
  });

  it("explains why an indicator is not classified, from the classification", () => {
    const [item] = draftCommentary(inputFor([blank]));
    expect(item.group).toBe("notClassified");
    expect(item.headline).toBe("A7 - Missing – Q2 2018/19 = no value");
    expect(item.sentences).toEqual([
      "This indicator is not classified: no value for this quarter.",
    ]);
    expect(item.sources).toEqual([]);
  });

  it("drafts volumetric measures without a status sentence", () => {
    const [item] = draftCommentary(inputFor([volume]));
    expect(item.sentences).toEqual([
      "The figure has increased further in Q2 2018/19, to the highest of the four quarters recorded.",
      "This is a significant, consistent increase over the last three quarters, from 1,700 in Q3 2017/18.",
      "There has been a slight increase of 48 from 1,850 in Q1 2018/19.",
    ]);
    expect(item.text).not.toMatch(/target|tolerance|good|concern/);
    expect(item.groupReason).toMatch(/^Listed with the volumetric measures/);
  });

  it("lists a contract indicator with no target with the not-classified group, with its facts", () => {
    const noTarget = makeIndicator({ ref: "A9", values: [80, 82], target: null, tolerance: null });
    const [item] = draftCommentary(inputFor([noTarget]));
    expect(item.group).toBe("notClassified");
    expect(item.sentences[0]).toBe(
      "No target is specified for this indicator, so it is not rated."
    );
    expect(item.sentences[1]).toContain("improvement of 2 percentage points from 80%");
  });

  it("uses the classification it is given for the chosen quarter, not its own", () => {
    const input = inputFor([good]);
    input.classifications = [
      classify(good, input.quarter, { status: "notClassified", reason: "duplicate ref A2" }),
    ];
    const [item] = draftCommentary(input);
    expect(item.sentences).toEqual(["This indicator is not classified: duplicate ref A2."]);
  });

  it("drafts an earlier chosen quarter from the series up to that quarter only", () => {
    const input = inputFor([good]);
    const chosen = good.series[2].quarter;
    const [item] = draftCommentary({
      ...input,
      quarter: chosen,
      classifications: [classify(good, chosen)],
    });
    expect(item.headline).toBe("A2 - Timeliness of single assessments – Q1 2018/19 = 89%");
    expect(item.text).not.toContain("91%");
  });

  it("says so when a volumetric measure has no figure this quarter", () => {
    const empty = makeIndicator({
      ref: "E2",
      type: "volumetric",
      percent: false,
      values: [1700, null],
    });
    const [item] = draftCommentary(inputFor([empty]));
    expect(item.group).toBe("volumetric");
    expect(item.sentences).toEqual(["There is no figure for Q2 2018/19."]);
    expect(item.direction).toBe("No figure this quarter");
  });

  it("returns nothing for no indicators", () => {
    expect(draftCommentary(inputFor([]))).toEqual([]);
  });
});
