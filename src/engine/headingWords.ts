/**
 * Reads a column heading as a period plus role words (docs/periods.md, "Headings with words around
 * the period"). The period may sit anywhere (`Outturn 2019/20`, `Council 20/21 Q3`, `2021/22
 * actual`, `FY21`, `1 Apr 2020 to 31 Mar 2021`); the words left over decide what the column holds,
 * by concept rather than by a list of whole headings: a result, a target, a forecast (never a
 * result), a benchmark, a tolerance, a rating or a direction of travel. Words the product does not
 * know default to a result only when nothing else contradicts it, and the reading says so.
 */
import type { Quarter } from "./types";
import { parsePeriod } from "./periods";
import { parsePeriodSpan } from "./periodRanges";
import { bareMonthPeriod } from "./periods";
import { memoise } from "./memo";

export type HeadingRole =
  | "result"
  | "target"
  | "forecast"
  | "benchmark"
  | "tolerance"
  | "rating"
  | "direction"
  | "comment"
  /** Words naming another column (`Indicator (2021/22 definitions)`, `Numerator 2021/22`): no figure. */
  | "column"
  /** Role words that pull two ways (`Target v actual`), or a second period: not placed. */
  | "ambiguous";

export type BenchmarkKey = "national" | "statNeighbours" | "regional";

export interface HeadingRead {
  period: Quarter | null;
  /** The heading's own text that named the period (`20/21 Q3`, `FY21`). */
  periodText: string;
  role: HeadingRole;
  /** The words that decided the role (`Outturn`, `Tgt`); empty when none did. */
  roleWords: string[];
  /** Words neither a period nor a role word (`Council`): a result by default. */
  otherWords: string[];
  /** Which benchmark, when the role is benchmark and the words name one the product reads. */
  benchmark: BenchmarkKey | null;
  /** Why the role is ambiguous, in an analyst's words. */
  why?: string;
}

/** Role concepts: each a pattern over the normalised words (stems and common abbreviations). */
const ROLE_PATTERNS: readonly [HeadingRole, RegExp][] = [
  ["comment", /\b(?:comments?|commentary|narrative|notes?|actions?|explanation|update)\b/],
  [
    "column",
    /\b(?:indicators?|measures?|kpis?|pis?|metrics?|descriptions?|title|name|ref|reference|code|id|polarity|units?|type|numerator|denominator|denom|cohort|base|sources?|owner|lead|frequency|definitions?|rank|ranking|percentile|service area|directorate)\b/,
  ],
  [
    "rating",
    /\b(?:rag|rating|status|traffic lights?|met|not met|on track|red amber green|r a g)\b/,
  ],
  ["direction", /\b(?:dot|trend|direction|travel|improv\w*|getting better|getting worse)\b/],
  [
    "forecast",
    /\b(?:forecasts?|fcst|fcast|f cast|projections?|projected|predicted|predictions?|estimates?|estimated|est|expected|anticipated|outlook)\b/,
  ],
  ["tolerance", /\b(?:tolerances?|tol|thresholds?|amber|floor|intervention level)\b/],
  [
    "target",
    /\b(?:targets?|tgts?|trgts?|aims?|plans?|planned|ambitions?|ambition|standards?|goals?|objectives?|trajectory|profiled?|commitment)\b/,
  ],
  [
    "benchmark",
    /\b(?:england|eng|national|nat|nationally|regional|region|statistical neighbours?|stat neighbours?|stat nbrs?|sns?|comparators?|benchmarks?|core cities|county|counties|shire|unitary|unitaries|metropolitan|mets?|quartile|average|avg|north east|north west|yorkshire|east midlands|west midlands|east of england|london|south east|south west)\b/,
  ],
  [
    "result",
    /\b(?:actuals?|act|outturns?|out turn|performance|perf|results?|ytd|year to date|achieved|value|values|data|figures?|position|latest|current|reported|provisional|final|revised|cumulative|rolling|snapshot|monthly|quarterly|annual|annually|yearly|year end|ye|council|la|local|authority|our)\b/,
  ],
];

const GLOBAL_PATTERNS: readonly [HeadingRole, RegExp][] = ROLE_PATTERNS.map(([role, p]) => [
  role,
  new RegExp(p.source, "g"),
]);

/** Words that compare two things: never a figure for one period. */
const COMPARISON =
  /\b(?:change|changes|difference|diff|variance|var|vs|versus|compared|movement|gap|against|v)\b/;
