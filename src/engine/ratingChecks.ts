/**
 * Checks made once the quarter is chosen (SPEC 2a): the analyst's own rating against the rule, and
 * figures that may be placeholders for "not yet available".
 */
import type { Classification, Finding, Indicator, Quarter, Status, TableLayout } from "./types";
import type { GridView } from "./grid";
import { cellText } from "./cellNumber";
import { columnLetters, quoteSheetName } from "./address";
import { findings, showNumber } from "./findings";
import { normaliseHeader } from "./headers";
import { formatSourced } from "./commentary/numberText";
import { placeholderHistory } from "./placeholder";
import { samePeriod } from "./periods";

const RATING_WORDS: [Status, string[]][] = [
  [
    "onTarget",
    [
      "green",
      "g",
      "on target",
      "target met",
      "met",
      "achieved",
      "on track",
      "exceeded",
      "target achieved",
      "above target",
    ],
  ],
  [
    "insideTolerance",
    [
      "amber",
      "a",
      "within tolerance",
      "inside tolerance",
      "slightly missed",
      "target slightly missed",
      "target slightly missed within 10 percent",
      "near target",
      "at risk",
    ],
  ],
  [
    "outsideTolerance",
    [
      "red",
      "r",
      "off target",
      "not met",
      "not achieved",
      "target not achieved",
      "target not met",
      "below target",
      "missed",
      "off track",
    ],
  ],
];
const RATING_LOOKUP = new Map<string, Status>();
for (const [status, words] of RATING_WORDS) for (const w of words) RATING_LOOKUP.set(w, status);

/** The status an analyst's rating word stands for, or null for words that rate nothing. */
export function ratingStatus(text: string): Status | null {
  return RATING_LOOKUP.get(normaliseHeader(text)) ?? null;
}

/** The analyst's rating column for the chosen quarter: one named for it, else an unnamed one. */
function ratingColumn(layout: TableLayout, quarter: Quarter): number | null {
  const columns = layout.ownRatingColumns ?? [];
  const named = columns.find((c) => c.quarter !== null && samePeriod(c.quarter, quarter));
  if (named) return named.column;
  const plain = columns.find((c) => c.quarter === null);
  return plain ? plain.column : null;
}

function ruleWords(indicator: Indicator, classification: Classification): string {
  const value = classification.value ? showNumber(classification.value.value) : "no value";
  const target = indicator.target ? showNumber(indicator.target.value) : "none";
  const tolerance =
    indicator.threshold === null ? "no tolerance" : `threshold ${showNumber(indicator.threshold)}`;
  return `(value ${value} against target ${target}, ${tolerance})`;
}

export function ratingDisagreements(
  view: GridView,
  layout: TableLayout,
  quarter: Quarter,
  indicators: readonly Indicator[],
  classifications: readonly Classification[]
): Finding[] {
  const column = ratingColumn(layout, quarter);
  if (column === null) return [];
  const prefix = `${quoteSheetName(layout.sheet)}!`;
  const out: Finding[] = [];
  indicators.forEach((indicator, i) => {
    const ours = classifications[i].status;
    if (ours !== "onTarget" && ours !== "insideTolerance" && ours !== "outsideTolerance") return;
    const words = cellText(view.value(indicator.row, column));
    const theirs = ratingStatus(words);
    if (theirs === null || theirs === ours) return;
    const local = columnLetters(column) + (indicator.row + 1);
    const where = { cell: prefix + local, local, ref: indicator.ref || undefined };
    out.push(
      findings.ratingDisagrees(where, words, ours, ruleWords(indicator, classifications[i]))
    );
  });
  return out;
}

export function placeholderFindings(
  indicators: readonly Indicator[],
  quarterPos: number
): Finding[] {
  const out: Finding[] = [];
  for (const indicator of indicators) {
    const history = placeholderHistory(indicator.series, quarterPos);
    const point = indicator.series[quarterPos];
    if (history === null || !point.value) continue;
    const local = point.cell.slice(point.cell.lastIndexOf("!") + 1);
    out.push(
      findings.placeholder(
        { cell: point.cell, local, ref: indicator.ref || undefined },
        `the value for ${point.quarter.label}`,
        formatSourced(point.value),
        history.map(formatSourced).join(", ")
      )
    );
  }
  return out;
}
