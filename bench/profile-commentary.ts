/**
 * Profiles the commentary's share of a run on a big sheet: runEngine on a seeded 20,000-row grid,
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
import type { CellValue, RunResult, WorkbookGrid } from "../src/engine/types";

/** Seeded mulberry32, so the same size always gives the same sheet and the hash compares. */
function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function quarterLabel(i: number): string {
  const fy = 2014 + Math.floor(i / 4);
  return `Q${(i % 4) + 1} ${fy}/${String((fy + 1) % 100).padStart(2, "0")}`;
}

/** Units with the formats analysts use; percentages are fractions with a %-format, as in Excel. */
const UNITS = [
  { unit: "%", format: "0%", scale: 0.01, low: 40, high: 99, places: 3 },
  { unit: "%", format: "0.0%", scale: 0.01, low: 40, high: 99, places: 4 },
  { unit: "Number", format: "#,##0", scale: 1, low: 5, high: 9000, places: 0 },
  { unit: "Rate per 10,000", format: "0.0", scale: 1, low: 20, high: 700, places: 2 },
  { unit: "Days", format: "0.00", scale: 1, low: 10, high: 400, places: 3 },
];
const BENCHMARKS = ["National", "Statistical neighbours", "Regional"];

function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

export function bigGrid(rowCount: number, quarterCount: number): WorkbookGrid {
  const random = seeded(rowCount * 31 + quarterCount);
  const header = [
    "Ref",
    "Indicator",
    "Service area",
    "Type",
    "Polarity",
    "Unit",
    "Target",
    "Tolerance",
    ...Array.from({ length: quarterCount }, (_, i) => quarterLabel(i)),
    ...BENCHMARKS,
  ];
  const values: CellValue[][] = [["Quarterly performance"], header];
  const formats: (string | null)[][] = [[], []];
  for (let i = 0; i < rowCount; i++) {
    const spec = UNITS[i % UNITS.length];
    const higher = random() < 0.6;
    const volumetric = random() < 0.1;
    const target = round(spec.low + random() * (spec.high - spec.low), 0);
    const band = Math.max(1, round(target * 0.08, 0));
    const threshold = higher ? target - band : target + band;
    let level = target + (random() - 0.5) * band * 4;
    const series: CellValue[] = [];
    for (let q = 0; q < quarterCount; q++) {
      level += (random() - 0.45) * band;
      const value = Math.min(spec.unit === "%" ? 100 : Infinity, Math.max(0, level));
      series.push(random() < 0.02 ? "n/a" : round(value * spec.scale, spec.places));
    }
    const bench = BENCHMARKS.map(() =>
      round((target + (random() - 0.5) * band * 3) * spec.scale, spec.places)
    );
    values.push([
      `R${i + 1}`,
      `Indicator ${i + 1}`,
      `Area ${Math.floor(i / 50) % 7}`,
      volumetric ? "Volumetric" : "Contract",
      higher ? "Higher is better" : "Lower is better",
      spec.unit,
      volumetric ? null : round(target * spec.scale, 4),
      volumetric ? null : round(threshold * spec.scale, 4),
      ...series,
      ...bench,
    ]);
    formats.push([
      null,
      null,
      null,
      null,
      null,
      null,
      ...Array(values[1].length - 6).fill(spec.format),
    ]);
  }
  return { sheets: [{ name: "Indicators", top: 0, left: 0, values, formats }] };
}

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
  const grid = bigGrid(rows, quarters);
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

// Run only as a script, so other scripts can import bigGrid.
if (/profile-commentary\.ts$/.test(process.argv[1] ?? "")) main();
