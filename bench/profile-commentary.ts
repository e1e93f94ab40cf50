/**
 * Profiles the commentary's share of a run on a big sheet: runEngine on the benchmark's seeded 20,000-row fixture (bench/fixtures.ts),
 * and draftCommentary alone on that run's result, so "engine without commentary" is the difference.
 * Prints a SHA-256 of the drafted commentary, so that a speed-up can be checked not to change a
 * single character of the text (compare the hash before and after a change).
 *
 * Usage: npx tsx bench/profile-commentary.ts [rows=20000] [quarters=12] [repeats=3]
 * Steadier on a busy machine: node --expose-gc --import tsx bench/profile-commentary.ts 20000 20 7
 * Hot spots: node --cpu-prof --import tsx bench/profile-commentary.ts (open the .cpuprofile).
 */
import { createHash } from "node:crypto";
import { draftCommentary, type CommentaryInput } from "../src/engine/commentary";
import { runEngine } from "../src/engine/run";
import type { RunResult } from "../src/engine/types";
import { makeIndicatorFixture, toEngineGrid } from "./fixtures";

/** Best of `repeats` timed calls after one warm-up: neighbours on a shared machine only add time. */
function best<T>(repeats: number, fn: () => T): { ms: number; last: T } {
  let last = fn();
  let ms = Infinity;
  const collect = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < repeats; i++) {
    // With --expose-gc, start each call on a clean heap so one call's garbage is not billed to the next.
    collect?.();
    const start = performance.now();
    last = fn();
    ms = Math.min(ms, performance.now() - start);
  }
  return { ms, last };
}

function main(): void {
  const [rows = 20000, quarters = 12, repeats = 3] = process.argv.slice(2).map(Number);
  const grid = toEngineGrid(makeIndicatorFixture(rows, quarters));
  const run = best(repeats, () => runEngine(grid, {}));
  if (!run.last.ok) throw new Error(run.last.failure.message);
  const result: RunResult = run.last.result;
  const input: CommentaryInput = {
    indicators: result.indicators,
    classifications: result.classifications,
    quarters: result.quarters,
    quarter: result.quarter,
    toleranceMode: result.toleranceMode,
    smallCohortThreshold: 10,
  };
  const draft = best(repeats, () => draftCommentary(input));
  const hash = createHash("sha256").update(JSON.stringify(result.commentary)).digest("hex");
  const without = run.ms - draft.ms;
  console.log(
    JSON.stringify({
      rows,
      quarters,
      runEngineMs: Math.round(run.ms),
      commentaryMs: Math.round(draft.ms),
      withoutCommentaryMs: Math.round(without),
      commentaryShare: `${Math.round((100 * draft.ms) / without)}% added`,
      items: result.commentary.length,
      sentences: result.commentary.reduce((n, c) => n + c.sentences.length, 0),
      hash: hash.slice(0, 16),
    })
  );
}

main();
