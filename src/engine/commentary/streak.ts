/**
 * How long the current status has held: the chosen quarter and the unbroken run of earlier quarters
 * that rate the same, and what the quarter before that run rated (if it has a figure).
 */
import type { Status } from "../types";
import { rateValue, type IndicatorContext } from "./context";
import { consecutive } from "../periods";

export interface Streak {
  /** Quarters in the run, the chosen one included (1 = no run). */
  length: number;
  /** Status of the quarter just before the run; null when that quarter has no figure or the run reaches the first quarter. */
  precededBy: Status | null;
}

export function statusStreak(ctx: IndicatorContext): Streak {
  const status = ctx.classification.status;
  let length = ctx.current ? 1 : 0;
  if (!ctx.current) return { length, precededBy: null };
  for (let i = ctx.history.length - 2; i >= 0; i--) {
    const value = ctx.history[i].value;
    // A gap in the periods (no column for them) ends the run: nothing is known of it.
    if (!value || !consecutive(ctx.history[i].quarter, ctx.history[i + 1].quarter))
      return { length, precededBy: null };
    // Each earlier period is judged against the target in force then; none known, no claim.
    const inForce = ctx.indicator.periodTargets;
    const then = inForce ? inForce[i] : undefined;
    if (then === null) return { length, precededBy: null };
    const earlier = rateValue(value.value, ctx.indicator, ctx.polarity, then);
    if (earlier !== status) return { length, precededBy: earlier };
    length++;
  }
  return { length, precededBy: null };
}
