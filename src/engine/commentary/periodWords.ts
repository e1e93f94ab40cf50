/** The period noun the commentary uses ("quarter", "month", "year"), from the table's periods. */
import type { PeriodKind, Quarter } from "../types";
import { periodKind } from "../periods";

export function periodNoun(kind: PeriodKind): string {
  return kind;
}

/** Noun for the periods of a history (quarter when there is none). */
export function nounOf(history: readonly { quarter: Quarter }[]): string {
  const last = history[history.length - 1];
  return periodNoun(last ? periodKind(last.quarter) : "quarter");
}
