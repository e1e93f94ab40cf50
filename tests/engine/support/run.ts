/** Runs the engine on a test workbook and fails the test loudly when the run does not complete. */
import { runEngine } from "../../../src/engine/run";
import type { EngineOptions, Finding, RunResult, WorkbookGrid } from "../../../src/engine/types";

export function runOk(workbook: WorkbookGrid, options: EngineOptions = {}): RunResult {
  const outcome = runEngine(workbook, options);
  if (!outcome.ok) throw new Error(`run failed: ${outcome.failure.message}`);
  return outcome.result;
}

export function statusOf(result: RunResult, ref: string): string {
  const i = result.indicators.findIndex((ind) => ind.ref === ref);
  if (i < 0) throw new Error(`no indicator ${ref}`);
  return result.classifications[i].status;
}

export function findingsFor(result: RunResult, ref: string): Finding[] {
  return result.findings.filter((f) => f.ref === ref);
}

export function codesFor(result: RunResult, ref: string): string[] {
  return findingsFor(result, ref).map((f) => `${f.severity}:${f.code}@${f.cell}`);
}
