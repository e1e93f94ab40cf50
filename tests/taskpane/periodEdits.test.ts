import {
  editsFor,
  mergeClassified,
  offersFor,
  withEdit,
  withoutEdit,
  type PeriodEdits,
} from "../../src/taskpane/periodEdits";

const Q1 = "Q1 2018/19";
const Q2 = "Q2 2018/19";

describe("edits belong to an indicator and a period", () => {
  it("shows a period only its own edits and offers another period's", () => {
    let edits: PeriodEdits = new Map();
    edits = withEdit(edits, "A1", Q2, "Q2 wording");
    expect(editsFor(edits, Q2)).toEqual(new Map([["A1", "Q2 wording"]]));
    expect(editsFor(edits, Q1)).toEqual(new Map());
    expect(offersFor(edits, Q1)).toEqual(new Map([["A1", { period: Q2, text: "Q2 wording" }]]));
    expect(offersFor(edits, Q2)).toEqual(new Map());
  });

  it("offers nothing where the period has its own edit, and the newest other edit otherwise", () => {
    let edits: PeriodEdits = new Map();
    edits = withEdit(edits, "A1", Q1, "Q1 wording");
    edits = withEdit(edits, "A1", Q2, "Q2 wording");
    edits = withEdit(edits, "B1", "Q4 2017/18", "old");
    edits = withEdit(edits, "B1", Q2, "newer");
    expect(offersFor(edits, Q1).has("A1")).toBe(false);
    expect(offersFor(edits, Q1).get("B1")).toEqual({ period: Q2, text: "newer" });
    expect(editsFor(withoutEdit(edits, "A1", Q1), Q1).has("A1")).toBe(false);
  });

  it("keeps safe keys: a ref named __proto__ is an ordinary entry", () => {
    const edits = withEdit(new Map(), "__proto__", Q1, "text");
    expect(editsFor(edits, Q1).get("__proto__")).toBe("text");
    expect(Object.prototype).not.toHaveProperty("text");
  });

  it("a workbook edit the pane saw written for Q2 stays Q2's when Q1 is classified", () => {
    const before = withEdit(new Map(), "A1", Q2, "Q2 wording");
    // A log without periods hands back the Q2 text for A1 while Q1 is classified.
    const after = mergeClassified(before, Q1, { A1: "Q2 wording" });
    expect(editsFor(after, Q1).has("A1")).toBe(false);
    expect(offersFor(after, Q1).get("A1")).toEqual({ period: Q2, text: "Q2 wording" });
  });

  it("uses the period the host records, and takes an unknown edit as this period's", () => {
    const after = mergeClassified(new Map(), Q1, { A1: "x", B1: "y" }, { A1: Q2 });
    expect(editsFor(after, Q1)).toEqual(new Map([["B1", "y"]]));
    expect(editsFor(after, Q2)).toEqual(new Map([["A1", "x"]]));
  });

  it("drops this period's edits the workbook no longer holds, keeps other periods'", () => {
    let edits: PeriodEdits = withEdit(new Map(), "A1", Q1, "gone");
    edits = withEdit(edits, "A1", Q2, "kept");
    const after = mergeClassified(edits, Q1, {});
    expect(editsFor(after, Q1).size).toBe(0);
    expect(editsFor(after, Q2).get("A1")).toBe("kept");
  });
});

describe("refs named like object internals", () => {
  it("never takes Object.prototype's members as the period an edit was written for", () => {
    const fromWorkbook = Object.create(null) as Record<string, string>;
    for (const ref of ["constructor", "__proto__", "toString"])
      fromWorkbook[ref] = `text of ${ref}`;
    const after = mergeClassified(new Map(), Q1, fromWorkbook);
    expect([...editsFor(after, Q1).entries()].sort()).toEqual([
      ["__proto__", "text of __proto__"],
      ["constructor", "text of constructor"],
      ["toString", "text of toString"],
    ]);
    expect([...after.values()].every((edit) => edit.period === Q1)).toBe(true);
  });
});
