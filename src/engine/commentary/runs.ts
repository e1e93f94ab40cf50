/**
 * Runs over the series: an unbroken sequence of quarter-on-quarter changes in the same direction
 * ("a consistent improvement over the last seven quarters" = each of the last seven quarters shows
 * a higher figure than the one before), and whether the chosen quarter is the best or worst figure.
 */
import type { SourcedNumber } from "../types";
import type { IndicatorContext } from "./context";
import { shownComparison } from "./numberText";
import { sentence, type Sentence } from "./sentence";
import { quartersWord } from "./words";

/** A run is only worth a sentence from three changes in a row. */
export const MIN_RUN = 3;
/** Best/worst is only claimed among at least four quarters with a figure. */
export const MIN_QUARTERS_FOR_EXTREMES = 4;

/** Consecutive same-direction changes ending at the chosen quarter; sign of that direction. */
export function consecutiveChanges(ctx: IndicatorContext): { count: number; sign: -1 | 0 | 1 } {
  const values = ctx.history.map((h) => h.value);
  let count = 0;
  let sign: -1 | 0 | 1 = 0;
  for (let i = values.length - 1; i >= 1; i--) {
    const later = values[i];
    const earlier = values[i - 1];
    if (!later || !earlier) break;
    const step = shownComparison(later, earlier);
    if (step === 0 || (sign !== 0 && step !== sign)) break;
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
  return sentence(`This is a consistent ${noun} over the last ${quartersWord(count)}.`);
}

export function extremeSentence(ctx: IndicatorContext, neutral: boolean): Sentence | null {
  const current = ctx.current;
  if (!current) return null;
  const figures = ctx.history.map((h) => h.value).filter((v): v is SourcedNumber => v !== null);
  if (figures.length < MIN_QUARTERS_FOR_EXTREMES) return null;
  const others = figures.slice(0, -1);
  const usePolarity = !neutral && ctx.polarity !== null;
  const thing = usePolarity ? "performance" : "figure";
  const count = quartersWord(figures.length);
  const comparisons = others.map((o) => shownComparison(current, o));
  const highest = comparisons.every((c) => c >= 0);
  const lowest = comparisons.every((c) => c <= 0);
  if (highest === lowest) return null; // all equal, or neither extreme
  const high = highest;
  const word = usePolarity
    ? high === (ctx.polarity === "higher")
      ? "best"
      : "worst"
    : high
      ? "highest"
      : "lowest";
  const tied = comparisons.some((c) => c === 0);
  const verb = tied ? "This equals the" : "This is the";
  return sentence(`${verb} ${word} ${thing} of the ${count} recorded.`);
}
