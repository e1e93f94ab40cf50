/**
 * Property: whatever grid an adapter hands the engine, finding the table and running a
 * classification return an answer — never a throw, and never the engine's own safety net for
 * internal faults ("could not be read … Please report this"), which would hide a crash.
 */
import fc from "fast-check";
import { FINDING_CODES } from "../../src/engine/findings";
import { inspectWorkbook, runEngine } from "../../src/engine/run";
import type { RunFailure, RunResult } from "../../src/engine/types";
import { anyOptions, anyWorkbook } from "./arbitraries";

const RUNS = 400;
const INTERNAL_FAULT = /could not be read|please report/i;
const SEVERITIES = ["error", "warning", "info"];

function failureProblems(failure: RunFailure): string[] {
  const problems: string[] = [];
  if (INTERNAL_FAULT.test(failure.message))
    problems.push(`internal fault caught by the safety net: ${failure.message}`);
  if (!failure.message.trim() || failure.message.includes("\n"))
    problems.push(`not one clear line: ${JSON.stringify(failure.message)}`);
  if (!["noTable", "noSheet", "noQuarter"].includes(failure.kind))
    problems.push(`unknown kind ${failure.kind}`);
  return problems;
}

function resultProblems(result: RunResult): string[] {
  const problems: string[] = [];
  if (result.classifications.length !== result.indicators.length)
    problems.push("one classification per indicator");
  for (const finding of result.findings) {
    if (!(FINDING_CODES as readonly string[]).includes(finding.code))
      problems.push(`undocumented code ${finding.code}`);
    if (finding.code === "commentary.failed")
      problems.push(`commentary crashed: ${finding.message}`);
    if (!SEVERITIES.includes(finding.severity)) problems.push(`bad severity ${finding.severity}`);
    if (!finding.message.trim()) problems.push(`empty message for ${finding.code}`);
  }
  if (!result.quarters.some((q) => q.label === result.quarter.label))
    problems.push("chosen quarter is one of the table's");
  return problems;
}

describe("grid parser: any grid, no throw", () => {
  it("inspectWorkbook answers every grid", () => {
    fc.assert(
      fc.property(anyWorkbook, anyOptions, (grid, options) => {
        const outcome = inspectWorkbook(grid, options);
        expect(outcome.ok ? [] : failureProblems(outcome.failure)).toEqual([]);
      }),
      { numRuns: RUNS }
    );
  });

  it("runEngine answers every grid with a consistent result or one clear line", () => {
    fc.assert(
      fc.property(anyWorkbook, anyOptions, (grid, options) => {
        const outcome = runEngine(grid, options);
        expect(
          outcome.ok ? resultProblems(outcome.result) : failureProblems(outcome.failure)
        ).toEqual([]);
      }),
      { numRuns: RUNS }
    );
  });

  it("the generators do reach real tables (the properties are not vacuous)", () => {
    const outcomes = fc
      .sample(fc.tuple(anyWorkbook, anyOptions), { numRuns: 300, seed: 42 })
      .map(([grid]) => runEngine(grid));
    const classified = outcomes.filter((o) => o.ok && o.result.indicators.length > 0).length;
    expect(classified).toBeGreaterThan(30);
  });

  it("does not modify the grid it is given", () => {
    fc.assert(
      fc.property(anyWorkbook, (grid) => {
        const before = JSON.stringify(grid);
        runEngine(grid);
        expect(JSON.stringify(grid)).toBe(before);
      }),
      { numRuns: 150 }
    );
  });
});
