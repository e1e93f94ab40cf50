/** Comparison with the same period (quarter, month) a year earlier, when the series reaches back that far. */
import type { IndicatorContext } from "./context";
import { periodYearBefore, samePeriod } from "../periods";
import { changeNoun, measureChange } from "./direction";
import { agreeingDecimals, atDecimals, formatSourced } from "./numberText";
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
  const wanted = periodYearBefore(chosen);
  const yearAgo = ctx.history.find((h) => samePeriod(h.quarter, wanted));
  if (!yearAgo || !yearAgo.value) return null;
  const decimals = agreeingDecimals(current, yearAgo.value);
  const before = atDecimals(yearAgo.value, decimals);
  const now = atDecimals(current, decimals);
  const change = measureChange(now, before, ctx, neutral);
  const then = `${yearAgo.quarter.label} (${formatSourced(before)})`;
  // When the cells' own formats would read the other way, the figure now is printed finer too.
  const nowText = decimals === null ? "" : ` (${formatSourced(now)})`;
  const text =
    change.kind === "noChange"
      ? `This${nowText} is the same as in ${then}.`
      : `Compared with ${then}, this${nowText} is ${changeNoun(change)}.`;
  return sentence(text, yearAgo.value.cell);
}
