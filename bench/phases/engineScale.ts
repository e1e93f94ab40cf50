/**
 * Phase: how the engine's time and memory grow with the sheet. One runEngine (detect → commentary)
 * on the seeded fixture at one size, in its own process so its memory is its own: best of a few
 * timed runs after a warm-up, the heap the run's result holds (measured between two full
 * collections), and the process's peak RSS.
 * Usage: engineScale.ts <indicators> <quarters> [repeats]
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { RunOutcome, WorkbookGrid } from "../../src/engine/types";
import { emitResult, peakRssMiB } from "../child";
import { makeIndicatorFixture, toEngineGrid } from "../fixtures";

export interface EngineScalePhase {
  indicators: number;
  quarters: number;
  /** Best of `repeats` whole runs. */
  ms: number;
  /** Median of the same runs (the best is the code's own cost; the median shows the load). */
  medianMs: number;
  /** Heap the run's result keeps alive, MiB. */
  resultHeapMiB: number;
  /** Resident memory before the first run (fixture and grid built) and at its peak, MiB. */
  baselineRssMiB: number;
  peakRssMiB: number;
  problem?: string;
}

type RunEngine = (grid: WorkbookGrid, options: Record<string, unknown>) => RunOutcome;

/** A full collection, for measuring what a result holds (not used while timing). */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

async function main(): Promise<void> {
  const [indicators, quarters, repeats = 3] = process.argv.slice(2).map(Number);
  const gc = collector();
  const grid = toEngineGrid(makeIndicatorFixture(indicators, quarters));
  const { runEngine } = (await import("../../src/engine/run")) as { runEngine: RunEngine };
  gc();
  const baselineRssMiB = process.memoryUsage().rss / 2 ** 20;
  const heapBefore = process.memoryUsage().heapUsed;
  let outcome: RunOutcome | undefined = runEngine(grid, {});
  gc();
  const resultHeapMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    outcome = undefined; // the previous result is garbage, as it would be between two runs
    const start = performance.now();
    outcome = runEngine(grid, {});
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  emitResult({
    indicators,
    quarters,
    ms: times[0],
    medianMs: times[Math.floor(times.length / 2)],
    resultHeapMiB,
    baselineRssMiB,
    peakRssMiB: peakRssMiB(),
    problem: outcome && !outcome.ok ? outcome.failure.message : undefined,
  } satisfies EngineScalePhase);
}

void main();
