/**
 * Numbers as Excel shows them. Excel rounds half away from zero on the DECIMAL value it displays
 * (2.675 → 2.68), whereas JavaScript's toFixed works on the binary value (2.675 → "2.67"). We take
 * the 15 significant digits Excel itself keeps, then round that decimal string by hand.
 * No locale APIs: the thousands separator is always "," and the decimal mark ".", as `#,##0` shows.
 */
import type { SourcedNumber } from "../types";
import { powerOfTen, shownUnitsFast, unitsToFixed } from "./shownUnits";

/** A plain decimal string of `value` with at most 15 significant digits, never in exponent form. */
export function toDecimalString(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  if (value === 0) return "0";
  const negative = value < 0;
  const [mantissa, exponentText] = Math.abs(value).toPrecision(15).split("e");
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  let [whole, fraction = ""] = mantissa.split(".");
  if (exponent > 0) {
    fraction = fraction.padEnd(exponent, "0");
    whole = whole + fraction.slice(0, exponent);
    fraction = fraction.slice(exponent);
  } else if (exponent < 0) {
    fraction = "0".repeat(-exponent - 1) + whole + fraction;
    whole = "0";
  }
  whole = whole.replace(/^0+(?=\d)/, "");
  fraction = fraction.replace(/0+$/, "");
  const body = fraction ? `${whole}.${fraction}` : whole;
  return negative ? `-${body}` : body;
}

/** Rounds a plain decimal string half away from zero to `decimals` places; returns a fixed string. */
export function roundDecimalString(text: string, decimals: number): string {
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const padded = fraction.padEnd(decimals + 1, "0");
  const kept = BigInt(whole + padded.slice(0, decimals));
  const roundsUp = Number(padded[decimals]) >= 5;
  const digits = (roundsUp ? kept + 1n : kept).toString().padStart(decimals + 1, "0");
  const cut = digits.length - decimals;
  const result = decimals > 0 ? `${digits.slice(0, cut)}.${digits.slice(cut)}` : digits;
  // A negative value that rounds to zero is shown as plain 0 in prose (Excel would show "-0").
  const isZero = /^[0.]*$/.test(result);
  return negative && !isZero ? `-${result}` : result;
}

/** Excel-style rounding of a number to `decimals` places, as a fixed decimal string ("2.68"). */
export function excelRound(value: number, decimals: number): string {
  const places = clampDecimals(decimals);
  const units = shownUnitsFast(value, places);
  return units === null
    ? roundDecimalString(toDecimalString(value), places)
    : unitsToFixed(units, places);
}

/** The exact rule by decimal strings alone: the reference the fast path is tested against. */
export function excelRoundExact(value: number, decimals: number): string {
  return roundDecimalString(toDecimalString(value), clampDecimals(decimals));
}

