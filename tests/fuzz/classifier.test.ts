/**
 * Properties of the classifier on generated indicator tables (one row per indicator, some clean,
 * some faulty): the summary adds up to the number of contract indicators the generator made, a
 * clean row gets the status the rule in docs/engine.md gives, and an error on a row leaves it not classified.
 */
import fc from "fast-check";
import { runEngine } from "../../src/engine/run";
import type { RunResult, Status } from "../../src/engine/types";
import { type GeneratedRow, grid, QUARTERS, STATUSES, table, VOLUMETRIC_TYPES } from "./tables";

/** docs/engine.md for a clean row. */
function expectedStatus(clean: NonNullable<GeneratedRow["clean"]>, v: number): Status {
  const better = (a: number, b: number) => (clean.polarity === "higher" ? a >= b : a <= b);
  if (better(v, clean.target)) return "onTarget";
  if (clean.threshold !== null && better(v, clean.threshold)) return "insideTolerance";
  return "outsideTolerance";
}

function run(rows: GeneratedRow[], quarter: number): RunResult {
  const outcome = runEngine(grid(rows), { quarter: QUARTERS[quarter] });
  if (!outcome.ok) throw new Error(`run refused: ${outcome.failure.message}`);
  return outcome.result;
}

describe("classifier properties", () => {
  it("the summary counts add up to the number of contract indicators", () => {
    fc.assert(
      fc.property(table, ({ rows, quarter }) => {
        const { summary, indicators } = run(rows, quarter);
        const contract = rows.filter((r) => !VOLUMETRIC_TYPES.includes(r.type)).length;
        expect(indicators).toHaveLength(rows.length);
        expect(summary.total.count).toBe(contract);
        expect(STATUSES.reduce((n, s) => n + summary.total[s], 0)).toBe(contract);
        for (const s of STATUSES)
          expect(summary.areas.reduce((n, a) => n + a[s], 0)).toBe(summary.total[s]);
        const percents = STATUSES.map((s) => summary.percent[s]);
        expect(percents.reduce((a, b) => a + b, 0)).toBe(contract === 0 ? 0 : 100);
        // Largest remainder: each share is its exact percentage rounded down or up.
        STATUSES.forEach((s, i) => {
          const exact = contract === 0 ? 0 : (100 * summary.total[s]) / contract;
          expect(percents[i]).toBeGreaterThanOrEqual(Math.floor(exact));
          expect(percents[i]).toBeLessThanOrEqual(Math.ceil(exact));
        });
      }),
      { numRuns: 300 }
    );
  });

  it("a clean row gets the status of the rule in docs/engine.md; a volumetric row is never rated", () => {
    fc.assert(
      fc.property(table, ({ rows, quarter }) => {
        const { classifications } = run(rows, quarter);
        rows.forEach((row, i) => {
          const got = classifications[i].status;
          if (VOLUMETRIC_TYPES.includes(row.type)) expect(got).toBe("noTarget");
          else if (row.clean)
            expect(got).toBe(expectedStatus(row.clean, row.cells[6 + quarter] as number));
        });
      }),
      { numRuns: 300 }
    );
  });

  it("a row with an error finding is not classified", () => {
    fc.assert(
      fc.property(table, ({ rows, quarter }) => {
        const result = run(rows, quarter);
        const status = new Map(result.classifications.map((c) => [c.ref, c.status]));
        for (const finding of result.findings.filter((f) => f.severity === "error" && f.ref)) {
          const indicator = result.indicators.find((i) => i.ref === finding.ref);
          if (indicator?.type === "contract")
            expect([finding.code, status.get(finding.ref!)]).toEqual([
              finding.code,
              "notClassified",
            ]);
        }
      }),
      { numRuns: 300 }
    );
  });
});
