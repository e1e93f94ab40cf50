/**
 * Headings the synonym list does not hold word for word but whose words name a role by concept
 * (docs/periods.md, "How a heading is read"): `Polarity (H/L)`, `Measure title`, `KPI no.`,
 * `Outcome`, `Traffic Light`, `Tgt`. Read from their words; a target, tolerance, polarity or
 * rating read this way must also agree with the column's entries (columnContent.ts).
 */
import type { ColumnKey } from "./types";
import { matchHeader, normaliseHeader } from "./headers";
import { benchmarkKey } from "./headingWords";
import { memoise } from "./memo";

/** Roles whose reading from words alone is checked against the entries below the heading. */
export const CHECKED_BY_CONTENT: ReadonlySet<ColumnKey> = new Set([
  "target",
  "tolerance",
  "polarity",
  "ownRating",
]);

const FREE_TEXT =
  /\b(?:comments?|commentary|narrative|notes?|actions?|explanation|update|source)\b/;
/** Questions and verdicts ("Are we achieving our target?") are not a target or a polarity. */
const QUESTION = /\b(?:are|is it|did|have|has|achiev\w*|met|meeting|on track|getting)\b/;
const PERIODISH =
  /\b(?:q[1-4]|qtr|quarter|month|monthly|ytd|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|(?:19|20)\d\d)\b/;
const REF_WORDS = /\b(?:ref|refs|reference|code|id|no|number|num|nos)\b/;
const NAME_WORDS = /\b(?:indicators?|measures?|kpis?|pis?|metrics?)\b/;

const RULES: readonly [ColumnKey, RegExp][] = [
  ["ownRating", /\b(?:rag|traffic lights?|rating|status)\b/],
  ["direction", /\b(?:dot|direction of travel|trend)\b/],
  ["polarity", /\b(?:polarity|good is|is good|better is|is better|high or low|higher or lower)\b/],
  ["tolerance", /\b(?:tolerances?|tol|thresholds?|amber|floor)\b/],
  ["target", /\b(?:targets?|tgts?|trgts?)\b/],
  [
    "area",
    /\b(?:outcomes?|themes?|priority|priorities|objectives?|areas?|services?|directorates?|teams?|portfolios?|domains?|blocks?|category|categories|sections?|programmes?|pillars?)\b/,
  ],
];

/** The role a heading's words name, when no synonym matched it whole; null when none does. */
export function headingWordsRole(heading: string): ColumnKey | null {
  return memoRole(heading);
}

const memoRole = memoise((heading: string): ColumnKey | null => {
  // `Polarity (H/L)`, `Measure (what we count)`: the words outside brackets are the heading.
  const unbracketed = heading.replace(/\([^)]*\)|\[[^\]]*\]/g, " ").trim();
  if (unbracketed !== "" && unbracketed !== heading.trim()) {
    const direct = matchHeader(unbracketed);
    if (direct) return direct;
  }
  const text = normaliseHeader(unbracketed === "" ? heading : unbracketed);
  if (text === "" || FREE_TEXT.test(text) || PERIODISH.test(text)) return null;
  if (/\?/.test(heading) || QUESTION.test(text)) return null;
  for (const [key, pattern] of RULES) {
    if (key === "area" && NAME_WORDS.test(text)) return REF_WORDS.test(text) ? "ref" : "indicator";
    if (pattern.test(text)) return key;
  }
  if (NAME_WORDS.test(text)) return REF_WORDS.test(text) ? "ref" : "indicator";
  // `Eng avg`, `Stat nbrs`, `Nat'l average`: a benchmark the product compares.
  const benchmark = benchmarkKey(text.replace(/\bnat l\b/g, "national"));
  if (benchmark !== null) return benchmark;
  if (/\b(?:title|name|description|desc)\b/.test(text)) return "indicator";
  return null;
});
