/**
 * Tag characters (U+E0000–U+E007F) are invisible and can carry hidden text (issue 21): in a ref
 * they are reported at the cell and ignored for matching, so "OK1" + tags is a duplicate of "OK1".
 */
import { runEngine } from "../../src/engine/run";
import { hasHiddenCharacters, normaliseForMatching } from "../../src/engine/textNormalise";

const TAGS = "\u{E0001}\u{E0069}\u{E0067}\u{E006E}\u{E007F}"; // "ign" in tag letters

describe("tag characters", () => {
  it("are hidden characters, removed for matching", () => {
    expect(hasHiddenCharacters(`OK1${TAGS}`)).toBe(true);
    expect(normaliseForMatching(`OK1${TAGS}`)).toBe("OK1");
    // Other astral characters are not touched.
    expect(normaliseForMatching("OK1😀")).toBe("OK1😀");
  });

  it("in a ref: a warning at the cell, and the ref is a duplicate of the plain one", () => {
    const header = ["Ref", "Indicator", "Polarity", "Target", "Q2 2018/19"];
    const outcome = runEngine(
      {
        sheets: [
          {
            name: "S",
            top: 0,
            left: 0,
            values: [
              header,
              ["OK1", "One", "Higher", 90, 92],
              [`OK1${TAGS}`, "Two", "Higher", 90, 95],
            ],
          },
        ],
      },
      { quarter: "Q2 2018/19" }
    );
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const at = outcome.result.findings.filter((f) => f.cell === "S!A3").map((f) => f.code);
    expect(at).toEqual(expect.arrayContaining(["text.hiddenCharacters", "ref.duplicate"]));
  });
});
