/**
 * A chart's value axis: which figures it can place, and 3 to 5 round ticks that cover them
 * (steps of 1, 2 or 5 times a power of ten, or 25, 250…, as the Analysis Function's chart guidance
 * asks for: a reader can read a value off the axis without arithmetic).
 */

/**
 * Beyond 15 significant digits Excel itself keeps no precision; a figure that large in a
 * performance table is a typing or paste error, and drawing it would flatten every other point
 * (and ±1e308 overflows the arithmetic of the scale). Such figures, and anything not finite, are
 * left out of the scale and named in a note instead (docs/report.md).
 */
export const LARGEST_PLACEABLE = 1e15;

export function isPlaceable(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= LARGEST_PLACEABLE;
}

export interface Axis {
  low: number;
  high: number;
  ticks: number[];
  /** Decimals the tick labels need to show the step exactly (2.5 → 1). */
  decimals: number;
}

const STEPS = [1, 2, 2.5, 5];
/** The finest difference an axis resolves: finer than any number format a table uses. */
const MIN_SPAN = 1e-9;
export const MIN_TICKS = 3;
export const MAX_TICKS = 5;

function decimalsOf(step: number): number {
  for (let d = 0; d <= 20; d++) {
    const scaled = step * 10 ** d;
    const whole = Math.round(scaled);
    if (whole !== 0 && Math.abs(scaled - whole) < 1e-6 * scaled) return d;
  }
  return 20;
}

/** Multiplies without binary noise (0.1 * 3 → 0.3, not 0.30000000000000004). */
function tickAt(step: number, index: number, decimals: number): number {
  return Number((step * index).toFixed(Math.min(decimals, 100)));
}

/**
 * Round ticks covering [min, max], 3 to 5 of them, the first at or below min and the last at or
 * above max. A single value (min = max) gets an axis around it. `floor` keeps the axis from
 * reaching below it (0 for figures that cannot be negative); `ceiling` likewise above (100 for
 * percentages that stay within it).
 */
export function niceAxis(
  min: number,
  max: number,
  bounds: { floor?: number; ceiling?: number } = {}
): Axis {
  let lowFigure = Math.min(min, max);
  let highFigure = Math.max(min, max);
  if (highFigure - lowFigure < Math.abs(highFigure) * 1e-9 || highFigure - lowFigure < MIN_SPAN) {
    // One value (or values closer than any format shows): an axis around it.
    const pad = highFigure === 0 ? 1 : Math.max(Math.abs(highFigure) * 0.1, MIN_SPAN);
    lowFigure -= pad;
    highFigure += pad;
  }
  if (bounds.floor !== undefined && lowFigure < bounds.floor && min >= bounds.floor)
    lowFigure = bounds.floor;
  if (bounds.ceiling !== undefined && highFigure > bounds.ceiling && max <= bounds.ceiling)
    highFigure = bounds.ceiling;
  const span = highFigure - lowFigure;
  let magnitude = 10 ** Math.floor(Math.log10(span / MAX_TICKS));
  for (let guard = 0; guard < 8; guard++, magnitude *= 10) {
    for (const base of STEPS) {
      // 2.5 only where it is a whole number (25, 250): 72.5% ticks would print 75.0% beside it.
      if (base === 2.5 && magnitude < 10) continue;
      const step = base * magnitude;
      const first = Math.floor(lowFigure / step + 1e-9);
      const last = Math.ceil(highFigure / step - 1e-9);
      const count = last - first + 1;
      if (!Number.isFinite(count) || count > MAX_TICKS) continue;
      const decimals = decimalsOf(step);
      // Too coarse a step for the figures: pad to at least three ticks, below when there is room.
      let from = first;
      let to = last;
      while (to - from + 1 < MIN_TICKS) {
        const belowFloor = bounds.floor !== undefined && (from - 1) * step < bounds.floor;
        if (belowFloor) to++;
        else from--;
      }
      const ticks: number[] = [];
      for (let i = from; i <= to; i++) ticks.push(tickAt(step, i, decimals));
      return { low: ticks[0], high: ticks[ticks.length - 1], ticks, decimals };
    }
  }
  // Unreachable for placeable figures; kept so the caller always gets an axis of three ticks.
  const middle = (lowFigure + highFigure) / 2;
  return { low: lowFigure, high: highFigure, ticks: [lowFigure, middle, highFigure], decimals: 2 };
}
