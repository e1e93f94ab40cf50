/**
 * The target and tolerance cells of one row (docs/engine.md): numbers as any other cell, and text read
 * as a comparison, a band, a benchmark or "no target", each with its finding.
 */
import type { CellValue, ColumnKey, Polarity, SourcedNumber } from "./types";
import { findings, type Where } from "./findings";
import { parseTargetText, type TargetText } from "./targetText";
import { ALWAYS_BLOCKS, NEVER_BLOCKS, type PendingFinding } from "./readValue";
import { readCellNumber } from "./cellNumber";

export interface TextTarget {
  /** The number the text stands for, or null (no target, unreadable, band without polarity). */
  number: SourcedNumber | null;
  /** A comparator's direction (`≥` → higher), when the text has one. */
  comparator: Polarity | null;
  /** A band `85-90%` (tolerance): its two ends, settled once the polarity is known. */
  band: { low: number; high: number } | null;
}

/** Is this cell text that the ordinary number reader would not read (a comparison, a band...)? */
export function isTargetText(raw: CellValue | undefined): raw is string {
  if (typeof raw !== "string" || raw.trim() === "") return false;
  const read = readCellNumber(raw);
  return (
    read.kind === "notNumber" || (read.kind === "noValue" && parseTargetText(raw).kind === "none")
  );
}

export interface TargetTextContext {
  raw: string;
  cell: string;
  where: () => Where;
  contract: boolean;
  pending: PendingFinding[];
  /** A benchmark's figure on the row, by key, for `Above Stat Neighbour Average`. */
  benchmark: (key: ColumnKey) => SourcedNumber | null;
}

export function readTargetText(ctx: TargetTextContext, asTolerance: boolean): TextTarget {
  const parsed: TargetText = parseTargetText(ctx.raw);
  const text = ctx.raw.trim();
  const none: TextTarget = { number: null, comparator: null, band: null };
  switch (parsed.kind) {
    case "none":
      if (ctx.contract && !asTolerance)
        ctx.pending.push({
          quarterPos: NEVER_BLOCKS,
          make: () => findings.noTargetSet(ctx.where(), text),
        });
      return none;
    case "value":
      return {
        number: {
          value: parsed.value,
          cell: ctx.cell,
          decimals: parsed.decimals,
          percent: parsed.percent,
        },
        comparator: parsed.comparator,
        band: null,
      };
    case "ambiguous":
      ctx.pending.push({
        quarterPos: ALWAYS_BLOCKS,
        make: () =>
          findings.targetAmbiguous(
            ctx.where(),
            asTolerance ? "the tolerance" : "the target",
            text,
            parsed.why
          ),
      });
      return none;
    case "band":
      if (asTolerance) return { number: null, comparator: null, band: parsed };
      break;
    case "benchmark": {
      const figure = ctx.benchmark(parsed.key);
      if (figure) return { number: figure, comparator: parsed.comparator, band: null };
      ctx.pending.push({
        quarterPos: ALWAYS_BLOCKS,
        make: () => findings.targetBenchmarkMissing(ctx.where(), text, parsed.name),
      });
      return none;
    }
    default:
      break;
  }
  // A band in the target column: not a target the rule can use.
  ctx.pending.push({
    quarterPos: ALWAYS_BLOCKS,
    make: () => findings.notNumber(ctx.where(), "the target", text, true),
  });
  return none;
}

/** A band's worse end is the threshold: the low end when higher is better. */
export function bandThreshold(
  band: { low: number; high: number },
  polarity: Polarity | null,
  target: number | null
): number | null {
  if (polarity !== null) return polarity === "higher" ? band.low : band.high;
  if (target === null) return null;
  // No polarity: the end further from the target is the worse one.
  return Math.abs(target - band.low) >= Math.abs(target - band.high) ? band.low : band.high;
}
