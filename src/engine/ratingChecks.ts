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
import { formatFixed } from "./commentary/numberText";
import { sameQuarter } from "./quarters";

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
  const named = columns.find((c) => c.quarter !== null && sameQuarter(c.quarter, quarter));
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

/** How many earlier figures make the "recent history" a figure is judged against. */
const HISTORY = 4;
/** A figure this many times larger or smaller than its history may be a placeholder. */
const JUMP = 20;

export function placeholderFindings(
  indicators: readonly Indicator[],
  quarterPos: number
): Finding[] {
  const out: Finding[] = [];
  for (const indicator of indicators) {
    const point = indicator.series[quarterPos];
    const current = point?.value;
    if (!current) continue;
    const history = indicator.series
      .slice(0, quarterPos)
      .map((s) => s.value)
      .filter((v): v is NonNullable<typeof v> => v !== null)
      .slice(-HISTORY);
    if (history.length === 0) continue;
    const v = current.value;
    const mean = history.reduce((sum, h) => sum + Math.abs(h.value), 0) / history.length;
    const zeroAfterFigures = v === 0 && history.every((h) => h.value !== 0);
    // Upwards only: a fall to a small figure is often real; a fall to exactly 0 is the placeholder.
    const jump = mean > 0 && Math.abs(v) >= JUMP * mean;
    if (!zeroAfterFigures && !jump) continue;
    const local = point.cell.slice(point.cell.lastIndexOf("!") + 1);
    const shown = (n: typeof current) => formatFixed(n.value, n.decimals, n.percent);
    out.push(
      findings.placeholder(
        { cell: point.cell, local, ref: indicator.ref || undefined },
        `the value for ${point.quarter.label}`,
        shown(current),
        history.map(shown).join(", ")
      )
    );
  }
  return out;
}
