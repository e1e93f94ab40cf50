/** The analyst's corrections (docs/layouts.md): a column set to Not used, polarity set per indicator. */
import { runEngine } from "../../src/engine/run";
import type { CellValue, RunResult } from "../../src/engine/types";

function grid(values: CellValue[][]) {
  return { sheets: [{ name: "KPIs", top: 0, left: 0, values }] };
}

function ok(outcome: ReturnType<typeof runEngine>): RunResult {
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.result;
}

// No polarity column: A1 72 against target 70, A2 5 against target 8.
const NO_POLARITY = grid([
  ["Ref", "Indicator", "Target", "Q1 2022/23"],
  ["A1", "Visits in time (%)", 70, 72],
  ["A2", "Re-referrals (%)", 8, 5],
]);

describe("polarity set per indicator", () => {
  it("rates the indicators it is set for; the table finding goes once none is left unrated", () => {
    const before = ok(runEngine(NO_POLARITY));
    expect(before.classifications.map((c) => c.status)).toEqual(["notClassified", "notClassified"]);
    expect(before.findings.map((f) => f.code)).toContain("polarity.noColumn");
    const one = ok(runEngine(NO_POLARITY, { polarityOverrides: { A1: "higher" } }));
    // 72 ≥ 70, higher is better → on target; A2 still has none.
    expect(one.classifications.map((c) => c.status)).toEqual(["onTarget", "notClassified"]);
    expect(one.indicators[0].polarity).toBe("higher");
    // The table finding now counts the one row still without a polarity.
    expect(one.findings.find((f) => f.code === "polarity.noColumn")?.message).toContain(
      "so 1 indicator with a target is not rated"
    );
    const both = ok(runEngine(NO_POLARITY, { polarityOverrides: { A1: "higher", A2: "lower" } }));
    // 5 ≤ 8, lower is better → on target.
    expect(both.classifications.map((c) => c.status)).toEqual(["onTarget", "onTarget"]);
    expect(both.findings.map((f) => f.code)).not.toContain("polarity.noColumn");
  });

  it("ignores values that are not a polarity", () => {
    const result = ok(
      runEngine(NO_POLARITY, { polarityOverrides: { A1: "sideways" as unknown as "higher" } })
    );
    expect(result.classifications[0].status).toBe("notClassified");
  });
});

describe("a column set to Not used", () => {
  const TABLE = grid([
    ["Ref", "Indicator", "Polarity", "Target", "Q1 2022/23", "Q2 2022/23"],
    ["A1", "Visits in time (%)", "H", 70, 72, 69],
  ]);

  it("is read as nothing: a target column set to Not used leaves the row with no target", () => {
    const result = ok(runEngine(TABLE, { columnsNotUsed: [3] }));
    expect(result.classifications[0].status).toBe("noTarget");
    expect(result.layout.columnRoles?.find((e) => e.column === 3)?.role).toBe("notUsed");
  });

  it("a period column set to Not used is no longer a period (Q2 dropped: Q1 is classified)", () => {
    const result = ok(runEngine(TABLE, { columnsNotUsed: [5] }));
    expect(result.quarters.map((q) => q.label)).toEqual(["Q1 2022/23"]);
    expect(result.classifications[0].status).toBe("onTarget");
  });
});
