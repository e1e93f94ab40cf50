import type { CommentaryItem } from "../../src/engine/types";
import {
  NO_FILTER,
  areasOf,
  commentaryRows,
  isFiltered,
  shownGroups,
} from "../../src/taskpane/commentaryFilter";

function item(
  ref: string,
  area: string,
  group: CommentaryItem["group"],
  text: string
): CommentaryItem {
  return {
    ref,
    name: `${ref} name`,
    area,
    group,
    headline: `${ref} - ${ref} name – Q2 2018/19 = 1%`,
    sentences: [text],
    text,
    direction: "No change",
    sources: [],
  };
}

const items = [
  item("A1", "Adults", "good", "Above target."),
  item("A2", "Adults", "concern", "Below target by 3 points."),
  item("C1", "Children", "concern", "Below the national average."),
  item("V1", "Volumetric", "volumetric", "Referrals rose."),
];
const textOf = (i: CommentaryItem): string => i.text;
const refs = (filter = NO_FILTER): string[][] =>
  shownGroups(items, textOf, filter).map((g) => g.items.map((i) => i.ref));

describe("commentary filter", () => {
  it("lists areas in workbook order, once each", () => {
    expect(areasOf(items)).toEqual(["Adults", "Children", "Volumetric"]);
  });

  it("shows every group (good, concern, volumetric, not classified) when nothing is filtered", () => {
    expect(refs()).toEqual([["A1"], ["A2", "C1"], ["V1"], []]);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it("filters by area and by group together", () => {
    expect(refs({ area: "Adults", group: "", search: "" })).toEqual([["A1"], ["A2"], [], []]);
    expect(refs({ area: "Adults", group: "concern", search: "" })).toEqual([["A2"]]);
  });

  it("searches ref, name and text, case-insensitively, every word", () => {
    expect(refs({ area: "", group: "", search: "c1" })).toEqual([[], ["C1"], [], []]);
    expect(refs({ area: "", group: "", search: "BELOW national" })).toEqual([[], ["C1"], [], []]);
    expect(refs({ area: "", group: "", search: "A2 name" })).toEqual([[], ["A2"], [], []]);
  });

  it("searches the reviewer's edit, not the draft it replaced", () => {
    const edited = (i: CommentaryItem): string => (i.ref === "A1" ? "Reviewer wording." : i.text);
    expect(
      shownGroups(items, edited, { area: "", group: "", search: "reviewer" })[0].items
    ).toHaveLength(1);
  });

  it("draws a heading per group with its count, and no cards under a collapsed group", () => {
    const rows = commentaryRows(shownGroups(items, textOf, NO_FILTER), new Set(["concern"]));
    expect(rows.map((r) => (r.kind === "card" ? r.item.ref : `${r.kind}:${r.group}`))).toEqual([
      "heading:good",
      "A1",
      "heading:concern",
      "heading:volumetric",
      "V1",
      "heading:notClassified",
      "empty:notClassified",
    ]);
    expect(rows[2]).toEqual({ kind: "heading", group: "concern", count: 2, collapsed: true });
  });
});
