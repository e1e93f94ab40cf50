/** Comparison with the same period (quarter, month) a year earlier, when the series reaches back that far. */
import type { Quarter } from "../types";
import type { IndicatorContext } from "./context";
import { periodYearBefore, samePeriod } from "../periods";
import { changeNoun, measureChange, type Change } from "./direction";
import { agreeingDecimals, atDecimals, formatSourced } from "./numberText";
import { sentence, type Sentence } from "./sentence";

/** Every row of a run asks about the same chosen period: the period a year before is built once. */
let lastChosen: Quarter | null = null;
let lastWanted: Quarter | null = null;
function yearBefore(chosen: Quarter): Quarter {
  if (chosen !== lastChosen || lastWanted === null) {
    lastWanted = periodYearBefore(chosen);
    lastChosen = chosen;
  }
  return lastWanted;
}

export interface YearFact {
  sentence: Sentence;
  change: Change;
  /** Index in the history of the quarter a year before. */
  index: number;
}

/** The comparison with the same period a year before, and the change it finds. */
export function yearFact(ctx: IndicatorContext, neutral: boolean): YearFact | null {
  const current = ctx.current;
  if (!current) return null;
  // The chosen quarter is the last of the history.
  const chosen = ctx.history[ctx.history.length - 1]?.quarter;
  if (!chosen) return null;
  const wanted = yearBefore(chosen);
  let index = -1;
  for (let k = 0; k < ctx.history.length; k++) {
    if (samePeriod(ctx.history[k].quarter, wanted)) {
      index = k;
      break;
    }
  }
  const yearAgo = index < 0 ? undefined : ctx.history[index];
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
  return { sentence: sentence(text, yearAgo.value.cell), change, index };
}
