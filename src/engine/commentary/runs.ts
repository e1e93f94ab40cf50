/**
 * Runs over the series (docs/commentary.md, Runs and turning trends): an unbroken sequence of
 * quarter-on-quarter changes in the same direction ("a significant, consistent improvement over
 * the last four quarters, from 78% in Q2 2017/18"), a trend that turns (the last change against a
 * run of three or more before it; a dip and its recovery), and whether the chosen quarter is the
 * best or worst figure. A step counts only when the exact values and the figures as shown agree,
 * so no claim is contradicted by the sheet in front of the reader.
 */
import type { IndicatorContext } from "./context";
import { changeSize, type ChangeSize } from "./direction";
import { exactComparison, formatSourced, shownComparison, shownValue } from "./numberText";
import { sentence, type Sentence } from "./sentence";
import { cardinalWord, quartersWord } from "./words";
import { nounOf } from "./periodWords";
import { consecutive } from "../periods";
import type { SourcedNumber } from "../types";

/** A run is only worth a sentence from three changes in a row. */
export const MIN_RUN = 3;
/** Best/worst is only claimed among at least four quarters with a figure. */
export const MIN_QUARTERS_FOR_EXTREMES = 4;

/** The changes at the end of the series, read backwards: the latest run, and the run before it. */
export interface StepRuns {
  /** Direction of the latest run (0: no counted change at the end). */
  sign: -1 | 0 | 1;
  /** Changes in the latest run, ending at the chosen quarter. */
  count: number;
  /** Changes in the run just before it, in the other direction (0 when none). */
  priorCount: number;
}

/** Sign of the change into history[i] from history[i − 1], or 0 when it does not count. */
function step(ctx: IndicatorContext, i: number): -1 | 0 | 1 {
  const history = ctx.history;
  const later = history[i].value;
  const earlier = history[i - 1].value;
  // A run never spans a period the table has no column for.
  if (!later || !earlier || !consecutive(history[i - 1].quarter, history[i].quarter)) return 0;
  const exact = exactComparison(later.value, earlier.value);
  return exact !== 0 && exact === shownComparison(later, earlier) ? exact : 0;
}

export function stepRuns(ctx: IndicatorContext): StepRuns {
  const last = ctx.history.length - 1;
  let i = last;
  let sign: -1 | 0 | 1 = 0;
  let count = 0;
  for (; i >= 1; i--) {
    const s = step(ctx, i);
    if (s === 0 || (sign !== 0 && s !== sign)) break;
    sign = s;
    count++;
  }
  let priorCount = 0;
  if (count > 0) {
    for (; i >= 1; i--) {
      if (step(ctx, i) !== -sign) break;
      priorCount++;
    }
  }
  return { sign, count, priorCount };
}

/** Consecutive same-direction changes ending at the chosen quarter; sign of that direction. */
export function consecutiveChanges(ctx: IndicatorContext): { count: number; sign: -1 | 0 | 1 } {
  const { count, sign } = stepRuns(ctx);
  return { count, sign };
}

/** "improvement"/"decline" with a polarity, else "increase"/"decrease", for a sign of change. */
function changeNounOf(ctx: IndicatorContext, neutral: boolean, sign: number): string {
  if (neutral || ctx.polarity === null) return sign > 0 ? "increase" : "decrease";
  return sign > 0 === (ctx.polarity === "higher") ? "improvement" : "decline";
}

/** Size of the move from `from` to `to` as printed, by the direction-of-travel rule. */
function sizeBetween(
  ctx: IndicatorContext,
  neutral: boolean,
  to: SourcedNumber,
  from: SourcedNumber
): ChangeSize {
  return changeSize(shownValue(to), shownValue(from), neutral ? null : ctx.band);
}

export interface RunFact {
  sentence: Sentence;
  size: ChangeSize;
  /** Index in the history of the quarter the run starts from. */
  start: number;
}

