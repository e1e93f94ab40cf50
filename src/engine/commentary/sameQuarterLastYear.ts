/** Comparison with the same quarter a year earlier, when the series reaches back that far. */
import type { IndicatorContext } from "./context";
import { changeNoun, measureChange } from "./direction";
import { formatSourced } from "./numberText";
import { sentence, type Sentence } from "./sentence";

export function sameQuarterLastYearSentence(
  ctx: IndicatorContext,
  neutral: boolean
): Sentence | null {
  const current = ctx.current;
  if (!current) return null;
  // The chosen quarter is the last of the history.
  const chosen = ctx.history[ctx.history.length - 1]?.quarter;
  if (!chosen) return null;
  const yearAgo = ctx.history.find(
    (h) => h.quarter.fy === chosen.fy - 1 && h.quarter.q === chosen.q
  );
  if (!yearAgo || !yearAgo.value) return null;
  const change = measureChange(current, yearAgo.value, ctx, neutral);
  const then = `${yearAgo.quarter.label} (${formatSourced(yearAgo.value)})`;
  const text =
    change.kind === "noChange"
      ? `This is the same as in ${then}.`
      : `Compared with ${then}, this is ${changeNoun(change)}.`;
  return sentence(text, yearAgo.value.cell);
}
