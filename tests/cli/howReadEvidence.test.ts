/**
 * Issue 19, point 4: How the sheet was read gives each column's role with its evidence, for a
 * two-row header with a Targets group, words around the periods and a column read from its entries.
 */
import { runEngine } from "../../src/engine";
import { howReadText } from "../../src/cli/report";

describe("How the sheet was read, with the evidence", () => {
  it("names each role and why, for a two-row header", () => {
    const outcome = runEngine({
      sheets: [
        {
          name: "S",
          top: 0,
          left: 0,
          values: [
            [null, null, null, "Performance", null, "Targets", null, null],
            [
              "Ref",
              "Indicator",
              "Polarity (H/L)",
              "2020/21",
              "Council 21/22",
              "2021/22",
              "2022/23",
              "Forecast 2022/23",
            ],
            ["CP1", "Re-referrals within 12 months (%)", "L", 22, 19, 20, 18, 17],
            ["CP2", "Assessments within 45 days (%)", "H", 85, 88, 90, 92, 91],
          ],
        },
      ],
    });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const text = howReadText(outcome.result);
    expect(text).toContain("How the sheet was read (header row 2):");
    expect(text).toContain(
      "C  Polarity (H/L) → polarity (from its heading's words and its L/H entries)"
    );
    expect(text).toContain("D, E  → years (2020/21 to 2021/22)");
    // The group heading `Performance` passes its role to D; E's own word `Council` is kept.
    expect(text).toContain(
      'D  Performance 2020/21 → 2020/21 (from its heading: "performance" is a result)'
    );
    expect(text).toContain('E  Council 21/22 → 2021/22 (from its heading: "council" is a result)');
    expect(text).toContain(
      'F  Targets 2021/22 → target for 2021/22 (from "targets" in its heading)'
    );
    expect(text).toContain(
      'G  Targets 2022/23 → target for 2022/23 (from "targets" in its heading)'
    );
    expect(text).toContain(
      'H  Forecast 2022/23 → not used (from "forecast" in its heading: a forecast for 2022/23, never read as a result)'
    );
    // By hand: 2021/22 is the latest year with figures; CP1 19 ≤ 20 → on target; CP2 88 < 90 → outside.
    expect(outcome.result.quarter.label).toBe("2021/22");
    expect(outcome.result.classifications.map((c) => c.status)).toEqual([
      "onTarget",
      "outsideTolerance",
    ]);
  });
  it("names the one period of a one-period table, and a period said twice is one period", () => {
    const outcome = runEngine({
      sheets: [
        {
          name: "CYP PIs",
          top: 0,
          left: 0,
          values: [
            ["PI code", "Measure", "Good is", "Target 2017/18", "Q4 2017/18 (Jan – Mar 2018)"],
            ["CSC01", "Contacts completed within one working day (%)", "Higher", 95, 96.7],
            ["CSC03", "Referrals taking more than 72 hours (%)", "Lower", 5, 1.8],
          ],
        },
      ],
    });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const text = howReadText(outcome.result);
    expect(text).toContain("E  → quarter (Q4 2017/18)");
    // Jan – Mar 2018 is Q4 2017/18 again, not words read as a result.
    expect(text).not.toContain('"jan"');
    // Hand-worked: 96.7 ≥ 95 and 1.8 ≤ 5 (lower is better): both on or better than target.
    expect(outcome.result.summary.total).toMatchObject({ count: 2, onTarget: 2 });
  });
});