/** "This is a significant, consistent improvement over the last four quarters, from 78% in …". */
export function runFact(ctx: IndicatorContext, neutral: boolean, runs: StepRuns): RunFact | null {
  const { count, sign } = runs;
  const current = ctx.current;
  if (count < MIN_RUN || sign === 0 || ctx.smallCohort || !current) return null;
  const start = ctx.history.length - 1 - count;
  const from = ctx.history[start];
  if (!from.value) return null;
  const size = sizeBetween(ctx, neutral, current, from.value);
  const noun = changeNounOf(ctx, neutral, sign);
  return {
    sentence: sentence(
      `This is a ${size}, consistent ${noun} over the last ${quartersWord(count, nounOf(ctx.history))}, from ${formatSourced(from.value)} in ${from.quarter.label}.`,
      from.value.cell
    ),
    size,
    start,
  };
}

export interface TurnFact {
  /** Words that continue the direction-of-travel sentence: ", after a …" or ", recovering …". */
  clause: string;
  sources: string[];
  size: ChangeSize;
}

type Share = "part" | "half" | "most" | "all";

/** How much of `lost` (a positive amount) `regained` makes up. */
function shareOf(regained: number, lost: number): Share {
  const twice = exactComparison(2 * regained, lost);
  if (twice < 0) return "part";
  if (twice === 0) return "half";
  return exactComparison(regained, lost) >= 0 ? "all" : "most";
}

/**
 * The last change against the run before it. After three or more changes the other way, the run
 * is named ("after a significant, consistent improvement over the six quarters before, from 86%
 * in Q3 2016/17"); after one or two, the share of it the last change makes up ("recovering most
 * of a slight decline the quarter before, from 73% in Q4 2017/18") when the exact values and the
 * figures as shown agree on the share, else only that it came after it.
 */
export function turnFact(ctx: IndicatorContext, neutral: boolean, runs: StepRuns): TurnFact | null {
  const { count, sign, priorCount } = runs;
  const current = ctx.current;
  if (count !== 1 || priorCount === 0 || sign === 0 || ctx.smallCohort || !current) return null;
  const history = ctx.history;
  const bottom = history[history.length - 2].value;
  const from = history[history.length - 2 - priorCount];
  if (!bottom || !from.value) return null;
  const size = sizeBetween(ctx, neutral, bottom, from.value);
  const priorNoun = changeNounOf(ctx, neutral, -sign);
  const start = `from ${formatSourced(from.value)} in ${from.quarter.label}`;
  const noun = nounOf(history);
  if (priorCount >= MIN_RUN) {
    return {
      clause: `, after a ${size}, consistent ${priorNoun} over the ${cardinalWord(priorCount)} ${noun}s before, ${start}`,
      sources: [from.value.cell],
      size,
    };
  }
  const exact = shareOf(
    Math.abs(current.value - bottom.value),
    Math.abs(from.value.value - bottom.value)
  );
  const shown = shareOf(
    Math.abs(shownValue(current) - shownValue(bottom)),
    Math.abs(shownValue(from.value) - shownValue(bottom))
  );
  const span = priorCount === 1 ? `the ${noun} before` : `over the two ${noun}s before`;
  // The share is said only when the exact values and the figures as shown agree on it.
  const verb =
    exact !== shown
      ? "after"
      : `${changeNounOf(ctx, neutral, sign) === "improvement" ? "recovering" : "reversing"} ${exact} of`;
  return {
    clause: `, ${verb} a ${size} ${priorNoun} ${span}, ${start}`,
    sources: [from.value.cell],
    size,
  };
}

export interface ExtremeFact {
  sentence: Sentence;
  /** "best"/"worst"/"highest"/"lowest". */
  word: string;
  tied: boolean;
  /** "the eight quarters recorded" words: "eight quarters". */
  count: string;
}

export function extremeFact(ctx: IndicatorContext, neutral: boolean): ExtremeFact | null {
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
  return {
    sentence: sentence(`${verb} ${word} ${thing} of the ${count} recorded.`),
    word,
    tied,
    count,
  };
}
