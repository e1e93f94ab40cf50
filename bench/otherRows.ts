/** Table rows for the command line, the engine and the task-pane bundle. */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ROOT } from "./child";
import type { EnginePhase } from "./phases/engine";
import type { XlsxPass } from "./phases/xlsx";
import { type Row, atLeast, atMost, fmt, info, missing } from "./table";

export const CLI_FACTOR = 1.5;
/** Issue 14: indicator-periods a second with the commentary, and without it. */
export const ENGINE_RATE = 1_000_000;
export const ENGINE_RATE_WITHOUT_COMMENTARY = 3_000_000;
/** Issue 14: one whole run of the sample (detect → commentary) takes under a millisecond. */
export const SAMPLE_RUN_MS = 1;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
}

/** Peak memory of the CLI against ExcelJS's own on the same file. */
export const CLI_MEMORY_FACTOR = 1.2;
/** Per-indicator time or memory at the largest size may exceed the 20,000 row's by this much. */
export const LINEAR_TOLERANCE = 1.25;

/**
 * The floor, the CLI and both peaks at one size. With `targets`, the time and memory targets are
 * judged (the issue sets them at 20,000 × 8); otherwise the ratios are reported for information.
 */
export function cliRows(
  label: string,
  floor: XlsxPass[],
  cli: XlsxPass[],
  failures: string[],
  targets = true
): Row[] {
  if (floor.length === 0)
    return [missing(`ExcelJS read + write (floor), ${label}`, failures.join("; "))];
  const floorMs = median(floor.map((p) => p.ms));
  const rows: Row[] = [
    info(
      `ExcelJS read + write (floor), ${label}`,
      fmt.ms(floorMs),
      "floor",
      `median of ${floor.length}`
    ),
  ];
  const completed = cli.filter((p) => p.exitCode === 0);
  if (completed.length === 0) {
    rows.push(
      missing(`CLI classify, ${label}`, cli[0]?.stderr || failures.join("; ") || "CLI did not run")
    );
    return rows;
  }
  const cliMs = median(completed.map((p) => p.ms));
  const ratio = cliMs / floorMs;
  const cliRss = median(completed.map((p) => p.peakRssMiB));
  const floorRss = median(floor.map((p) => p.peakRssMiB));
  const rssRatio = cliRss / floorRss;
  if (!targets) {
    rows.push(
      info(`CLI classify, ${label}`, fmt.ms(cliMs), "× floor", fmt.ratio(ratio)),
      info(
        `CLI peak memory (RSS), ${label}`,
        `${fmt.int(cliRss)} MiB`,
        "× ExcelJS's",
        fmt.ratio(rssRatio)
      ),
      info(`ExcelJS peak memory (RSS), ${label}`, `${fmt.int(floorRss)} MiB`, "reported")
    );
    return rows;
  }
  rows.push({
    figure: `CLI classify, ${label}`,
    measured: fmt.ms(cliMs),
    target: `≤ ${CLI_FACTOR}× floor (${fmt.ms(floorMs * CLI_FACTOR)})`,
    ratio: fmt.ratio(ratio),
    pass: ratio <= CLI_FACTOR ? "yes" : "NO",
    why:
      ratio <= CLI_FACTOR
        ? undefined
        : `${fmt.ms(cliMs - floorMs * CLI_FACTOR)} over; see docs/performance.md for where the time goes`,
  });
  rows.push(
    {
      figure: `CLI peak memory (RSS), ${label}`,
      measured: `${fmt.int(cliRss)} MiB`,
      target: `≤ ${CLI_MEMORY_FACTOR}× ExcelJS's (${fmt.int(floorRss * CLI_MEMORY_FACTOR)} MiB)`,
      ratio: fmt.ratio(rssRatio),
      pass: rssRatio <= CLI_MEMORY_FACTOR ? "yes" : "NO",
      why:
        rssRatio <= CLI_MEMORY_FACTOR
          ? undefined
          : `process baseline ${fmt.int(completed[0].baselineRssMiB)} MiB; see docs/performance.md`,
    },
    info(`ExcelJS peak memory (RSS), ${label}`, `${fmt.int(floorRss)} MiB`, "reported")
  );
  return rows;
}

/** One size's CLI figures, for the scaling row. */
export interface CliSize {
  indicators: number;
  passes: XlsxPass[];
}

/**
 * Time and memory (above the process baseline) per 1,000 indicators at every size. Linear when the
 * largest size costs per indicator at most LINEAR_TOLERANCE × what 20,000 did (the smallest size
 * carries the fixed start-up costs, so it costs more per indicator, never less).
 */
