/**
 * Reads one cell as a number the way the analyst sees it (docs/engine.md). Pure: the caller turns the
 * outcome into findings, because only it knows which quarter and row the cell belongs to.
 */
import type { CellValue } from "./types";
import { formatInfo, generalDecimals } from "./numberFormat";
import { memoise } from "./memo";

export type CellRead =
  | { kind: "number"; value: number; decimals: number; percent: boolean; fromText: boolean }
  /** Nothing in the cell. */
  | { kind: "empty" }
  /** Deliberately no value: `n/a`, `tbc`, `-` and the like. */
  | { kind: "noValue"; text: string }
  /** DfE suppression symbol: `c`, `x`, `z`, `k`, `u`. */
  | { kind: "suppressed"; symbol: string }
  /** An Excel error value such as `#DIV/0!`. */
  | { kind: "error"; error: string }
  /** Text (or a logical, or a non-finite number) that is not a number. */
  | { kind: "notNumber"; text: string };

const EMPTY: CellRead = { kind: "empty" };

/** Markers analysts use for "no figure": compared lower-cased and trimmed. */
const NO_VALUE_TEXT: ReadonlySet<string> = new Set([
  "n/a",
  "na",
  "n.a.",
  "n.a",
  "tbc",
  "tba",
  "tbd",
  "-",
  "--",
  "\u2013",
  "\u2014",
  "..",
  ":",
  "not available",
  "not applicable",
  "none",
  "nil return",
  "no data",
  // Council scorecards mark measures reported once a year, or not yet in (issue 9).
  "annual kpi",
  "annual indicator",
  "annual measure",
  "reported annually",
  "data not available",
  "not yet available",
  "awaiting data",
]);

/** DfE statistical suppression symbols (confidential, not applicable, low reliability...). */
const SUPPRESSION: ReadonlySet<string> = new Set(["c", "x", "z", "k", "u"]);

/** `27%`, `1,898`, `-3.5`, `+2`, `.5`: optional sign, digits with optional thousands commas. */
const NUMBER_TEXT = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?%?$/;

/**
 * Multiplies a fraction by 100 and drops binary noise (0.07 * 100 = 7.000000000000001) by keeping
 * 12 significant digits, far more than any workbook shows.
 */
export function toPercentagePoints(fraction: number): number {
  const scaled = fraction * 100;
  if (Number.isInteger(scaled)) return scaled;
  // toPrecision builds a string per call; a sheet repeats a few thousand distinct fractions.
  return cleanedPercentage(fraction);
}

/** The uncached rule (kept separate so a test can compare it with the cached path). */
export function percentagePointsUncached(fraction: number): number {
  const scaled = fraction * 100;
  if (Number.isInteger(scaled)) return scaled;
  return Number(scaled.toPrecision(12));
}

const cleanedPercentage = memoise(percentagePointsUncached);

function readText(raw: string): CellRead {
  const text = raw.trim();
  if (text === "") return EMPTY;
  const lower = text.toLowerCase();
  if (NO_VALUE_TEXT.has(lower)) return { kind: "noValue", text };
  if (lower.length === 1 && SUPPRESSION.has(lower)) return { kind: "suppressed", symbol: text };
  const compact = text.replace(/\s+/g, "");
  if (
    compact.length > 0 &&
    compact.length < 30 &&
    NUMBER_TEXT.test(compact) &&
    /\d/.test(compact)
  ) {
    const percent = compact.endsWith("%");
    const digits = compact.replace(/[,%]/g, "");
    const value = Number(digits);
    if (Number.isFinite(value)) {
      const point = digits.indexOf(".");
      const decimals = point < 0 ? 0 : digits.length - point - 1;
      return { kind: "number", value, decimals, percent, fromText: true };
    }
  }
  return { kind: "notNumber", text };
}

/** Reads a cell's value given its number format (missing format = General). */
export function readCellNumber(raw: CellValue | undefined, format?: string | null): CellRead {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { kind: "notNumber", text: String(raw) };
    const info = formatInfo(format);
    if (info.percent) {
      const value = toPercentagePoints(raw);
      const decimals = info.decimals >= 0 ? info.decimals : generalDecimals(value);
      return { kind: "number", value, decimals, percent: true, fromText: false };
    }
    const decimals = info.decimals >= 0 ? info.decimals : generalDecimals(raw);
    return { kind: "number", value: raw, decimals, percent: false, fromText: false };
  }
  if (typeof raw === "string") return readText(raw);
  if (typeof raw === "boolean") return { kind: "notNumber", text: raw ? "TRUE" : "FALSE" };
  if (typeof raw === "object" && typeof (raw as { error?: unknown }).error === "string") {
    return { kind: "error", error: (raw as { error: string }).error };
  }
  return { kind: "notNumber", text: String(raw) };
}

/** True when the cell holds something (not null, not blank text). Cheap: no regex. */
export function isFilled(raw: CellValue | undefined): boolean {
  if (raw === null || raw === undefined) return false;
  if (typeof raw === "string") return raw.trim() !== "";
  return true;
}

/** Cell text for names and refs: numbers as typed (`101`), blank text as "". */
export function cellText(raw: CellValue | undefined): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string") return raw.trim();
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  return "";
}
