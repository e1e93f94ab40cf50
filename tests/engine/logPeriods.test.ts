/**
 * The Challenge log by indicator and period (docs/workbook-output.md): edits and added rows belong to the period
 * worked on; earlier periods' rows are history; a log from before rows named their period still
 * works. Expected rows worked out by hand.
 */
import { LOG_COL, LOG_HEADERS, readEdits } from "../../src/engine/challengeLog";
import {
  addLogRow,
  applyCommentaryEdit,
  logRefsOf,
  redraftRow,
  type FreshLogRow,
} from "../../src/engine/logEdits";
import { movesAgainstExpectation } from "../../src/engine/logMerge";
import type { PlanValue } from "../../src/engine/plan-types";
import type { Indicator } from "../../src/engine/types";

const Q1 = "Q1 2018/19";
const Q2 = "Q2 2018/19";

function row(ref: string, period: string, council: string, draft = council): PlanValue[] {
  const r: PlanValue[] = LOG_HEADERS.map(() => null);
  r[LOG_COL.ref] = ref;
  r[LOG_COL.council] = council;
  r[LOG_COL.draft] = draft;
  r[LOG_COL.period] = period;
  return r;
}

function fresh(ref: string, period = Q2): FreshLogRow {
  return {
    ref,
    indicator: `Indicator ${ref}`,
    area: "Early help",
    value: "91%",
    status: "On or better than target",
    direction: "Improved slightly",
    draft: `Draft ${ref} ${period}.`,
    period,
  };
}

const LOG: PlanValue[][] = [
  [...LOG_HEADERS],
  row("A1", Q1, "Q1 words", "Q1 draft"),
  row("A1", Q2, "Q2 draft"),
];

describe("edits by indicator and period", () => {
  it("reads the edits of the period asked for", () => {
    expect(readEdits(LOG, Q2)).toEqual({});
    expect(readEdits(LOG, Q1)).toEqual({ A1: "Q1 words" });
  });

  it("stores an edit in the row of its period, leaving the earlier period's row", () => {
    const after = applyCommentaryEdit(LOG, "A1", "Q2 words", { period: Q2 });
    expect(after[1]).toEqual(LOG[1]);
    expect(after[2][LOG_COL.council]).toBe("Q2 words");
    expect(after[2][LOG_COL.draft]).toBe("Q2 draft");
  });

  it("adds the row of an indicator the log does not list when the run's figures are given", () => {
    const after = applyCommentaryEdit(LOG, "B7", "Typed for B7", {
      period: Q2,
      fresh: fresh("B7"),
    });
    expect(after).toHaveLength(4);
    const added = after[3];
    expect(added[LOG_COL.ref]).toBe("B7");
    expect(added[LOG_COL.period]).toBe(Q2);
    expect(added[LOG_COL.council]).toBe("Typed for B7");
    expect(added[LOG_COL.draft]).toBe("Draft B7 Q2 2018/19.");
    expect(added[LOG_COL.value]).toBe("91%");
    expect(readEdits(after, Q2)).toEqual({ B7: "Typed for B7" });
  });

  it("without the run's figures says the row is missing", () => {
    expect(() => applyCommentaryEdit(LOG, "B7", "x", { period: Q2 })).toThrow(/no row for B7/);
  });

  it("writes the period on a row from a log without one when it is edited", () => {
    const old = [LOG_HEADERS.slice(0, LOG_COL.period), row("A1", "", "draft").slice(0, 10)];
    const after = applyCommentaryEdit(old, "A1", "Mine", { period: Q2 });
    expect(after[1][LOG_COL.period]).toBe(Q2);
    expect(after[1][LOG_COL.council]).toBe("Mine");
  });

  it("redraft of an indicator the log does not list gives the run's draft and changes nothing", () => {
    const { rows, draft } = redraftRow(LOG, "B7", "Draft B7.", Q2);
    expect(draft).toBe("Draft B7.");
    expect(rows).toEqual(LOG);
  });

  it("redraft of the period's row leaves the earlier period's edit", () => {
    const edited = applyCommentaryEdit(LOG, "A1", "Q2 words", { period: Q2 });
    const { rows } = redraftRow(edited, "A1", undefined, Q2);
    expect(rows[2][LOG_COL.council]).toBe("Q2 draft");
    expect(rows[1][LOG_COL.council]).toBe("Q1 words");
  });
});

describe("adding an indicator to the log", () => {
  it("adds its row with the current draft once for the period", () => {
    const first = addLogRow(LOG, fresh("B7"));
    expect(first.added).toBe(true);
    expect(first.rows[3][LOG_COL.council]).toBe("Draft B7 Q2 2018/19.");
    const again = addLogRow(first.rows, fresh("B7"));
    expect(again.added).toBe(false);
    expect(again.rows).toEqual(first.rows);
  });

  it("adds an indicator listed in another period only for the new period", () => {
    const { rows, added } = addLogRow(LOG, fresh("A1", "Q3 2018/19"));
    expect(added).toBe(true);
    expect(rows.slice(0, 3)).toEqual(LOG);
    expect(rows[3][LOG_COL.period]).toBe("Q3 2018/19");
  });

  it("puts the row's cells under our headings where a reviewer moved them", () => {
    const moved = [["Notes", ...LOG_HEADERS]];
    const { rows } = addLogRow(moved, fresh("B7"));
    expect(rows[1][0]).toBeNull();
    expect(rows[1][LOG_COL.ref + 1]).toBe("B7");
    expect(rows[1][LOG_COL.period + 1]).toBe(Q2);
  });

  it("lists the refs the log holds for a period (undated rows count)", () => {
    const log = [...LOG, row("C1", "", "x"), row("D1", Q1, "y")];
    expect(logRefsOf(log, Q2).sort()).toEqual(["A1", "C1"]);
  });
});

describe("volumetric measures moving against expectation", () => {
  function volumetric(polarity: "higher" | "lower" | null, values: (number | null)[]): Indicator {
    return {
      row: 1,
      ref: "V1",
      name: "Contacts",
      area: "Front door",
      type: "volumetric",
      polarity,
      unit: "count",
      unitText: "",
      target: null,
      tolerance: null,
      threshold: null,
      series: values.map((value, i) => ({
        quarter: { fy: 2018, q: (i + 1) as 1 | 2, label: `Q${i + 1} 2018/19` },
        cell: `S!C${i + 2}`,
        value: value === null ? null : { value, cell: `S!C${i + 2}`, decimals: 0, percent: false },
      })),
      benchmarks: [],
      numerator: null,
      denominator: null,
      hasError: false,
    };
  }

  it("are those whose polarity calls the move worse", () => {
    expect(movesAgainstExpectation(volumetric("lower", [150, 151]), 1)).toBe(true);
    expect(movesAgainstExpectation(volumetric("lower", [151, 150]), 1)).toBe(false);
    expect(movesAgainstExpectation(volumetric("higher", [151, 150]), 1)).toBe(true);
    expect(movesAgainstExpectation(volumetric("higher", [150, 150]), 1)).toBe(false);
  });

  it("never without a polarity, a previous figure or a current one", () => {
    expect(movesAgainstExpectation(volumetric(null, [150, 151]), 1)).toBe(false);
    expect(movesAgainstExpectation(volumetric("lower", [null, 151]), 1)).toBe(false);
    expect(movesAgainstExpectation(volumetric("lower", [150, null]), 1)).toBe(false);
    expect(movesAgainstExpectation(volumetric("lower", [150, 151]), 0)).toBe(false);
  });
});
