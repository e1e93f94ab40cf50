/**
 * The direction of travel of a cumulative measure (docs/periods.md): a year-to-date figure grows through
 * the year, so it is judged against the same period last year, never against the period before.
 * The sentence comparing the two is sameQuarterLastYear's; this gives the group and log phrase.
 */
import type { CumulativeKind } from "../types";
import type { IndicatorContext } from "./context";
import { changePhrase, measureChange, type Direction } from "./direction";
import { agreeingDecimals, atDecimals } from "./numberText";
import { periodYearBefore, samePeriod } from "../periods";
import { sentence } from "./sentence";

const WORDS: Record<CumulativeKind, string> = {
  yearToDate: "year to date",
  rolling: "rolling 12 months",
};
/** The same words before a noun ("a year-to-date figure"). */
const ADJECTIVE: Record<CumulativeKind, string> = {
  yearToDate: "year-to-date",
  rolling: "rolling 12-month",
};

/** `(year to date)` for the headline. */
export function cumulativeWords(kind: CumulativeKind): string {
  return WORDS[kind];
}

export function cumulativeDirection(ctx: IndicatorContext, neutral: boolean): Direction | null {
  const kind = ctx.indicator.cumulative;
  if (!kind) return null;
  const current = ctx.current;
  const chosen = ctx.history[ctx.history.length - 1]?.quarter;
  if (!current || !chosen) return { change: null, phrase: "No figure", sentence: null };
  const wanted = periodYearBefore(chosen);
  const yearAgo = ctx.history.find((h) => samePeriod(h.quarter, wanted));
  if (!yearAgo || !yearAgo.value) {
    return {
      change: null,
      phrase: "Not compared (no figure a year before)",
      sentence: sentence(
        `As a ${ADJECTIVE[kind]} figure it is not compared with the period before, and there is no figure for ${wanted.label} to compare with.`
      ),
    };
  }
  const decimals = agreeingDecimals(current, yearAgo.value);
  const change = measureChange(
    atDecimals(current, decimals),
    atDecimals(yearAgo.value, decimals),
    ctx,
    neutral
  );
  return { change, phrase: `${changePhrase(change)} on a year before`, sentence: null };
}
