/**
 * Phase: the pure engine's throughput. `runEngine` reads, validates and classifies every quarter
 * of every indicator (streaks need each quarter's status) and drafts the commentary; the rate is
 * indicator-quarters per second. The floor is a trivial loop over the same cells (read, compare
 * with the target, count) timed in the same process, so the ratio shows the engine's overhead.
 * Usage: engine.ts <indicators> <quarters>
 */
import type { CommentaryInput } from "../../src/engine/commentary";
import type { RunOutcome, WorkbookGrid } from "../../src/engine/types";
import { emitResult } from "../child";
import { type IndicatorFixture, makeIndicatorFixture, toEngineGrid } from "../fixtures";

export interface EnginePhase {
  indicators: number;
  quarters: number;
  engineMs: number;
  /** draftCommentary alone on the same run's result (part of engineMs). */
  commentaryMs: number;
  loopMs: number;
  classified: number;
  commentaryItems: number;
  sample?: {
    indicators: number;
    quarters: number;
    ms: number;
    commentaryItems: number;
    sentences: number;
  };
  problem?: string;
}

type RunEngine = (grid: WorkbookGrid, options: Record<string, unknown>) => RunOutcome;
type DraftCommentary = (input: CommentaryInput) => unknown[];

/**
 * Best of `n` timed calls after one warm-up call: on a shared machine the fastest call is the
 * closest to the code's own cost (neighbours only ever add time).
 */
function timeIt(n: number, fn: () => unknown): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** The floor: touch each quarter cell once, compare with the target by polarity, count outcomes. */
function trivialLoop(fixture: IndicatorFixture): number {
  const first = 8;
  let better = 0;
  for (const row of fixture.rows) {
    const target = typeof row[6] === "number" ? row[6] : 0;
    const higher = row[4] === "Higher is better";
    for (let q = first; q < first + fixture.quarterCount; q++) {
      const v = row[q];
      if (typeof v === "number" && (higher ? v >= target : v <= target)) better++;
    }
  }
  return better;
}

async function sampleCost(runEngine: RunEngine): Promise<EnginePhase["sample"]> {
  try {
    const sample = (await import("../../scripts/sample-data")) as {
      buildSampleGrid: () => WorkbookGrid;
      SAMPLE_QUARTERS: readonly string[];
    };
    const grid = sample.buildSampleGrid();
    let outcome: RunOutcome | undefined;
    const ms = timeIt(50, () => (outcome = runEngine(grid, {})));
    const result = outcome?.ok ? outcome.result : undefined;
    return {
      indicators: result?.indicators.length ?? 0,
      quarters: result?.quarters.length ?? sample.SAMPLE_QUARTERS.length,
      ms,
      commentaryItems: result?.commentary.length ?? 0,
      sentences: result?.commentary.reduce((n, c) => n + c.sentences.length, 0) ?? 0,
    };
  } catch {
    return undefined;
  }
}

/** The commentary's share of a run: draftCommentary again on the run's own result. */
async function commentaryCost(
  result: Extract<RunOutcome, { ok: true }>["result"]
): Promise<number> {
  const { draftCommentary } = (await import("../../src/engine/commentary")) as {
    draftCommentary: DraftCommentary;
  };
  const input: CommentaryInput = {
    indicators: result.indicators,
    classifications: result.classifications,
    quarters: result.quarters,
    quarter: result.quarter,
    toleranceMode: result.toleranceMode,
    smallCohortThreshold: 10,
  };
  return timeIt(5, () => draftCommentary(input));
}

async function main(): Promise<void> {
  const [indicators, quarters] = process.argv.slice(2).map(Number);
  const fixture = makeIndicatorFixture(indicators, quarters);
  const loopMs = timeIt(5, () => trivialLoop(fixture));
  let runEngine: RunEngine;
  try {
    runEngine = ((await import("../../src/engine/run")) as { runEngine: RunEngine }).runEngine;
  } catch (error) {
    const problem = `engine not loadable: ${(error as Error).message.split("\n")[0]}`;
    emitResult({
      indicators,
      quarters,
      engineMs: NaN,
      commentaryMs: NaN,
      loopMs,
      classified: 0,
      commentaryItems: 0,
      problem,
    } satisfies EnginePhase);
    return;
  }
  const grid = toEngineGrid(fixture);
  let outcome: RunOutcome | undefined;
  const engineMs = timeIt(5, () => (outcome = runEngine(grid, {})));
  const result = outcome?.ok ? outcome.result : undefined;
  emitResult({
    indicators,
    quarters,
    engineMs,
    commentaryMs: result ? await commentaryCost(result) : NaN,
    loopMs,
    classified: result?.classifications.length ?? 0,
    commentaryItems: result?.commentary.length ?? 0,
    sample: await sampleCost(runEngine),
    problem: outcome && !outcome.ok ? outcome.failure.message : undefined,
  } satisfies EnginePhase);
}

void main();
