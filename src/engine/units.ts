/**
 * Units (docs/engine.md): what kind of number a row holds, and the range its values must fall in.
 */
import type { UnitKind } from "./types";

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .trim();
}

const PERCENT = new Set([
  "%",
  "percentage",
  "percent",
  "per cent",
  "pct",
  "% rate",
  "percentage rate",
  "proportion %",
  "percentage %",
]);
const COUNT = new Set([
  "number",
  "count",
  "no",
  "no.",
  "num",
  "#",
  "total",
  "numbers",
  "volume",
  "headcount",
  "number of children",
  "n",
]);
const DAYS = new Set([
  "days",
  "day",
  "no. of days",
  "number of days",
  "average days",
  "avg days",
  "calendar days",
  "working days",
]);

/**
 * Words of an indicator's name that make its figure an average, a rate or a ratio: a "Number" or
 * "Count" unit then names what is averaged, and a figure with decimals is expected, not a finding
 * ("Average caseload", "Children per social worker", "Re-referral rate").
 */
const NOT_WHOLE_THINGS =
  /\b(?:average|avg|mean|median|rate|ratio|per|proportion|percentage|score|index|fte|full[- ]time equivalents?)\b/;

/**
 * Whether a count-unit row counts whole things, judged by its name's words (issue 22) rather than
 * by the unit alone: "Number of children in care" does, "Average caseload" does not.
 */
export function countsWholeThings(indicatorName: string): boolean {
  return !NOT_WHOLE_THINGS.test(indicatorName.toLowerCase());
}

/** Reads the unit cell: blank -> "none", unrecognised -> "unknown". */
export function parseUnit(text: string): UnitKind {
  const unit = normalise(text);
  if (unit === "") return "none";
  if (PERCENT.has(unit)) return "percent";
  if (COUNT.has(unit)) return "count";
  if (DAYS.has(unit)) return "days";
  // "rate per 10,000", "Rate per 10000 children", "per 1,000", "per 100,000 population".
  if (/^(?:rate\b|per \d)/.test(unit) && /(?:per )?\d[\d,]*/.test(unit)) return "rate";
  if (unit === "rate") return "rate";
  return "unknown";
}

/**
 * The rule a value breaks, in words for the finding ("a percentage must be between 0 and 100"),
 * or null when the value is within range for its unit. Unknown and blank units are not checked.
 */
export function rangeViolation(unit: UnitKind, value: number): string | null {
  switch (unit) {
    case "percent":
      return value < 0 || value > 100 ? "a percentage must be between 0 and 100" : null;
    case "rate":
      return value < 0 ? "a rate cannot be negative" : null;
    case "count":
      return value < 0 ? "a count cannot be negative" : null;
    case "days":
      return value < 0 ? "a number of days cannot be negative" : null;
    default:
      return null;
  }
}
