/**
 * Where the figure sits within the tolerance band (SPEC 7): "just within tolerance" (within ⅕ of the
 * band of the threshold), "almost at target" (within ⅕ of the band of the target), "well above
 * target" (better than target by more than a whole band). Judged on the exact values, as the status is.
 */
import type { IndicatorContext } from "./context";
import { sentence, type Sentence } from "./sentence";

export type Position = "justWithinTolerance" | "almostAtTarget" | "wellBeyondTarget";

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

export function positionSentence(ctx: IndicatorContext): Sentence | null {
  const position = positionOf(ctx);
  switch (position) {
    case "justWithinTolerance":
      return sentence("This is just within tolerance.");
    case "almostAtTarget":
      return sentence("This is almost at target.");
    case "wellBeyondTarget":
      // For a lower-is-better measure the good side is below, and the reader is told so.
      return sentence(
        ctx.polarity === "higher"
          ? "This is well above target."
          : "This is well below target (lower is better)."
      );
    default:
      return null;
  }
}