export function cliScalingRow(sizes: CliSize[], reference = 20_000): Row {
  const figures = sizes
    .map(({ indicators, passes }) => {
      const done = passes.filter((p) => p.exitCode === 0);
      if (done.length === 0) return null;
      const per = indicators / 1000;
      return {
        indicators,
        ms: median(done.map((p) => p.ms)) / per,
        mib: median(done.map((p) => p.peakRssMiB - p.baselineRssMiB)) / per,
      };
    })
    .filter((f): f is { indicators: number; ms: number; mib: number } => f !== null);
  const figure = `CLI scaling, per 1,000 indicators at ${sizes.map((s) => fmt.int(s.indicators)).join(" / ")}`;
  const ref = figures.find((f) => f.indicators === reference);
  const largest = figures[figures.length - 1];
  if (!ref || !largest || largest === ref || figures.length < sizes.length)
    return missing(figure, "not every size completed");
  const growth = Math.max(largest.ms / ref.ms, largest.mib / ref.mib);
  const measured = figures.map((f) => `${fmt.ms(f.ms)}, ${f.mib.toFixed(1)} MiB`).join(" / ");
  return {
    figure,
    measured,
    target: `linear (largest ≤ ${LINEAR_TOLERANCE}× per indicator of ${fmt.int(reference)})`,
    ratio: fmt.ratio(growth),
    pass: growth <= LINEAR_TOLERANCE ? "yes" : "NO",
    why:
      growth <= LINEAR_TOLERANCE
        ? undefined
        : "grows faster than the rows; see docs/performance.md",
  };
}

const perSecond = (v: number): string => `${fmt.int(v)}/s`;

export function engineRows(e: EnginePhase | undefined, failure?: string): Row[] {
  if (!e) return [missing("Engine throughput", failure ?? "phase failed")];
  const cells = e.indicators * e.quarters;
  const label = `${fmt.int(e.indicators)} × ${e.quarters}`;
  if (!Number.isFinite(e.engineMs))
    return [missing(`Engine with commentary, ${label}`, e.problem ?? "engine not run")];
  const rate = cells / (e.engineMs / 1000);
  const loopRate = cells / (e.loopMs / 1000);
  const classifyMs = e.engineMs - e.commentaryMs;
  const rows: Row[] = [];
  if (Number.isFinite(classifyMs) && classifyMs > 0) {
    rows.push(
      atLeast(
        `Engine without commentary, ${label}`,
        cells / (classifyMs / 1000),
        ENGINE_RATE_WITHOUT_COMMENTARY,
        perSecond,
        `${fmt.ms(classifyMs)} per run for detection, reading, validation and classification`
      )
    );
  }
  rows.push(
    atLeast(
      `Engine with commentary, ${label}`,
      rate,
      ENGINE_RATE,
      perSecond,
      `one runEngine took ${fmt.ms(e.engineMs)}, ${fmt.ms(e.commentaryMs)} of it drafting the commentary`
    ),
    info(
      "Trivial loop over the same cells (floor)",
      perSecond(loopRate),
      "floor",
      `floor ${fmt.int(loopRate / rate)}× faster`
    )
  );
  if (e.sample) {
    const s = e.sample;
    const sampleRate = (s.indicators * s.quarters) / (s.ms / 1000);
    rows.push(
      atMost(
        `Engine on the sample (${s.indicators} × ${s.quarters}, ${s.sentences} commentary sentences): one whole run`,
        s.ms,
        SAMPLE_RUN_MS,
        fmt.ms,
        `${fmt.int(sampleRate)} indicator-periods/s`
      )
    );
  } else rows.push(missing("Engine on the sample", "scripts/sample-data.ts not loadable"));
  return rows;
}

function budgetKiB(): number | null {
  const test = resolve(ROOT, "tests/build/bundle-budget.test.ts");
  if (!existsSync(test)) return null;
  const match = /(\d+(?:\.\d+)?)\s*\*\s*1024/.exec(readFileSync(test, "utf8"));
  return match ? Number(match[1]) : null;
}

/** The front end's bundle figure, read from their size report when dist/web exists. */
export function bundleRows(): Row[] {
  const report = resolve(ROOT, "dist/web/bundle-sizes.json");
  if (!existsSync(report)) return [];
  const sizes = JSON.parse(readFileSync(report, "utf8")) as {
    entries: Record<string, { gzipBytes: number }>;
  };
  const taskpane = sizes.entries.taskpane;
  if (!taskpane) return [];
  const budget = budgetKiB();
  const figure = "Task-pane initial JavaScript (gzip, from dist/web)";
  return budget === null
    ? [info(figure, fmt.bytes(taskpane.gzipBytes), "front end's budget")]
    : [atMost(figure, taskpane.gzipBytes, budget * 1024, fmt.bytes)];
}