/** Words that are only glue. */
const FILLER = new Set([
  ...["for", "of", "the", "in", "at", "to", "and", "a", "as", "on", "by"],
  // `FY Apr 2014 – Mar 2015`, `Financial year 2014/15`: words that only mark the period.
  ...["fy", "financial"],
]);
/** Beyond this many unknown words, a heading is a sentence, not a period column. */
const MAX_OTHER_WORDS = 4;
const MAX_TOKENS = 16;
const MAX_PERIOD_TOKENS = 8;
const MONTH_START = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
/** A word a period can begin with: a number, a quarter word, `FY`, a month, a bracket. */
const CAN_START = new RegExp(`^(?:[\\d('(]|q|qtr|quarter|fy|${MONTH_START})`);
/** A word a period can end with: a number, a bracket, a month (`2018 Sep`, a bare `Apr`). */
const CAN_END = new RegExp(`(?:[\\d)]|(?:${MONTH_START})[a-z]*\\.?)$`);

function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/([a-z])-(?=\d)/g, "$1 ")
    .replace(/(\d)-(?=[a-z]{4,})/g, "$1 ")
    .replace(/\s+/g, " ")
    .trim();
}

function periodOf(text: string, fy: number | null): Quarter | null {
  return parsePeriod(text, fy) ?? parsePeriodSpan(text) ?? bareMonthPeriod(text, fy);
}

/** The longest run of tokens that names a period (leftmost on a tie), with its position. */
function findPeriod(
  tokens: readonly string[],
  fy: number | null
): { period: Quarter; start: number; end: number } | null {
  // The longest period form (`1 apr 2020 to 31 mar 2021`) is seven words.
  // Only runs that start and end with a word a period can start or end with are tried.
  const starts = tokens.map((t) => CAN_START.test(t));
  const ends = tokens.map((t) => CAN_END.test(t));
  for (let len = Math.min(tokens.length, MAX_PERIOD_TOKENS); len >= 1; len--) {
    for (let start = 0; start + len <= tokens.length; start++) {
      if (!starts[start] || !ends[start + len - 1]) continue;
      const text = tokens.slice(start, start + len).join(" ");
      // Every period form holds a digit, except a yearless quarter or month with the title's year.
      if (fy === null && !/\d/.test(text)) continue;
      const period = periodOf(text, fy);
      if (period) return { period, start, end: start + len };
    }
  }
  return null;
}

function wordsOf(tokens: readonly string[]): string[] {
  return tokens
    .map((t) => t.replace(/[^a-z0-9&]+/g, " ").trim())
    .flatMap((t) => (t === "" ? [] : t.split(" ")))
    .filter((t) => !FILLER.has(t));
}

/** Which benchmark the words name (`Stat nbrs`, `Eng avg`, `North East`); null for any other. */
export function benchmarkKey(rest: string): BenchmarkKey | null {
  if (/\b(?:statistical neighbours?|stat neighbours?|stat nbrs?|sns?)\b/.test(rest))
    return "statNeighbours";
  if (/\b(?:england|eng|national|nat|nationally)\b/.test(rest)) return "national";
  if (
    /\b(?:regional|region|north east|north west|yorkshire|east midlands|west midlands|east of england|london|south east|south west)\b/.test(
      rest
    )
  )
    return "regional";
  return null;
}

/** The role the words left beside a period name, with the words that decided it. */
export function roleOfWords(words: readonly string[]): {
  role: HeadingRole;
  roleWords: string[];
  otherWords: string[];
  why?: string;
} {
  const rest = words.join(" ");
  const hits = new Map<HeadingRole, string[]>();
  const claimed = new Set<string>();
  for (const [role, global] of GLOBAL_PATTERNS) {
    global.lastIndex = 0;
    const found = rest.match(global);
    if (!found) continue;
    hits.set(role, found);
    for (const phrase of found) for (const w of phrase.split(" ")) claimed.add(w);
  }
  const otherWords = words.filter((w) => !claimed.has(w) && !/^\d{1,2}$/.test(w));
  const pick = (role: HeadingRole): ReturnType<typeof roleOfWords> => ({
    role,
    roleWords: hits.get(role) ?? [],
    otherWords,
  });
  if (COMPARISON.test(rest))
    return { role: "ambiguous", roleWords: [], otherWords, why: "it compares two figures" };
  // A verdict, a trend or free text is never a figure, whatever else the heading says.
  for (const role of ["comment", "column", "rating", "direction"] as const)
    if (hits.has(role)) return pick(role);
  // A forecast or projection is never a result, even when it says "outturn".
  if (hits.has("forecast")) return pick("forecast");
  if (hits.has("tolerance")) return pick("tolerance");
  const target = hits.has("target");
  const benchmark = hits.has("benchmark");
  // "Performance", "annual" and the like qualify a target or benchmark; "actual" does not.
  const strongResult = (hits.get("result") ?? []).some((w) =>
    /^(?:actuals?|act|outturns?|out turn|results?|achieved|ytd|year to date)$/.test(w)
  );
  if (target && benchmark)
    return {
      role: "ambiguous",
      roleWords: [],
      otherWords,
      why: "it names a target and a benchmark",
    };
  if ((target || benchmark) && strongResult)
    return {
      role: "ambiguous",
      roleWords: [],
      otherWords,
      why: `it names an actual and a ${target ? "target" : "benchmark"}`,
    };
  if (target) return pick("target");
  if (benchmark) return pick("benchmark");
  if (otherWords.length > MAX_OTHER_WORDS)
    return { role: "ambiguous", roleWords: [], otherWords, why: "it reads as a sentence" };
  return pick("result");
}

