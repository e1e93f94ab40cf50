/**
 * Financial-year quarters (April–March). Every label form an analyst uses is read to one
 * normalised Quarter, shown as `Q2 2018/19`.
 */
import { normaliseForMatching } from "./textNormalise";
import type { Quarter } from "./types";

type QuarterNumber = 1 | 2 | 3 | 4;

/** `Q2 2018/19` for (2018, 2). */
export function quarterLabel(fy: number, q: QuarterNumber): string {
  const next = String((fy + 1) % 100).padStart(2, "0");
  return `Q${q} ${fy}/${next}`;
}

export function makeQuarter(fy: number, q: QuarterNumber): Quarter {
  return { fy, q, label: quarterLabel(fy, q) };
}

/** Two-digit years: 00–69 are 2000s, 70–99 are 1900s (performance data never predates 1970). */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/** Both halves of `2018/19`, `18/19`, `2018-2019`: the second must be the year after the first. */
function financialYear(first: string, second: string): number | null {
  const start = fullYear(first);
  if (second.length === 4) return Number(second) === start + 1 ? start : null;
  return Number(second) === (start + 1) % 100 ? start : null;
}

const QUARTER_WORD = "(?:q|qtr|quarter)";
const YEAR = "(?:fy\\s*)?(\\d{2}|\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})";
const SEPARATOR = "\\s*[-,:]?\\s*";
/** `Q2 2018/19`, `Quarter 2 2018-19`, `Q2 18/19`, `Q2 - 2018/2019`. */
const QUARTER_FIRST = new RegExp(`^${QUARTER_WORD}\\s*([1-4])${SEPARATOR}${YEAR}$`);
/** `2018/19 Q2`, `2018-19 Quarter 2`, `FY2018/19 Q2`. */
const YEAR_FIRST = new RegExp(`^${YEAR}${SEPARATOR}${QUARTER_WORD}\\s*([1-4])$`);

/** Reads a quarter label in any accepted form; null when the text is not one. */
export function parseQuarter(text: string): Quarter | null {
  if (typeof text !== "string" || text.length > 40) return null;
  const normal = normaliseForMatching(text)
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  if (normal === "" || !/\d/.test(normal)) return null;
  let q: string;
  let first: string;
  let second: string;
  const quarterFirst = QUARTER_FIRST.exec(normal);
  if (quarterFirst) {
    [, q, first, second] = quarterFirst;
  } else {
    const yearFirst = YEAR_FIRST.exec(normal);
    if (!yearFirst) return null;
    [, first, second, q] = yearFirst;
  }
  const fy = financialYear(first, second);
  if (fy === null) return null;
  return makeQuarter(fy, Number(q) as QuarterNumber);
}

/**
 * Reads a quarter the user typed (`--quarter`, the pane's picker). Same forms as headers, plus
 * quotes and stray spaces people paste from reports.
 */
export function parseQuarterOption(text: string): Quarter | null {
  if (typeof text !== "string") return null;
  return parseQuarter(text.replace(/^["'\s]+|["'\s]+$/g, ""));
}

/** Chronological position: one step per quarter. */
export function quarterIndex(quarter: Quarter): number {
  return quarter.fy * 4 + (quarter.q - 1);
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  return quarterIndex(a) - quarterIndex(b);
}

export function sameQuarter(a: Quarter, b: Quarter): boolean {
  return a.fy === b.fy && a.q === b.q;
}

/** The quarter a year before (for "same quarter last year"). */
export function quarterYearBefore(quarter: Quarter): Quarter {
  return makeQuarter(quarter.fy - 1, quarter.q);
}

/** A new array in chronological order. */
export function sortQuarters<T extends Quarter>(quarters: readonly T[]): T[] {
  return [...quarters].sort(compareQuarters);
}
