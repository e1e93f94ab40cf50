/**
 * Targets and tolerances written as text (docs/findings.md, Targets in words): `≥90%`,
 * `Not less than 90%`, `Max 5%`, `90% or above`, `No target`, a band `85-90%`, or a benchmark
 * (`Above Stat Neighbour Average`).
 *
 * A comparison is read by grammar, not from a list of whole strings:
 *   [Target[:]] [not|no] COMPARATOR [or equal to] NUMBER [UNIT] [SUFFIX]
 * Each part has its direction (higher or lower is better); a negation turns it round (`not less
 * than` is at least). Wording that gives no direction to rate against (`around 90%`, `= 90%`) or
 * two directions (`at least 90% or below`) is ambiguous: a finding, never a guess.
 */
import type { ColumnKey, Polarity } from "./types";

export type TargetText =
  /** `comparator` null: the figure alone (`90% or better`), the polarity decides the direction. */
  | {
      kind: "value";
      value: number;
      decimals: number;
      percent: boolean;
      comparator: Polarity | null;
    }
  | { kind: "none" }
  | { kind: "band"; low: number; high: number; decimals: number; percent: boolean }
  | { kind: "benchmark"; key: ColumnKey; name: string; comparator: Polarity | null }
  /** A figure whose wording gives no direction, or two: `why` completes "…, because it …". */
  | { kind: "ambiguous"; why: string }
  | { kind: "unreadable" };

const NONE = new Set([
  "no target",
  "n/a",
  "na",
  "tbc",
  "tba",
  "-",
  "–",
  "baseline year",
  "baseline",
  "none",
  "not set",
  "no target set",
  "target not set",
]);

/** Comparator phrases before the figure: the direction each says is better. */
const UP_WORDS = [
  "≥",
  ">=",
  "=>",
  ">",
  "at least",
  "a minimum of",
  "minimum of",
  "minimum",
  "min",
  "greater than",
  "more than",
  "higher than",
  "above",
  "over",
  "in excess of",
  "exceeding",
  "exceed",
  "maintain at least",
  "maintain above",
  "maintain",
];
const DOWN_WORDS = [
  "≤",
  "<=",
  "=<",
  "<",
  "at most",
  "a maximum of",
  "maximum of",
  "maximum",
  "max",
  "less than",
  "fewer than",
  "lower than",
  "below",
  "under",
  "up to",
  "to exceed",
];
/** Words that a negation (`not`, `no`) may turn round: `not less than` is at least. */
const NEGATABLE = new Set([
  "greater than",
  "more than",
  "higher than",
  "above",
  "over",
  "exceeding",
  "less than",
  "fewer than",
  "lower than",
  "below",
  "under",
  "to exceed",
]);
/** `not to exceed`, `not exceeding` read as at most; bare `to exceed` reads as more than. */
const PREFIXES: [string, Polarity][] = [
  ...UP_WORDS.map((w): [string, Polarity] => [w, "higher"]),
  ...DOWN_WORDS.filter((w) => w !== "to exceed").map((w): [string, Polarity] => [w, "lower"]),
  ["to exceed", "higher"],
].sort((a, b) => b[0].length - a[0].length) as [string, Polarity][];

/** Suffix phrases after the figure. `or better` has no direction: the polarity gives it. */
const SUFFIXES: [string, Polarity | null][] = (
  [
    ["+", "higher"],
    ["or above", "higher"],
    ["or more", "higher"],
    ["or higher", "higher"],
    ["or over", "higher"],
    ["or greater", "higher"],
    ["and above", "higher"],
    ["and over", "higher"],
    ["and more", "higher"],
    ["and higher", "higher"],
    ["minimum", "higher"],
    ["min", "higher"],
    ["at least", "higher"],
    ["or below", "lower"],
    ["or less", "lower"],
    ["or lower", "lower"],
    ["or under", "lower"],
    ["or fewer", "lower"],
    ["and below", "lower"],
    ["and under", "lower"],
    ["and less", "lower"],
    ["and lower", "lower"],
    ["maximum", "lower"],
    ["max", "lower"],
    ["at most", "lower"],
    ["or better", null],
  ] as [string, Polarity | null][]
).sort((a, b) => b[0].length - a[0].length);

/** Words that make a figure approximate, or exact: neither says which side is better. */
const HEDGES = [
  "approximately",
  "approx",
  "around",
  "about",
  "circa",
  "c.",
  "c",
  "roughly",
  "close to",
  "near",
  "~",
  "±",
  "+/-",
  "equal to",
  "exactly",
  "=",
].sort((a, b) => b.length - a.length);

/** Units after the figure (`%`, `days`, `per 10,000`): read as part of the figure, never a word. */
const UNIT =
  "(%|pts|points|percentage points|pp|days?|weeks?|months?|hours?|years?|children|young people|cases|families|visits|per (?:1,?000|10,?000|100,?000|10k|100k))?";
const NUMBER_AT_START = new RegExp(
  `^(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)\\s*${UNIT}(?=\\s|$|\\+|\\))`
);
const NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(%?)";
const BAND = new RegExp(`^(?:between\\s+)?${NUMBER}\\s*(?:-|–|to|and)\\s*${NUMBER}$`);
const BENCHMARKS: [RegExp, ColumnKey, string][] = [
  [/stat(?:istical)? neighbours?(?: average)?|\bsn\b/, "statNeighbours", "statistical neighbours"],
  [/national(?: average)?|england(?: average)?/, "national", "national"],
  [/regional(?: average)?|region/, "regional", "regional"],
];

