/**
 * What a column's entries on the indicator rows look like (docs/periods.md, "Evidence from the
 * entries"): polarity words, the sheet's own rating (Red/Amber/Green), figures, or text repeated
 * in runs (a grouping such as the service area). Read from the cells only, never from the heading.
 */
import type { GridView } from "./grid";
import { cellText, readCellNumber } from "./cellNumber";
import { parsePolarity } from "./polarity";
import { ratingStatus } from "./ratingChecks";
import { cumulativeKindOf } from "./cumulative";
import { memoise } from "./memo";

export type ContentKind = "polarity" | "rating" | "figures" | "grouping" | "text" | "empty";

export interface ColumnContent {
  kind: ContentKind;
  /** Non-empty entries on the indicator rows. */
  filled: number;
  /** A few distinct entries, as the analyst wrote them, for the evidence. */
  sample: string[];
}

/** The share of entries that must agree before the entries are evidence of a kind. */
const AGREE = 0.8;
/** Placeholders that say nothing about a column's kind. */
const BLANKISH = /^(?:-+|–|n\/?a|tbc|tba|n\/?k|\.+|\*|x)$/i;
/** How often, when or where a figure is counted: repeated in runs, but no grouping. */
const NOT_A_GROUP =
  /^(?:monthly|quarterly|annual(?:ly)?|yearly|termly|weekly|daily|bi-?annual|snapshot|number|count|percent(?:age)?|%|rate|ratio|days?|weeks?|yes|no|y|n|true|false|contract|volumetric)$/i;

const polarityKind = memoise((text: string) => parsePolarity(text).kind);
const ratingOf = memoise(ratingStatus);

function share(count: number, of: number): number {
  return of === 0 ? 0 : count / of;
}

/** Reads the entries of `column` on `rows`. */
export function columnContent(
  view: GridView,
  rows: readonly number[],
  column: number
): ColumnContent {
  const texts: string[] = [];
  let figures = 0;
  for (const row of rows) {
    const raw = view.value(row, column);
    const text = cellText(raw);
    if (text === "" || BLANKISH.test(text)) continue;
    if (readCellNumber(raw, view.format(row, column)).kind === "number") {
      figures++;
      continue;
    }
    texts.push(text);
  }
  const filled = figures + texts.length;
  const sample = [...new Set(texts)].slice(0, 3);
  if (filled === 0) return { kind: "empty", filled, sample };
  if (share(figures, filled) >= AGREE) return { kind: "figures", filled, sample };
  const polar = texts.filter((t) => {
    const kind = polarityKind(t);
    return kind === "known" || kind === "info";
  }).length;
  // R, A and G are ratings; H and L polarity: neither reading claims the other's letters.
  const rated = texts.filter((t) => ratingOf(t) !== null).length;
  if (filled >= 2 && share(polar, filled) >= AGREE && polar > rated)
    return { kind: "polarity", filled, sample };
  if (filled >= 2 && share(rated, filled) >= AGREE) return { kind: "rating", filled, sample };
  if (texts.length >= 3 && isGrouping(texts)) return { kind: "grouping", filled, sample };
  return { kind: "text", filled, sample };
}

/**
 * Text repeated in runs: fewer distinct entries than half the rows, each entry in one unbroken run
 * (a service area over its indicators), and none a frequency, a unit or a cumulative marker.
 */
function isGrouping(texts: readonly string[]): boolean {
  const distinct = new Set(texts);
  if (distinct.size > Math.floor(texts.length / 2)) return false;
  for (const t of distinct) if (NOT_A_GROUP.test(t) || cumulativeKindOf(t) !== null) return false;
  let runs = 1;
  for (let i = 1; i < texts.length; i++) if (texts[i] !== texts[i - 1]) runs++;
  return runs === distinct.size;
}

/** "its H/L values", "its Red/Amber/Green entries": the evidence in an analyst's words. */
export function contentWords(content: ColumnContent): string {
  const shown = content.sample.map((s) => (s.length > 20 ? `${s.slice(0, 19)}…` : s)).join("/");
  switch (content.kind) {
    case "polarity":
      return `its ${shown} entries`;
    case "rating":
      return `its ${shown} ratings`;
    case "figures":
      return "its figures";
    case "grouping":
      return "its entries repeated in runs";
    default:
      return "its entries";
  }
}
