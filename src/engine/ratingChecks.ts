/**
 * Checks made once the quarter is chosen (docs/periods.md): the analyst's own rating against the rule, and
 * figures that may be placeholders for "not yet available".
 */
import type { Classification, Finding, Indicator, Quarter, TableLayout } from "./types";
import type { GridView } from "./grid";
import { cellText } from "./cellNumber";
import { columnLetters, quoteSheetName } from "./address";
import { findings, showNumber, type Where } from "./findings";
import { ratingStatus } from "./ratingWords";
import { formatSourced } from "./commentary/numberText";
import { placeholderHistory } from "./placeholder";
import { samePeriod } from "./periods";

export { ratingStatus } from "./ratingWords";

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

/**
 * Ratings typed inside the chosen quarter's value cells (`711 (GREEN)`): each one that disagrees
 * with the rule is `rating.disagrees` at the cell, as for a RAG column; one note lists where
 * figures were read out of such cells.
 */
export function valueCellRatings(
  indicators: readonly Indicator[],
  quarterPos: number,
  classifications: readonly Classification[]
): Finding[] {
  const out: Finding[] = [];
  const seen: { where: Where; shown: string }[] = [];
  indicators.forEach((indicator, i) => {
    const value = indicator.series[quarterPos]?.value;
    const own = value?.ownRating;
    if (!value || !own) return;
    const local = value.cell.slice(value.cell.lastIndexOf("!") + 1);
    const where: Where = { cell: value.cell, local, ref: indicator.ref || undefined };
    seen.push({ where, shown: `${local} ${formatSourced(value)} (${own.words})` });
    const ours = classifications[i].status;
    if (ours !== "onTarget" && ours !== "insideTolerance" && ours !== "outsideTolerance") return;
    if (own.status === ours) return;
    out.push(
      findings.ratingDisagrees(where, own.words, ours, ruleWords(indicator, classifications[i]))
    );
  });
  if (seen.length > 0) {
    const listed = seen.slice(0, 5).map((s) => s.shown);
    const more = seen.length > 5 ? ` and ${seen.length - 5} more` : "";
    out.unshift(findings.ratingInValueCell(seen[0].where, seen.length, listed.join(", ") + more));
  }
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
