/**
 * Table rows for the engine's scaling: one whole run at each size in its own process, with the
 * time per indicator-period, so linear growth shows as a flat column (and a ratio near 1×).
 */
import { runPhase } from "./child";
import type { EngineScalePhase } from "./phases/engineScale";
import { type Row, fmt, info, missing } from "./table";

const QUARTERS = 8;

function progress(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

export function engineScaleRows(quick: boolean): Row[] {
  const sizes = quick ? [200, 2_000] : [2_000, 20_000, 100_000];
  progress(`engine scaling at ${sizes.join(", ")} rows …`);
  const rows: Row[] = [];
  const perCell: number[] = [];
  for (const size of sizes) {
    const label = `${fmt.int(size)} × ${QUARTERS}`;
    const phase = runPhase<EngineScalePhase>(
      "bench/phases/engineScale.ts",
      [String(size), String(QUARTERS), size >= 100_000 ? "3" : "5"],
      600_000
    );
    const e = phase.value;
    if (!phase.ok || !e || e.problem) {
      rows.push(missing(`Engine scaling, ${label}`, e?.problem ?? phase.error ?? "phase failed"));
      continue;
    }
    const micro = (e.ms * 1000) / (size * QUARTERS);
    perCell.push(micro);
    rows.push(
      info(
        `Engine scaling, ${label}: one run (median of runs)`,
        `${fmt.ms(e.ms)} (${fmt.ms(e.medianMs)})`,
        "reported",
        `${micro.toFixed(2)} µs per indicator-period`
      ),
      info(
        `Engine scaling, ${label}: heap held by the result; peak RSS`,
        `${e.resultHeapMiB.toFixed(1)} MiB; ${fmt.int(e.peakRssMiB)} MiB`,
        "reported",
        `RSS before the run ${fmt.int(e.baselineRssMiB)} MiB`
      )
    );
  }
  if (perCell.length === sizes.length && perCell.length > 1) {
    const growth = perCell[perCell.length - 1] / perCell[0];
    rows.push(
      info(
        `Engine scaling: time per indicator-period, ${fmt.int(sizes[sizes.length - 1])} rows ÷ ${fmt.int(sizes[0])} rows`,
        fmt.ratio(growth),
        "≈ 1× when linear",
        growth > 1.5
          ? "grows faster than linear: see docs/performance.md"
          : growth < 0.67
            ? "falls: fixed costs (detection, warm-up) weigh on the smallest size"
            : "linear"
      )
    );
  }
  return rows;
}
