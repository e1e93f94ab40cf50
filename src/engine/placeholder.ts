/**
 * A figure that may stand for "not yet available" (SPEC 2a): 0 after non-zero figures, or 20 times
 * the recent figures or more. Shared by the finding (ratingChecks.ts) and the commentary, which
 * then draws no comparison with earlier quarters.
 */
import type { QuarterValue, SourcedNumber } from "./types";

/** How many earlier figures make the "recent history" a figure is judged against. */
const HISTORY = 4;
/** A figure this many times the recent figures may be a placeholder (upwards only, see engine.md). */
const JUMP = 20;

/** The recent figures, when the figure at `pos` may be a placeholder; null otherwise. */
export function placeholderHistory(
  series: readonly QuarterValue[],
  pos: number
): SourcedNumber[] | null {
  const current = series[pos]?.value;
  if (!current) return null;
  const history: SourcedNumber[] = [];
  for (let k = pos - 1; k >= 0 && history.length < HISTORY; k--) {
    const value = series[k].value;
    if (value) history.unshift(value);
  }
  if (history.length === 0) return null;
  const v = current.value;
  const mean = history.reduce((sum, h) => sum + Math.abs(h.value), 0) / history.length;
  const zeroAfterFigures = v === 0 && history.every((h) => h.value !== 0);
  const jump = mean > 0 && Math.abs(v) >= JUMP * mean;
  return zeroAfterFigures || jump ? history : null;
}
