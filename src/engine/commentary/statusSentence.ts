/**
 * The opening sentence: the status against target and tolerance, with its streak or the move from
 * last quarter's status, in the seed's register ("Performance remains on or better than target
 * (85%) for the fifth quarter in succession", "… below target (80%) and tolerance (76%) for the
 * third successive quarter").
 */
import { nounOf } from "./periodWords";
import type { Status, ToleranceMode } from "../types";
import type { IndicatorContext } from "./context";
import { agreeingDecimalsAll, atDecimals, formatSourced } from "./numberText";
import { sentence, type Sentence } from "./sentence";
import { statusStreak, type Streak } from "./streak";
import { cardinalWord, ordinalWord } from "./words";

const EARLIER_STATUS: Partial<Record<Status, string>> = {
  onTarget: "on or better than target",
  insideTolerance: "inside tolerance",
  outsideTolerance: "outside tolerance",
};

/**
 * docs/commentary.md: the decimals at which the value, target and (threshold-mode) tolerance must be printed so
 * that the status words never contradict them; null when the cells' own formats already agree.
 */
export function statusDecimals(ctx: IndicatorContext, mode: ToleranceMode): number | null {
  const { current } = ctx;
  const { target, tolerance } = ctx.indicator;
  if (!current || !target) return null;
  const printed =
    mode === "threshold" && tolerance && ctx.indicator.threshold !== null
      ? [target, tolerance]
      : [target];
  return agreeingDecimalsAll(current, printed);
}

/** "(76%)" in threshold mode; "(5 percentage points below target)" / "(10% below target)" for bands. */
function toleranceText(
  ctx: IndicatorContext,
  mode: ToleranceMode,
  decimals: number | null
): { text: string; cells: string[] } | null {
  const tolerance = ctx.indicator.tolerance;
  const target = ctx.indicator.target;
  if (!tolerance || ctx.indicator.threshold === null || !target) return null;
  if (mode === "threshold")
    return { text: formatSourced(atDecimals(tolerance, decimals)), cells: [tolerance.cell] };
  const side = ctx.polarity === "lower" ? "above" : "below";
  const amount = formatSourced({ ...tolerance, percent: false });
  const unit = mode === "percent" ? "%" : target.percent ? " percentage points" : "";
  return { text: `${amount}${unit} ${side} target`, cells: [tolerance.cell] };
}

/** The status in words, with the figures it is judged against. */
function statusPhrase(
  ctx: IndicatorContext,
  mode: ToleranceMode,
  decimals: number | null
): { text: string; cells: string[]; tail?: string } | null {
  const target = ctx.indicator.target;
  if (!target) return null;
  const targetText = formatSourced(atDecimals(target, decimals));
  const worse = ctx.polarity === "lower" ? "above" : "below";
  const tolerance = toleranceText(ctx, mode, decimals);
  const cells = [target.cell, ...(tolerance?.cells ?? [])];
  switch (ctx.classification.status) {
    case "onTarget":
      return { text: `on or better than target (${targetText})`, cells: [target.cell] };
    case "insideTolerance":
      return {
        text: `${worse} target (${targetText}) but within tolerance (${tolerance?.text ?? ""})`,
        cells,
      };
    case "outsideTolerance":
      return tolerance
        ? { text: `${worse} target (${targetText}) and tolerance (${tolerance.text})`, cells }
        : // The tail goes at the end of the sentence, after any streak or move.
          { text: `${worse} target (${targetText})`, cells, tail: ", with no tolerance set" };
    default:
      return null;
  }
}

export function statusSentence(
  ctx: IndicatorContext,
  mode: ToleranceMode,
  /** The streak, when the caller has worked it out already. */
  known?: Streak
): Sentence | null {
  const status = ctx.classification.status;
  if (status === "noTarget")
    return sentence("No target is specified for this indicator, so it is not rated.");
  if (status === "notClassified") return null;
  const decimals = statusDecimals(ctx, mode);
  const phrase = statusPhrase(ctx, mode, decimals);
  if (!phrase || !ctx.current) return null;
  const who =
    decimals === null
      ? "Performance"
      : `Performance (${formatSourced(atDecimals(ctx.current, decimals))})`;
  const streak = known ?? statusStreak(ctx);
  const noun = nounOf(ctx.history);
  const cells = phrase.cells;
  const tail = phrase.tail ?? "";
  if (ctx.smallCohort || streak.length < 2) {
    const previousQuarter = ctx.history[ctx.history.length - 2]?.quarter.label;
    const earlier = streak.precededBy ? earlierWords(ctx, streak.precededBy) : undefined;
    const move =
      !ctx.smallCohort && earlier && previousQuarter
        ? `, having been ${earlier} in ${previousQuarter}`
        : "";
    return sentence(`${who} is ${phrase.text}${move}${tail}.`, ...cells);
  }
  if (streak.precededBy === null) {
    return sentence(
      `${who} has been ${phrase.text} in each of the last ${cardinalWord(streak.length)} ${noun}s${tail}.`,
      ...cells
    );
  }
  const run =
    status === "onTarget"
      ? `for the ${ordinalWord(streak.length)} ${noun} in succession`
      : `for the ${ordinalWord(streak.length)} successive ${noun}`;
  return sentence(`${who} remains ${phrase.text} ${run}${tail}.`, ...cells);
}

/** An earlier status in words; with no tolerance, "outside tolerance" is simply worse than target. */
function earlierWords(ctx: IndicatorContext, status: Status): string | undefined {
  if (status === "outsideTolerance" && ctx.indicator.threshold === null)
    return ctx.polarity === "lower" ? "above target" : "below target";
  return EARLIER_STATUS[status];
}
