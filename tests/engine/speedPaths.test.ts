/**
 * The engine's speed paths (issue 14) give exactly what the plain rules give: sentences held as
 * slices of their paragraph (one copy of the text), and the commentary's order by group, then
 * sheet row, then input order, kept by a stable sort on group and row alone.
 */
import fc from "fast-check";
import { draftCommentary } from "../../src/engine/commentary";
import { inputFor, makeIndicator } from "./commentary/fixtures";

describe("commentary sentences as slices of the paragraph", () => {
  it("the paragraph is the sentences joined by a space, each sentence whole", () => {
    const values = fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), {
      minLength: 1,
      maxLength: 9,
    });
    fc.assert(
      fc.property(values, fc.boolean(), (v, percent) => {
        const input = inputFor([makeIndicator({ values: v, percent })]);
        for (const item of draftCommentary(input)) {
          expect(item.sentences.length).toBeGreaterThan(0);
          expect(item.sentences.join(" ")).toBe(item.text);
          for (const s of item.sentences) {
            expect(s.trim()).toBe(s);
            expect(s.endsWith(".")).toBe(true);
          }
        }
      })
    );
  });
});

describe("commentary order", () => {
  const good = (row: number, ref: string) => makeIndicator({ ref, row, values: [80, 84, 88, 92] });
  const concern = (row: number, ref: string) =>
    makeIndicator({ ref, row, values: [92, 88, 84, 80] });

  it("by group (good before concern), then sheet row, whatever order the rows come in", () => {
    // 92 against a target of 90 is good; 80 is below the 85 threshold, of concern.
    const input = inputFor([good(9, "G9"), concern(3, "C3"), good(2, "G2"), concern(7, "C7")]);
    expect(draftCommentary(input).map((c) => c.ref)).toEqual(["G2", "G9", "C3", "C7"]);
  });

  it("rows on the same sheet row keep the order they were given in", () => {
    const input = inputFor([good(5, "first"), concern(5, "worse"), good(5, "second")]);
    expect(draftCommentary(input).map((c) => c.ref)).toEqual(["first", "second", "worse"]);
  });
});
