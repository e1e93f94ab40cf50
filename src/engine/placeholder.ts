/**
 * A figure that may stand for "not yet available" (docs/layouts.md): 0 after non-zero figures, or 20 times
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
  // Judged first without building the history (called for every row, twice): most are no placeholder.
  let count = 0;
  let k = pos - 1;
  for (; k >= 0 && count < HISTORY; k--) if (series[k].value) count++;
  if (count === 0) return null;
  // Summed oldest first, as the figures read, so the mean is the same to the last bit.
  let sum = 0;
  let anyZero = false;
  for (let j = k + 1; j < pos; j++) {
    const value = series[j].value;
    if (!value) continue;
    sum += Math.abs(value.value);
    if (value.value === 0) anyZero = true;
  }
  const v = current.value;
  const mean = sum / count;
  const zeroAfterFigures = v === 0 && !anyZero;
  const jump = mean > 0 && Math.abs(v) >= JUMP * mean;
  if (!zeroAfterFigures && !jump) return null;
  const history: SourcedNumber[] = [];
  for (let j = k + 1; j < pos; j++) {
    const value = series[j].value;
    if (value) history.push(value);
  }
  return history;
}
