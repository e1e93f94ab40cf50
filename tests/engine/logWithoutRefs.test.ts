/**
 * A table with no ref column (Cheshire West and Chester's Council Plan pages list measures by name
 * only): each log row must carry its own indicator's draft, and a rerun must find its rows again
 * by name rather than add them twice. Before, every ref-less row shared the first one's draft.
 */
import { LOG_COL } from "../../src/engine/challengeLog";
import { planWrite } from "../../src/engine/writePlan";
import type { PlanValue } from "../../src/engine/plan-types";
import { buildSheet, workbookOf } from "./support/grid";
import { runOk } from "./support/run";

const HEADER = ["Measure", "Good is", "Unit", "Target", "Q2 2018/19", "Q4 2018/19"];

function workbook() {
  return workbookOf(
    buildSheet({
      header: HEADER,
      rows: [
        // 262.3 against 310, lower is better: on target (good group, not in the log).
        ["Rate of children in need per 10,000", "L", "Rate per 10,000", 310, 291.4, 262.3],
        // 16% against 14%, lower is better, no tolerance: outside (of concern, in the log).
        ["Second or subsequent child protection plans", "L", "%", 14, 17.9, 16],
      ],
    })
  );
}

describe("the Challenge log of a table without refs", () => {
  it("lists the indicator of concern with its own draft", () => {
    const result = runOk(workbook());
    const rows = planWrite(result, { logRows: null }).logSheet.rows.slice(1);
    expect(rows.map((r) => r[LOG_COL.indicator])).toEqual([
      "Second or subsequent child protection plans",
    ]);
    const council = String(rows[0][LOG_COL.council]);
    expect(council).toContain("above target (14%)");
    expect(council).not.toContain("310");
  });

  it("finds its rows again by name on a rerun, adding none twice", () => {
    const result = runOk(workbook());
    const first = planWrite(result, { logRows: null }).logSheet.rows;
    const typed: PlanValue[][] = first.map((row, i) =>
      i === 1
        ? row.map((v, c) => (c === LOG_COL.trust ? "Audit of repeat plans under way" : v))
        : row
    );
    const rerun = planWrite(result, { logRows: typed }).logSheet.rows;
    expect(rerun).toHaveLength(first.length);
    expect(rerun[1][LOG_COL.trust]).toBe("Audit of repeat plans under way");
  });
});
