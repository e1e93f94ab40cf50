import { LOG_COL, LOG_HEADERS, readEdits } from "../../src/engine/challengeLog";
import { applyCommentaryEdit, redraftRow } from "../../src/engine/logEdits";
import type { PlanValue } from "../../src/engine/plan-types";

function row(ref: string, council: string, draft: string): PlanValue[] {
  const r: PlanValue[] = LOG_HEADERS.map(() => null);
  r[LOG_COL.ref] = ref;
  r[LOG_COL.council] = council;
  r[LOG_COL.draft] = draft;
  return r;
}

const LOG: PlanValue[][] = [
  [...LOG_HEADERS],
  row("A1", "Draft A1", "Draft A1"),
  row("A2", "Edited A2", "Draft A2"),
];

describe("challenge log edits", () => {
  it("reads as edited only the rows whose challenge differs from the machine draft", () => {
    expect(readEdits(LOG)).toEqual({ A2: "Edited A2" });
  });

  it("ignores a difference of line endings only", () => {
    expect(readEdits([[...LOG_HEADERS], row("A1", "One\r\nTwo", "One\nTwo")])).toEqual({});
  });

  it("returns nothing for a missing or foreign sheet", () => {
    expect(readEdits(null)).toEqual({});
    expect(readEdits([["Something else"], ["x"]])).toEqual({});
  });

  it("stores an edit without touching the input rows", () => {
    const copy = JSON.parse(JSON.stringify(LOG)) as PlanValue[][];
    const after = applyCommentaryEdit(LOG, "A1", "My words");
    expect(LOG).toEqual(copy);
    expect(readEdits(after)).toEqual({ A1: "My words", A2: "Edited A2" });
  });

  it("stores text beginning with = as the same text", () => {
    const after = applyCommentaryEdit(LOG, "A1", '=HYPERLINK("x")');
    expect(after[1][LOG_COL.council]).toBe('=HYPERLINK("x")');
  });

  it("redrafts one indicator back to the machine draft and leaves the others", () => {
    const { rows, draft } = redraftRow(LOG, "A2");
    expect(draft).toBe("Draft A2");
    expect(rows[2][LOG_COL.council]).toBe("Draft A2");
    expect(readEdits(rows)).toEqual({});
  });

  it("finds moved columns by their heading", () => {
    const moved = LOG.map((r) => [
      r[LOG_COL.council],
      ...r.filter((_, i) => i !== LOG_COL.council),
    ]);
    expect(readEdits(moved)).toEqual({ A2: "Edited A2" });
  });

  it("says plainly when the ref has no row", () => {
    expect(() => applyCommentaryEdit(LOG, "Z9", "x")).toThrow(/no row for Z9/);
  });
});
