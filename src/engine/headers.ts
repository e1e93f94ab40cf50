/**
 * Header names: which column of the analyst's table holds what (docs/engine.md). Matching is
 * case-insensitive and ignores punctuation and extra spaces, so "PI Ref.", "pi  ref" and "PI-ref"
 * all name the ref column.
 */
import type { ColumnKey } from "./types";

/** Lower case, punctuation to spaces, runs of spaces collapsed. `%` and arrows are kept as words. */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/%/g, " percent ")
    .replace(/[^a-z0-9\u2191\u2193]+/g, " ")
    .trim();
}

/** The nine English regions, as regional benchmark headings (`North East`, `North East 2022`). */
export const ENGLISH_REGIONS = [
  "north east",
  "north west",
  "yorkshire and the humber",
  "yorkshire and humber",
  "yorkshire the humber",
  "east midlands",
  "west midlands",
  "east of england",
  "london",
  "south east",
  "south west",
] as const;

/** True when the text names one of the nine English regions (`North East`, `Yorkshire and The Humber`). */
export function regionOf(text: string): boolean {
  return (ENGLISH_REGIONS as readonly string[]).includes(normaliseHeader(text));
}

/**
 * Names accepted for each column (already normalised). docs/engine.md gives the minimum; the extra names
 * are ones council analysts commonly use.
 */
export const HEADER_SYNONYMS: Record<ColumnKey, readonly string[]> = {
  ref: [
    "ref",
    "pi ref",
    "reference",
    "code",
    "id",
    "indicator ref",
    "indicator reference",
    "pi",
    "pi no",
    "pi number",
    "pi code",
    "kpi ref",
    "kpi no",
    "measure ref",
    "measure code",
    "indicator code",
    "indicator id",
    "ref no",
    "reference number",
    "no",
  ],
  indicator: [
    "indicator",
    "measure",
    "indicator name",
    "description",
    "title",
    "performance indicator",
    "measure name",
    "measure description",
    "indicator description",
    "kpi name",
    "kpi description",
    "indicator title",
    "name",
    "performance measure",
    "pi description",
    "pi name",
    "key performance indicator",
    "key performance indicators",
    "performance indicators",
    "indicators",
    "kpi",
    "kpis",
    "performance measures",
    "measures",
  ],
  area: [
    "service area",
    "area",
    "service",
    "theme",
    "block",
    "category",
    "section",
    "directorate",
    "service block",
    "priority",
    "outcome area",
    "domain",
    "team",
    "service team",
    "department",
    "portfolio",
  ],
  type: [
    "type",
    "measure type",
    "indicator type",
    "kpi type",
    "contract or volumetric",
    "classification",
  ],
  polarity: [
    "polarity",
    "good is",
    "good perf is",
    "aim",
    "better is",
    "good performance is",
    "good performance",
    "direction of good",
    "desired direction",
    "higher or lower is better",
    "high or low is good",
    "good",
  ],
  unit: [
    "unit",
    "units",
    "format",
    "measure unit",
    "unit of measure",
    "measure format",
    "data format",
  ],
  target: [
    "target",
    "target value",
    "contract target",
    "annual target",
    "target green",
    "green target",
    "performance target",
  ],
  tolerance: [
    "tolerance",
    "tolerance threshold",
    "tolerance level",
    "threshold",
    "tolerance value",
    "tolerance limit",
    "lower tolerance",
    "upper tolerance",
    "amber threshold",
    "floor",
    "floor standard",
    "target amber",
    "amber target",
  ],
  national: [
    "national",
    "national average",
    "england",
    "england average",
    "national avg",
    "national benchmark",
    "england benchmark",
  ],
  statNeighbours: [
    "statistical neighbours",
    "stat neighbours",
    "sn average",
    "sn",
    "statistical neighbour",
    "statistical neighbour average",
    "statistical neighbours average",
    "stat neighbour",
    "stat neighbours average",
    "sn avg",
    "stat neighbour average",
    "statistical neighbours avg",
  ],
  regional: [
    "regional",
    "region",
    "regional average",
    "regional avg",
    "regional benchmark",
    "region average",
    ...ENGLISH_REGIONS,
  ],
  numerator: ["numerator", "num", "number meeting", "count meeting", "numerator count"],
  denominator: [
    "denominator",
    "denom",
    "cohort",
    "cohort size",
    "base",
    "denominator count",
    "cohort number",
  ],
  direction: [
    "dot",
    "direction of travel",
    "direction",
    "trend",
    "short trend",
    "long trend",
    "short trend last quarter",
    "long trend last year",
    "dot since last quarter",
    "dot last quarter",
  ],
  ownRating: [
    "rag",
    "rag status",
    "rag rating",
    "status",
    "rating",
    "performance status",
    "rag status against target",
  ],
};

const LOOKUP = new Map<string, ColumnKey>();
for (const key of Object.keys(HEADER_SYNONYMS) as ColumnKey[]) {
  for (const name of HEADER_SYNONYMS[key]) if (!LOOKUP.has(name)) LOOKUP.set(name, key);
}

/** Benchmarks are often headed with their year ("National 2017", "SN average 2017/18"). */
const TRAILING_YEAR = /(?: (?:19|20)?\d\d)+$/;
const BENCHMARK_KEYS: ReadonlySet<ColumnKey> = new Set(["national", "statNeighbours", "regional"]);

/** `2022 23`, `2022 2023`, `22 23` once normalised: a financial year. */
const FINANCIAL_YEAR = "(?:19|20)?\\d\\d (?:19|20)?\\d\\d";
/** `Target 2022/23`, `2022/23 target`, `Target for 2022/23` (docs/engine.md; per-year use is issue 12). */
const YEAR_TARGET = new RegExp(
  `^(?:(?:annual )?target (?:for )?${FINANCIAL_YEAR}|${FINANCIAL_YEAR} (?:annual )?target)$`
);

/** Which column a header names, or null. */
export function matchHeader(text: string): ColumnKey | null {
  const normal = normaliseHeader(text);
  if (normal === "") return null;
  const direct = LOOKUP.get(normal);
  if (direct) return direct;
  if (YEAR_TARGET.test(normal)) return "target";
  const withoutYear = normal.replace(TRAILING_YEAR, "").trim();
  if (withoutYear !== normal && withoutYear !== "") {
    const key = LOOKUP.get(withoutYear);
    if (key && BENCHMARK_KEYS.has(key)) return key;
  }
  return null;
}

/** `Threshold` alone: the target when the table has no Target column, else the tolerance. */
export function isBareThreshold(text: string): boolean {
  return normaliseHeader(text) === "threshold";
}

/**
 * A `Status Q2 2018/19` (or `RAG Q2 2018/19`) heading: returns the quarter text. Written by an
 * earlier run, or the analyst's own rating for that quarter; detect.ts tells them apart.
 */
export function statusHeaderQuarterText(text: string): string | null {
  const match = /^\s*(?:status|rag(?: status)?)\s*[-:]?\s*(.+)$/i.exec(text);
  return match ? match[1] : null;
}
