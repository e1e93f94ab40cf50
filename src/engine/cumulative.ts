/**
 * Cumulative measures (docs/periods.md): `YTD`, `Year to date`, `Cumulative`, `Rolling 12 months`, `R12M`
 * in the indicator's name or in a cell of its row that is otherwise not read (a `Period type`
 * column), in its type or unit. Such a figure grows through the year, so the commentary makes no
 * period-on-period claims and compares with the same period last year instead.
 */
import type { CumulativeKind } from "./types";
import type { TableRead } from "./read";
import { cellText } from "./cellNumber";
import { memoise } from "./memo";

const ROLLING = /\b(?:rolling\s*(?:12|twelve)\s*months?|r12m?|12\s*month\s*rolling)\b/i;
const YEAR_TO_DATE = /\b(?:ytd|year\s*to\s*date|cumulative|cumulatively)\b/i;

/** What a text says about the figure: year to date, rolling, or neither. */
export function cumulativeKindOf(text: string): CumulativeKind | null {
  if (ROLLING.test(text)) return "rolling";
  if (YEAR_TO_DATE.test(text)) return "yearToDate";
  return null;
}

/** Type, unit and period-type cells repeat a few words down the table: each is read once. */
const markerKindOf = memoise(cumulativeKindOf);

/** Marks the table's cumulative indicators. */
export function markCumulative(read: TableRead): void {
  const { view, layout } = read.table;
  const roles = layout.columnRoles ?? [];
  const marker = roles
    .filter((e) => e.role === "notUsed" || e.role === "type" || e.role === "unit")
    .map((e) => e.column);
  for (const { indicator } of read.rows) {
    let kind = cumulativeKindOf(indicator.name);
    for (const column of marker) {
      if (kind !== null) break;
      const text = cellText(view.value(indicator.row, column));
      // Only a short marker cell, never free text that happens to mention a year to date.
      if (text.length <= 30) kind = markerKindOf(text);
    }
    if (kind !== null) indicator.cumulative = kind;
  }
}
