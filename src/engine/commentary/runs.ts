/**
 * Runs over the series: an unbroken sequence of quarter-on-quarter changes in the same direction
 * ("a consistent improvement over the last seven quarters" = each of the last seven quarters shows
 * a higher figure than the one before), and whether the chosen quarter is the best or worst figure.
 */
import type { IndicatorContext } from "./context";
import { exactComparison, shownComparison } from "./numberText";
import { sentence, type Sentence } from "./sentence";
import { quartersWord } from "./words";
import { nounOf } from "./periodWords";
import { consecutive } from "../periods";

/** A run is only worth a sentence from three changes in a row. */
export const MIN_RUN = 3;
/** Best/worst is only claimed among at least four quarters with a figure. */
export const MIN_QUARTERS_FOR_EXTREMES = 4;

/** Consecutive same-direction changes ending at the chosen quarter; sign of that direction. */
export function consecutiveChanges(ctx: IndicatorContext): { count: number; sign: -1 | 0 | 1 } {
  const history = ctx.history;
  let count = 0;
  let sign: -1 | 0 | 1 = 0;
  for (let i = history.length - 1; i >= 1; i--) {
    const later = history[i].value;
    const earlier = history[i - 1].value;
    // A run never spans a period the table has no column for.
    if (!later || !earlier || !consecutive(history[i - 1].quarter, history[i].quarter)) break;
    // A step counts only when the exact values and the figures as shown agree: the claim is then
    // true of the values and never contradicted by the sheet the reader has in front of them.
    const step = exactComparison(later.value, earlier.value);
    if (step === 0 || step !== shownComparison(later, earlier)) break;
    if (sign !== 0 && step !== sign) break;
    sign = step;
    count++;
  }
  return { count, sign };
}

export function runSentence(ctx: IndicatorContext, neutral: boolean): Sentence | null {
  const { count, sign } = consecutiveChanges(ctx);
  if (count < MIN_RUN || sign === 0 || ctx.smallCohort) return null;
  const noun =
    neutral || ctx.polarity === null
      ? sign > 0
        ? "increase"
        : "decrease"
      : sign > 0 === (ctx.polarity === "higher")
        ? "improvement"
        : "decline";
  return sentence(
    `This is a consistent ${noun} over the last ${quartersWord(count, nounOf(ctx.history))}.`
  );
}

export function extremeSentence(ctx: IndicatorContext, neutral: boolean): Sentence | null {
  const current = ctx.current;
  if (!current) return null;
  // One pass over the earlier figures (all but the last with a figure): never below, never above, tied.
  const history = ctx.history;
  let last = history.length - 1;
  while (last >= 0 && !history[last].value) last--;
  let figureCount = last >= 0 ? 1 : 0;
  let highest = true;
  let lowest = true;
  let tied = false;
  for (let i = 0; i < last; i++) {
    const other = history[i].value;
    if (!other) continue;
    figureCount++;
    const c = exactComparison(current.value, other.value);
    if (c < 0) highest = false;
    else if (c > 0) lowest = false;
    else tied = true;
  }
  if (figureCount < MIN_QUARTERS_FOR_EXTREMES) return null;
  const usePolarity = !neutral && ctx.polarity !== null;
  const thing = usePolarity ? "performance" : "figure";
  const count = quartersWord(figureCount, nounOf(history));
  if (highest === lowest) return null; // all equal, or neither extreme
  const high = highest;
  const word = usePolarity
    ? high === (ctx.polarity === "higher")
      ? "best"
      : "worst"
    : high
      ? "highest"
      : "lowest";
  const verb = tied ? "This equals the" : "This is the";
  return sentence(`${verb} ${word} ${thing} of the ${count} recorded.`);
}
