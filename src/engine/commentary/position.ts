/**
 * Where the figure sits against target and tolerance (docs/commentary.md, docs/commentary.md): "just within
 * tolerance" (within ⅕ of the band of the threshold), "almost at target" (within ⅕ of the band of
 * the target), and otherwise which end of the band it is nearer; "well above target" (or, for a
 * lower-is-better measure, "well ahead of target") when better than target by more than a band.
 * Judged on the exact values, as the status is.
 */
import type { IndicatorContext } from "./context";
import { differenceText } from "./direction";
import { atDecimals } from "./numberText";
import { statusDecimals } from "./statusSentence";
import type { ToleranceMode } from "../types";
import { sentence, type Sentence } from "./sentence";

export type Position = "justWithinTolerance" | "almostAtTarget" | "wellBeyondTarget";

/** Inside tolerance: 1 nearer the target, −1 nearer the tolerance limit, 0 midway. */
export type BandSide = -1 | 0 | 1;

export function positionOf(ctx: IndicatorContext): Position | null {
  const { band, polarity, current } = ctx;
  const target = ctx.indicator.target?.value;
  const threshold = ctx.indicator.threshold;
  if (band === null || polarity === null || !current || target === undefined || threshold === null)
    return null;
  const value = current.value;
  const status = ctx.classification.status;
  // Floating noise from %-fractions (0.94 × 100) must not move a figure across a boundary.
  const slack = 1e-9 * Math.max(Math.abs(target), Math.abs(threshold), Math.abs(value));
  if (status === "onTarget") {
    const better = polarity === "higher" ? value - target : target - value;
    return better > band + slack ? "wellBeyondTarget" : null;
  }
  if (status === "insideTolerance") {
    if (Math.abs(value - threshold) <= band / 5 + slack) return "justWithinTolerance";
    if (Math.abs(target - value) <= band / 5 + slack) return "almostAtTarget";
  }
  return null;
}

/** Which end of the tolerance band an inside-tolerance figure is nearer; null when not inside. */
export function bandSideOf(ctx: IndicatorContext): BandSide | null {
  const target = ctx.indicator.target?.value;
  const threshold = ctx.indicator.threshold;
  if (ctx.classification.status !== "insideTolerance" || !ctx.current) return null;
  if (target === undefined || threshold === null || ctx.band === null) return null;
  const value = ctx.current.value;
  const toTarget = Math.abs(target - value);
  const toLimit = Math.abs(value - threshold);
  const slack = 1e-9 * Math.max(Math.abs(target), Math.abs(threshold), Math.abs(value));
  if (toTarget < toLimit - slack) return 1;
  if (toLimit < toTarget - slack) return -1;
  return 0;
}

/**
 * The position as a small code, for the verdict's cache: 0 none, 1 well above target, 2 well
 * ahead of target (lower is better), 3 just within tolerance, 4 almost at target, 5–7 inside
 * tolerance nearer the target, nearer the limit, midway.
 */
export type PositionCode = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

const POSITION_WORDS: readonly (string | null)[] = [
  null,
  "well above target",
  "well ahead of target",
  "just within tolerance",
  "almost at target",
  "within tolerance and nearer the target than the tolerance limit",
  "within tolerance but nearer the tolerance limit than the target",
  "within tolerance and midway between the target and the tolerance limit",
];

export function positionCode(
  ctx: IndicatorContext,
  position: Position | null,
  side: BandSide | null
): PositionCode {
  if (position === "wellBeyondTarget") return ctx.polarity === "lower" ? 2 : 1;
  if (position === "justWithinTolerance") return 3;
  if (position === "almostAtTarget") return 4;
  if (side === 1) return 5;
  if (side === -1) return 6;
  if (side === 0) return 7;
  return 0;
}

/** The position in words for the verdict ("almost at target"), or null when there is none. */
export function positionWordsOf(code: PositionCode): string | null {
  return POSITION_WORDS[code];
}

/** The position in words for the verdict and the grouping reason, or null when there is none. */
export function positionWords(
  ctx: IndicatorContext,
  position: Position | null,
  side: BandSide | null
): string | null {
  return POSITION_WORDS[positionCode(ctx, position, side)];
}

/**
 * Well beyond target, by how much ("This is better than target by 2.8 percentage points"): said
 * as "better", so a lower-is-better measure doing well cannot be read as falling short.
 */
export function positionSentence(
  ctx: IndicatorContext,
  position: Position | null,
  mode: ToleranceMode
): Sentence | null {
  const target = ctx.indicator.target;
  if (position !== "wellBeyondTarget" || !ctx.current || !target) return null;
  // At the precision the status sentence prints the figure and target, so the two add up.
  const decimals = statusDecimals(ctx, mode);
  const by = differenceText(atDecimals(ctx.current, decimals), atDecimals(target, decimals), ctx);
  return sentence(`This is better than target by ${by}.`, target.cell);
}