function toNumber(digits: string): { value: number; decimals: number } {
  const plain = digits.replace(/,/g, "");
  const point = plain.indexOf(".");
  return { value: Number(plain), decimals: point < 0 ? 0 : plain.length - point - 1 };
}

/** Lower case, one space, `per cent` as `%`, no full stop at the end, no `Target:` in front. */
function normalise(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/(\d)\s*(?:per ?cent|percent|pc)\b/g, "$1%")
    .replace(/[.]$/, "")
    .trim()
    .replace(/^target\s*(?::|of|is|-)?\s*/, "")
    .replace(/\s*([≥≤])\s*/g, "$1 ")
    .trim();
}

/** The phrase of `list` the text starts with (whole words), and what follows it. */
function startsWith<T>(
  text: string,
  list: readonly (readonly [string, T])[]
): { word: string; tag: T; rest: string } | null {
  for (const [word, tag] of list) {
    if (!text.startsWith(word)) continue;
    const next = text.charAt(word.length);
    // A word phrase ends at a space or a figure; a symbol (`≥`, `>`) may touch the figure.
    if (/[a-z]$/.test(word) && next !== "" && !/[\s\d.]/.test(next)) continue;
    // `min. 90%`: an abbreviation's full stop is not part of the figure.
    const rest = text.slice(word.length).replace(/^\.(?=\s)/, "");
    return { word, tag, rest: rest.trim() };
  }
  return null;
}

type Comparison =
  | {
      kind: "value";
      value: number;
      decimals: number;
      percent: boolean;
      comparator: Polarity | null;
    }
  | { kind: "ambiguous"; why: string };

const flip = (p: Polarity): Polarity => (p === "higher" ? "lower" : "higher");

/** The comparison grammar; null when the text is not a figure with words around it. */
function parseComparison(text: string): Comparison | null {
  let rest = text;
  let prefix: Polarity | null = null;
  let hedged = false;
  const negated = /^(?:not|no)\s+/.exec(rest);
  if (negated) {
    const after = rest.slice(negated[0].length);
    const found = startsWith(after, PREFIXES);
    if (!found || !NEGATABLE.has(found.word)) return null;
    prefix = found.word === "to exceed" ? "lower" : flip(found.tag);
    rest = found.rest;
  } else {
    const equalFirst =
      /^equal to or (greater|more|higher|above|over|less|fewer|lower|below|under)(?: than)?\s*/.exec(
        rest
      );
    if (equalFirst) {
      prefix = /^(?:greater|more|higher|above|over)$/.test(equalFirst[1]) ? "higher" : "lower";
      rest = rest.slice(equalFirst[0].length);
    } else {
      const found = startsWith(
        rest,
        PREFIXES.filter(([w]) => w !== "to exceed")
      );
      if (found) {
        prefix = found.tag;
        rest = found.rest.replace(/^or equal(?: to)?\s*/, "");
      }
    }
  }
  const hedge = startsWith(
    rest,
    HEDGES.map((h): [string, true] => [h, true])
  );
  if (hedge) {
    hedged = true;
    rest = hedge.rest;
  }
  const number = NUMBER_AT_START.exec(rest);
  if (!number) return null;
  rest = rest
    .slice(number[0].length)
    .trim()
    .replace(/^\((.*)\)$/, "$1")
    .trim();
  let suffix: Polarity | null = null;
  let suffixSeen = false;
  if (rest !== "") {
    const found = startsWith(rest, SUFFIXES);
    if (!found || found.rest !== "") {
      // `90% ±2`, `90% approx`: a hedge after the figure.
      const after = startsWith(
        rest,
        HEDGES.map((h): [string, true] => [h, true])
      );
      if (!after) return null;
      hedged = true;
    } else {
      suffix = found.tag;
      suffixSeen = true;
    }
  }
  const { value, decimals } = toNumber(number[1]);
  const percent = number[2] === "%";
  if (prefix !== null && suffix !== null && prefix !== suffix)
    return { kind: "ambiguous", why: "says both that higher and that lower is better" };
  const comparator = prefix ?? suffix;
  if (hedged && comparator === null)
    return {
      kind: "ambiguous",
      why: "gives a figure but not which side of it is better (on target from above or below)",
    };
  if (comparator === null && !suffixSeen) return null;
  return { kind: "value", value, decimals, percent, comparator };
}

export function parseTargetText(raw: string): TargetText {
  const text = normalise(raw);
  if (NONE.has(text) || NONE.has(raw.toLowerCase().trim())) return { kind: "none" };
  const comparison = parseComparison(text);
  if (comparison) return comparison;
  const band = BAND.exec(text);
  if (band) {
    const a = toNumber(band[1]);
    const b = toNumber(band[3]);
    return {
      kind: "band",
      low: Math.min(a.value, b.value),
      high: Math.max(a.value, b.value),
      decimals: Math.max(a.decimals, b.decimals),
      percent: band[2] === "%" || band[4] === "%",
    };
  }
  for (const [pattern, key, name] of BENCHMARKS) {
    if (!pattern.test(text)) continue;
    const up = /\b(?:above|better|at least|over|higher|greater)\b/.test(text);
    const down = /\b(?:below|under|lower|less|fewer)\b/.test(text);
    return { kind: "benchmark", key, name, comparator: up ? "higher" : down ? "lower" : null };
  }
  return { kind: "unreadable" };
}
