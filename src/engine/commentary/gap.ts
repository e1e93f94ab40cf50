/**
 * How far the figure stands from each benchmark (docs/commentary.md, Benchmarks): the side from
 * the exact values, and the size of the gap from the figures as printed, by the same band rule as
 * a change (under a quarter of the band "comparable", under a band "slightly", else "well"). With
 * no band the gap is taken relative to the comparator: under 2% comparable, under 5% slightly.
 * Worked out once per indicator, for the sentence, the verdict and the grouping alike.
 */
import type { Benchmark, SourcedNumber } from "../types";
import type { IndicatorContext } from "./context";
import { clean } from "./direction";
import { agreeingDecimalsAll, atDecimals, exactComparison, shownValue } from "./numberText";

/** "same": equal exact values; "comparable": within the margin; then "slight" and "well". */
export type GapSize = "same" | "comparable" | "slight" | "well";

/** Without a band, a gap under this share of the comparator's figure is "comparable". */
export const COMPARABLE_RELATIVE = 0.02;
/** Without a band, a gap under this share of the comparator's figure is "slight". */
export const SLIGHT_RELATIVE = 0.05;

export interface Standing {
  benchmark: Benchmark;
  /** 1: on the good (or higher) side of the benchmark; −1 the other; 0 equal exact values. */
  side: -1 | 0 | 1;
  size: GapSize;
}

export interface Comparators {
  standings: Standing[];
  /** Decimals at which the figure and every benchmark are printed (null: as their cells show). */
  decimals: number | null;
  /** 1: beyond the margin ahead of every comparator; −1: beyond it adrift of every one; else 0. */
  overall: -1 | 0 | 1;
  /** True when good/bad words apply (a polarity and not volumetric); else higher/lower. */
  usePolarity: boolean;
}

/** The size of a gap between two printed figures: `band` null means "relative to `reference`". */
export function gapSize(value: number, reference: number, band: number | null): GapSize {
  const gap = clean(Math.abs(value - reference));
  if (gap === 0) return "same";
  const width = band === null ? null : clean(band);
  if (width !== null && width > 0) {
    if (gap < width / 4) return "comparable";
    return gap < width ? "slight" : "well";
  }
  if (reference === 0) return "well";
  const relative = gap / Math.abs(reference);
  if (relative < COMPARABLE_RELATIVE) return "comparable";
  return relative < SLIGHT_RELATIVE ? "slight" : "well";
}

export function comparatorsOf(ctx: IndicatorContext, neutral: boolean): Comparators | null {
  const current = ctx.current;
  const benchmarks = ctx.indicator.benchmarks;
  if (!current || benchmarks.length === 0) return null;
  const usePolarity = !neutral && ctx.polarity !== null;
  const higherIsUp = usePolarity ? ctx.polarity === "higher" : true;
  const values: SourcedNumber[] = [];
  for (const b of benchmarks) values.push(b.value);
  // docs/commentary.md: printed at a precision where no benchmark, as shown, reads the other way.
  const decimals = agreeingDecimalsAll(current, values);
  const now = shownValue(atDecimals(current, decimals));
  const band = usePolarity ? ctx.band : null;
  const standings: Standing[] = [];
  let ahead = 0;
  let adrift = 0;
  for (const b of benchmarks) {
    const sign = exactComparison(current.value, b.value.value);
    const side = (higherIsUp ? sign : -sign) as -1 | 0 | 1;
    const size =
      side === 0 ? "same" : gapSize(now, shownValue(atDecimals(b.value, decimals)), band);
    // A gap the printed figures show as none cannot be called comparable-but-different.
    const settled: GapSize = size === "same" && side !== 0 ? "comparable" : size;
    standings.push({ benchmark: b, side, size: settled });
    if (settled === "slight" || settled === "well") {
      if (side > 0) ahead++;
      else adrift++;
    }
  }
  const n = benchmarks.length;
  const overall = ahead === n ? 1 : adrift === n ? -1 : 0;
  return { standings, decimals, overall, usePolarity };
}
