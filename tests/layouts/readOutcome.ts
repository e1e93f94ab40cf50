/** One run of the command line on a layout, reduced to what the metamorphic laws compare. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../corpus/support/runCli";
import type { PublishedLayout } from "./publishedLayouts";
import { writePublishedLayout } from "./publishedLayoutWriter";

export interface Outcome {
  code: number;
  stderr: string;
  /** `type:status value` by indicator (ref, or name where there is no ref). */
  rows: Record<string, string>;
}

interface Json {
  indicators: { ref: string; name: string; type: string; status: string; value: number | null }[];
}

export async function outcome(layout: PublishedLayout): Promise<Outcome> {
  const dir = await mkdtemp(join(tmpdir(), "perf-challenge-variant-"));
  try {
    const input = join(dir, "in.xlsx");
    const jsonPath = join(dir, "out.json");
    await writePublishedLayout(layout, input);
    const run = await runCli([
      "classify",
      input,
      "--out",
      join(dir, "out.xlsx"),
      "--json",
      jsonPath,
    ]);
    if (run.code !== 0) return { code: run.code, stderr: run.stderr, rows: {} };
    const json = JSON.parse(await readFile(jsonPath, "utf8")) as Json;
    const rows = Object.fromEntries(
      json.indicators.map((i) => [
        i.ref || i.name,
        `${i.type}:${i.status} ${i.value === null ? "-" : Math.round(i.value * 1000) / 1000}`,
      ])
    );
    return { code: 0, stderr: run.stderr, rows };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Issue 19's point 5: a refusal that helps — it names the header row it found, a near-miss heading
 * by its cell, and the fix (`--columns` / `--period`, or the pane's mapping).
 */
export function isHelpfulRefusal(o: Outcome): boolean {
  return (
    o.code === 2 &&
    /\brow \d+/i.test(o.stderr) &&
    /\b[A-Z]{1,2}\d+\b/.test(o.stderr) &&
    /--columns|--period/.test(o.stderr)
  );
}

export type Verdict = "same" | "refusedHelpfully" | "refusedUnhelpfully" | "different";

/** A variant's outcome judged against the original's (which read, exit 0). */
export function verdict(original: Outcome, variant: Outcome): Verdict {
  if (variant.code === 0)
    return JSON.stringify(variant.rows) === JSON.stringify(original.rows) ? "same" : "different";
  return isHelpfulRefusal(variant) ? "refusedHelpfully" : "refusedUnhelpfully";
}
