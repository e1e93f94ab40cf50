/** Table rows for the command line, the engine and the task-pane bundle. */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ROOT } from "./child";
import type { EnginePhase } from "./phases/engine";
import type { XlsxPass } from "./phases/xlsx";
import { type Row, atLeast, atMost, fmt, info, missing } from "./table";

export const CLI_FACTOR = 1.5;
export const ENGINE_RATE = 1_000_000;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
}

export function cliRows(
  label: string,
  floor: XlsxPass[],
  cli: XlsxPass[],
  failures: string[]
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
    info(
      `CLI peak memory (RSS), ${label}`,
      `${fmt.int(median(completed.map((p) => p.peakRssMiB)))} MiB`,
      "reported",
      `process baseline ${fmt.int(completed[0].baselineRssMiB)} MiB`
    ),
    info(
      `ExcelJS peak memory (RSS), ${label}`,
      `${fmt.int(median(floor.map((p) => p.peakRssMiB)))} MiB`,
      "reported"
    )
  );
  return rows;
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
        ENGINE_RATE,
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
      atLeast(
        `Engine on the sample (${s.indicators} × ${s.quarters}, ${s.sentences} commentary sentences)`,
        sampleRate,
        ENGINE_RATE,
        (v) => `${fmt.int(v)}/s`,
        `one run of the sample took ${fmt.ms(s.ms)}`
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
