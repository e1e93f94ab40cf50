/**
 * Tolerance (docs/engine.md): the threshold is the worst value still inside tolerance. In `threshold`
 * mode the cell holds it; in `points`/`percent` mode the cell holds a band size around the target.
 */
import type { Polarity, ToleranceMode } from "./types";

/**
 * Threshold for a row, or null when there is no tolerance or (band modes) no polarity to say which
 * side of the target the band lies. Percent bands are taken of the target's size, so a negative
 * target still gets its threshold on the worse side.
 */
export function thresholdFor(
  mode: ToleranceMode,
  target: number | null,
  tolerance: number | null,
  polarity: Polarity | null
): number | null {
  if (tolerance === null) return null;
  if (mode === "threshold") return tolerance;
  if (target === null || polarity === null) return null;
  const band = mode === "points" ? tolerance : (Math.abs(target) * tolerance) / 100;
  return polarity === "higher" ? target - band : target + band;
}

/** True when `threshold` lies strictly on the better side of `target`. */
export function isBetterSide(threshold: number, target: number, polarity: Polarity): boolean {
  return polarity === "higher" ? threshold > target : threshold < target;
}

/**
 * Threshold mode only: does the tolerance read like a band size rather than a threshold?
 * Heuristic: the target is positive and the tolerance is non-negative and less than half of it,
 * so the "threshold" would sit more than half the target away from it (tolerance 5 with target
 * 90). Real thresholds sit near their target (85 for 90); band sizes are small numbers.
 */
export function looksLikeBand(target: number, tolerance: number): boolean {
  return target > 0 && tolerance >= 0 && tolerance < target / 2;
}
