/**
 * Targets and tolerances written as text (SPEC 3.4): `≥90%`, `below 18%`, `90% or above`,
 * `No target`, a band `85-90%`, or a benchmark (`Above Stat Neighbour Average`).
 */
import type { ColumnKey, Polarity } from "./types";

export type TargetText =
  | { kind: "value"; value: number; decimals: number; percent: boolean; comparator: Polarity }
  | { kind: "none" }
  | { kind: "band"; low: number; high: number; decimals: number; percent: boolean }
  | { kind: "benchmark"; key: ColumnKey; name: string; comparator: Polarity | null }
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
const NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(%?)";
const AT_LEAST =
  "(?:≥|>=|=>|>|at least|minimum of|minimum|min|greater than|more than|above|over|no less than|maintain)";
const AT_MOST =
  "(?:≤|<=|=<|<|at most|maximum of|maximum|max|less than|fewer than|below|under|no more than)";
const SUFFIX_UP = "(?:\\+|or (?:above|more|higher|over|better)|and above|or greater)";
const SUFFIX_DOWN = "(?:or (?:below|less|lower|under|fewer)|and below)";

const PATTERNS: [RegExp, Polarity][] = [
  [new RegExp(`^${AT_LEAST}\\s*${NUMBER}$`), "higher"],
  [new RegExp(`^${AT_MOST}\\s*${NUMBER}$`), "lower"],
  [new RegExp(`^(?:maintain\\s*)?${NUMBER}\\s*${SUFFIX_UP}$`), "higher"],
  [new RegExp(`^${NUMBER}\\s*${SUFFIX_DOWN}$`), "lower"],
];
const BAND = new RegExp(`^${NUMBER}\\s*(?:-|–|to)\\s*${NUMBER}$`);
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

export function parseTargetText(raw: string): TargetText {
  const text = raw.toLowerCase().replace(/\s+/g, " ").replace(/[.]$/, "").trim();
  if (NONE.has(text)) return { kind: "none" };
  for (const [pattern, comparator] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) {
      const { value, decimals } = toNumber(m[1]);
      return { kind: "value", value, decimals, percent: m[2] === "%", comparator };
    }
  }
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