/** Adds "," between groups of three digits of the whole part, as the `#,##0` format shows. */
export function groupThousands(fixed: string): string {
  const negative = fixed.startsWith("-");
  // Most figures have at most three whole digits: nothing to insert, so skip the regex.
  const dot = fixed.indexOf(".");
  if ((dot < 0 ? fixed.length : dot) - (negative ? 1 : 0) <= 3) return fixed;
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}${fraction !== undefined ? `.${fraction}` : ""}`;
}

/** The figure as the reader sees it in text: "91%", "1,898", "0.22". */
export function formatSourced(number: SourcedNumber): string {
  return formatFixed(number.value, number.decimals, number.percent);
}

export function formatFixed(value: number, decimals: number, percent: boolean): string {
  return groupThousands(excelRound(value, decimals)) + (percent ? "%" : "");
}

/** The value the reader sees, as a number (91.4 with 0 decimals → 91). */
export function shownValue(number: SourcedNumber): number {
  const places = clampDecimals(number.decimals);
  const units = shownUnitsFast(number.value, places);
  // An exact integer over an exact power of ten rounds once, exactly as parsing "2.68" does.
  return units === null
    ? Number(excelRoundExact(number.value, places))
    : units / powerOfTen(places);
}

/**
 * Absolute difference of two figures AS SHOWN, to the finer of their precisions, so that the text
 * "from 89% … 2 percentage points" always adds up for the reader (89% → 91%).
 */
export function shownDifference(a: SourcedNumber, b: SourcedNumber): string {
  const decimals = Math.max(clampDecimals(a.decimals), clampDecimals(b.decimals));
  const scaledA = fastScaled(a, decimals);
  const scaledB = scaledA === null ? null : fastScaled(b, decimals);
  if (scaledA !== null && scaledB !== null) {
    const diff = Math.abs(scaledA - scaledB);
    // A difference of two safe integers is exact whenever it is itself a safe integer.
    if (diff <= Number.MAX_SAFE_INTEGER) return groupThousands(unitsToFixed(diff, decimals));
  }
  let diff = scaledShown(a, decimals) - scaledShown(b, decimals);
  if (diff < 0n) diff = -diff;
  const digits = diff.toString().padStart(decimals + 1, "0");
  const cut = digits.length - decimals;
  return groupThousands(decimals > 0 ? `${digits.slice(0, cut)}.${digits.slice(cut)}` : digits);
}

/** Sign of (a − b) as shown: −1, 0 or 1. */
export function shownComparison(a: SourcedNumber, b: SourcedNumber): -1 | 0 | 1 {
  const decimals = Math.max(clampDecimals(a.decimals), clampDecimals(b.decimals));
  const scaledA = fastScaled(a, decimals);
  const scaledB = scaledA === null ? null : fastScaled(b, decimals);
  if (scaledA !== null && scaledB !== null)
    return scaledA > scaledB ? 1 : scaledA < scaledB ? -1 : 0;
  const diff = scaledShown(a, decimals) - scaledShown(b, decimals);
  return diff > 0n ? 1 : diff < 0n ? -1 : 0;
}

/**
 * The shown value of `n` as an exact integer count of 10^-decimals units (decimals ≥ its own), when
 * the fast path applies and the count is a safe integer; null means use BigInt.
 */
function fastScaled(n: SourcedNumber, decimals: number): number | null {
  if (decimals > 22) return null;
  const own = clampDecimals(n.decimals);
  const units = shownUnitsFast(n.value, own);
  if (units === null) return null;
  // An integer times an exact power of ten is exact whenever the result is a safe integer.
  const scaled = units * powerOfTen(decimals - own);
  return Math.abs(scaled) <= Number.MAX_SAFE_INTEGER ? scaled : null;
}

/** The shown value of `n` (at its own precision) as an integer count of 10^-decimals units. */
function scaledShown(n: SourcedNumber, decimals: number): bigint {
  const fixed = excelRound(n.value, n.decimals);
  const [whole, fraction = ""] = fixed.split(".");
  return BigInt(whole + fraction.padEnd(decimals, "0"));
}

/** Excel number formats show 0–30 decimals; anything else is treated as the nearest bound. */
function clampDecimals(decimals: number): number {
  if (!Number.isFinite(decimals)) return 0;
  return Math.min(30, Math.max(0, Math.round(decimals)));
}

/** Sign of a − b on the exact values, allowing 1e-9 relative for floating noise (docs/engine.md). */
export function exactComparison(a: number, b: number): -1 | 0 | 1 {
  const slack = 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  if (a > b + slack) return 1;
  if (a < b - slack) return -1;
  return 0;
}

/** Finest precision a figure is ever printed at: beyond it, binary noise shows. */
const MAX_PRINTED_DECIMALS = 12;

/**
 * docs/commentary.md: comparison words follow the exact values, and never contradict the printed figures.
 * Returns null when the two figures, each printed as its cell shows it, already read the same way
 * as their exact values; otherwise the decimals at which BOTH must be printed so that they do (the
 * finer of their precisions, or more when that is still not enough).
 */
export function agreeingDecimals(a: SourcedNumber, b: SourcedNumber): number | null {
  const sign = exactComparison(a.value, b.value);
  if (shownComparison(a, b) === sign) return null;
  const start = Math.max(clampDecimals(a.decimals), clampDecimals(b.decimals));
  for (let d = start; d <= MAX_PRINTED_DECIMALS; d++) {
    if (shownComparison(atDecimals(a, d), atDecimals(b, d)) === sign) return d;
  }
  return Math.max(start, MAX_PRINTED_DECIMALS);
}

/** The same figure printed at `decimals` places (never fewer than its own format shows). */
export function atDecimals(n: SourcedNumber, decimals: number | null): SourcedNumber {
  if (decimals === null || decimals <= clampDecimals(n.decimals)) return n;
  return { ...n, decimals };
}

/**
 * As agreeingDecimals, for one figure compared with several printed in the same sentence: null
 * when each comparison already reads right as the cells show them; otherwise one precision at
 * which every pair, printed at it (or finer where a cell shows more), reads as its exact values.
 */
export function agreeingDecimalsAll(a: SourcedNumber, others: SourcedNumber[]): number | null {
  let start: number | null = null;
  for (const b of others) {
    const d = agreeingDecimals(a, b);
    if (d !== null) start = Math.max(start ?? 0, d);
  }
  if (start === null) return null;
  for (let d = start; d < MAX_PRINTED_DECIMALS; d++) {
    const printed = atDecimals(a, d);
    const allAgree = others.every(
      (b) => shownComparison(printed, atDecimals(b, d)) === exactComparison(a.value, b.value)
    );
    if (allAgree) return d;
  }
  return MAX_PRINTED_DECIMALS;
}