function read(key: string): HeadingRead | null {
  const split = key.indexOf("\u0000");
  const heading = key.slice(0, split);
  const fy = key.slice(split + 1) === "" ? null : Number(key.slice(split + 1));
  const normal = normaliseText(heading);
  if (normal === "" || normal.length > 80) return null;
  // Brackets kept first (`Q2 (Jul-Sep) 2018/19 target`), then dropped (`Outturn (2019/20)`).
  const attempts = [
    normal,
    normal
      .replace(/[()[\],:;]/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  ];
  // A bracket inside a period (`(Apr 2021 – Mar 2022)`) can leave a shorter match that strands a
  // year outside it (`2021 – Mar`): of the two readings, the one leaving fewer figures behind wins.
  let best: PeriodReading | null = null;
  for (const text of attempts) {
    const tokens = text.split(" ");
    if (tokens.length > MAX_TOKENS) return null;
    const reading = periodReading(tokens, fy);
    if (reading && (best === null || reading.left < best.left)) best = reading;
  }
  if (best === null) return null;
  const { found, periodText, rest, twoPeriods } = best;
  const words = wordsOf(rest);
  if (twoPeriods) {
    return {
      period: found.period,
      periodText,
      role: "ambiguous",
      roleWords: [],
      otherWords: words,
      benchmark: null,
      why: "it names more than one period",
    };
  }
  const role = roleOfWords(words);
  return {
    period: found.period,
    periodText,
    ...role,
    benchmark: role.role === "benchmark" ? benchmarkKey(words.join(" ")) : null,
  };
}

interface PeriodReading {
  found: NonNullable<ReturnType<typeof findPeriod>>;
  periodText: string;
  /** The heading's other tokens. */
  rest: string[];
  /** Another, different period among them. */
  twoPeriods: boolean;
  /** Tokens with a figure left among the other words. */
  left: number;
}

/** The period of one tokenisation of a heading, and what is left of it. */
function periodReading(tokens: string[], fy: number | null): PeriodReading | null {
  const found = findPeriod(tokens, fy);
  if (!found) return null;
  let rest = [...tokens.slice(0, found.start), ...tokens.slice(found.end)];
  let again = findPeriod(rest, null);
  // The same period said twice (`Q4 2017/18 (Jan – Mar 2018)`) is one period, not other words.
  if (again && again.period.label === found.period.label) {
    rest = [...rest.slice(0, again.start), ...rest.slice(again.end)];
    again = null;
  }
  return {
    found,
    periodText: tokens.slice(found.start, found.end).join(" "),
    rest,
    twoPeriods: again !== null,
    left: rest.filter((t) => /\d/.test(t)).length,
  };
}

const memoRead = memoise(read);

/**
 * A heading's period (anywhere in it) and the role of its other words; null when it names no
 * period. `fy` is the financial year from the title, for `Q2 target` or `Outturn Quarter 1`.
 */
export function readHeadingWords(heading: string, fy: number | null = null): HeadingRead | null {
  if (typeof heading !== "string") return null;
  // Every period form holds a digit, except a yearless quarter or month with the title's year.
  if (fy === null && !/\d/.test(heading)) return null;
  return memoRead(`${heading}\u0000${fy === null ? "" : fy}`);
}

/**
 * A heading made only of role words (`Actual`, `Targets`, `Tgt`, `Forecast`, `England`): the role,
 * else null. Such a heading above or below a period names what the period's column holds.
 */
export function roleOnlyHeading(heading: string): HeadingRole | null {
  if (typeof heading !== "string" || heading.length > 40) return null;
  return memoRoleOnly(heading);
}

const memoRoleOnly = memoise((heading: string): HeadingRole | null => {
  const normal = normaliseText(heading).replace(/[()[\],:;]/g, " ");
  if (normal === "" || /\d/.test(normal)) return null;
  const words = wordsOf(normal.split(" "));
  if (words.length === 0 || words.length > 4) return null;
  const read = roleOfWords(words);
  if (read.roleWords.length === 0 || read.otherWords.length > 0) return null;
  // "Performance against targets" or "Comments" above the periods passes no role down.
  if (read.role === "ambiguous" || read.role === "comment" || read.role === "column") return null;
  return read.role;
});

/** A period heading whose other words are all role words (`2021/22`, `Outturn 2019/20`). */
export function groupPeriodHeading(heading: string, fy: number | null = null): HeadingRead | null {
  const read = readHeadingWords(heading, fy);
  return read?.period && read.otherWords.length === 0 && read.role !== "ambiguous" ? read : null;
}
