/**
 * Periods of every kind a scorecard uses (docs/engine.md periods row, 2a Periods): financial quarters in
 * all their forms (quarters.ts), calendar-quarter labels (`Jul-Sep 2018`, `Q2 (Jul-Sep) 2018/19`),
 * months (`Sep-18`, `September 2018`, date cells), and financial years (`2018/19`). A period is a
 * `Quarter` with a kind, so the rest of the engine keeps its names.
 */
import type { PeriodKind, Quarter } from "./types";
import { makeQuarter, parseQuarter } from "./quarters";

type QuarterNumber = 1 | 2 | 3 | 4;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** Month names in full, January first (periods, the report's dates). */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const MONTH_WORD =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/** 1–12 for a month word (`Sep`, `Sept`, `September`). */
function monthNumber(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/** Financial year (April start) a calendar month falls in. */
function financialYearOfMonth(year: number, month: number): number {
  return month >= 4 ? year : year - 1;
}

/** `Mar 2017`: a month of a calendar year. */
export function makeMonth(year: number, month: number): Quarter {
  const fy = financialYearOfMonth(year, month);
  const q = (Math.floor((((month - 4 + 12) % 12) as number) / 3) + 1) as QuarterNumber;
  return {
    fy,
    q,
    label: `${MONTHS[month - 1][0].toUpperCase()}${MONTHS[month - 1].slice(1)} ${year}`,
    kind: "month",
    month,
  };
}

/** `2018/19`: a whole financial year. */
export function makeYear(fy: number): Quarter {
  const next = String((fy + 1) % 100).padStart(2, "0");
  return { fy, q: 1, label: `${fy}/${next}`, kind: "year" };
}

export function periodKind(period: Quarter): PeriodKind {
  return period.kind ?? "quarter";
}

/** Calendar year of a month period. */
export function calendarYearOf(period: Quarter): number {
  const month = period.month ?? 4;
  return month >= 4 ? period.fy : period.fy + 1;
}

/** The month's full name (`March`), for prose. */
export function monthName(period: Quarter): string {
  return MONTH_NAMES[(period.month ?? 1) - 1];
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const FY = "(?:fy\\s*)?(\\d{2}|\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})";
const YEAR_ONLY = new RegExp(`^${FY}$`);
const MONTH_YEAR = new RegExp(`^${MONTH_WORD}\\.?\\s*[-/' ]?\\s*(\\d{4}|\\d{2})$`);
const YEAR_MONTH = new RegExp(`^(\\d{4})\\s*[-/ ]?\\s*${MONTH_WORD}$`);
const RANGE = `${MONTH_WORD}\\s*(?:-|to)\\s*${MONTH_WORD}`;
/** `Jul-Sep 2018`, `July to September 2018`, `Apr-Jun 2022/23`. */
const RANGE_YEAR = new RegExp(`^${RANGE}\\s*,?\\s*(?:(\\d{4}|\\d{2})|${FY})$`);
/** `Q2 (Jul-Sep) 2018/19`, `Q1 (Apr - Jun) 22/23`: the bracketed range must agree. */
const QUARTER_WITH_RANGE = new RegExp(
  `^((?:q|qtr|quarter)\\s*([1-4]))\\s*\\(\\s*${RANGE}\\s*\\)\\s*(.*)$`
);
/** `Quarter 1`, `Q1`, `Qtr 1 (Apr-Jun)`: a quarter whose year is elsewhere. */
const YEARLESS_QUARTER = new RegExp(
  `^(?:q|qtr|quarter)\\s*([1-4])(?:\\s*\\(\\s*${RANGE}\\s*\\))?$`
);

function financialYear(first: string, second: string): number | null {
  const start = fullYear(first);
  if (second.length === 4) return Number(second) === start + 1 ? start : null;
  return Number(second) === (start + 1) % 100 ? start : null;
}

/** The financial quarter a three-month range names (`Jul`–`Sep` → 2), or null. */
function rangeQuarter(from: string, to: string): QuarterNumber | null {
  const a = monthNumber(from);
  const b = monthNumber(to);
  if (a < 1 || b < 1 || (a + 2 - 1) % 12 !== b - 1 || (a - 1) % 3 !== 0) return null;
  return (Math.floor(((a - 4 + 12) % 12) / 3) + 1) as QuarterNumber;
}

function calendarRange(match: RegExpExecArray): Quarter | null {
  const [, from, to, calendarYear, fyFirst, fySecond] = match;
  const q = rangeQuarter(from, to);
  if (q === null) return null;
  if (calendarYear) {
    const year = fullYear(calendarYear);
    return makeQuarter(financialYearOfMonth(year, monthNumber(from)), q);
  }
  const fy = financialYear(fyFirst, fySecond);
  return fy === null ? null : makeQuarter(fy, q);
}

function bracketedQuarter(match: RegExpExecArray): Quarter | null {
  const [, quarterPart, q, from, to, rest] = match;
  if (rangeQuarter(from, to) !== Number(q)) return null;
  const quarter = parseQuarter(`${quarterPart} ${rest}`);
  return quarter;
}

/**
 * Reads a period heading in any accepted form; null when the text is not one. `yearHint` (the
 * financial year found in the title rows or sheet name) gives a yearless `Quarter 1` its year.
 */
export function parsePeriod(text: string, yearHint: number | null = null): Quarter | null {
  if (typeof text !== "string" || text.length > 40) return null;
  const quarter = parseQuarter(text);
  if (quarter) return quarter;
  const normal = normalise(text);
  if (normal === "") return null;
  const bracketed = QUARTER_WITH_RANGE.exec(normal);
  if (bracketed && bracketed[5].trim() !== "") return bracketedQuarter(bracketed);
  const range = RANGE_YEAR.exec(normal);
  if (range) return calendarRange(range);
  const monthFirst = MONTH_YEAR.exec(normal);
  if (monthFirst) return makeMonth(fullYear(monthFirst[2]), monthNumber(monthFirst[1]));
  const yearFirst = YEAR_MONTH.exec(normal);
  if (yearFirst) return makeMonth(Number(yearFirst[1]), monthNumber(yearFirst[2]));
  const year = YEAR_ONLY.exec(normal);
  if (year) {
    const fy = financialYear(year[1], year[2]);
    return fy === null ? null : makeYear(fy);
  }
  if (yearHint !== null) {
    const q = yearlessQuarter(normal);
    if (q !== null) return makeQuarter(yearHint, q);
  }
  return null;
}

/** `Quarter 1` / `Q1` / `Q1 (Apr-Jun)` with no year: the quarter number, else null. */
export function yearlessQuarter(text: string): QuarterNumber | null {
  const match = YEARLESS_QUARTER.exec(normalise(String(text)));
  if (!match) return null;
  const q = Number(match[1]) as QuarterNumber;
  if (match[2] && rangeQuarter(match[2], match[3]) !== q) return null;
  return q;
}

/** A period the user typed (`--period`, `--quarter`, the pane's picker), with stray quotes. */
export function parsePeriodOption(text: string): Quarter | null {
  if (typeof text !== "string") return null;
  return parsePeriod(text.replace(/^["'\s]+|["'\s]+$/g, ""));
}

/** Chronological position within its kind: one step per period. */
export function periodIndex(period: Quarter): number {
  const kind = periodKind(period);
  if (kind === "month") return period.fy * 12 + (((period.month ?? 4) - 4 + 12) % 12);
  if (kind === "year") return period.fy;
  return period.fy * 4 + (period.q - 1);
}

const KIND_RANK: Record<PeriodKind, number> = { year: 0, quarter: 1, month: 2 };

export function comparePeriods(a: Quarter, b: Quarter): number {
  const kinds = KIND_RANK[periodKind(a)] - KIND_RANK[periodKind(b)];
  return kinds !== 0 ? kinds : periodIndex(a) - periodIndex(b);
}

export function samePeriod(a: Quarter, b: Quarter): boolean {
  return periodKind(a) === periodKind(b) && periodIndex(a) === periodIndex(b);
}

/** The same period a year before ("same month last year"). */
export function periodYearBefore(period: Quarter): Quarter {
  const kind = periodKind(period);
  if (kind === "month") return makeMonth(calendarYearOf(period) - 1, period.month ?? 1);
  if (kind === "year") return makeYear(period.fy - 1);
  return makeQuarter(period.fy - 1, period.q);
}

/** True when `later` is the period right after `earlier` (same kind). */
export function consecutive(earlier: Quarter, later: Quarter): boolean {
  return (
    periodKind(earlier) === periodKind(later) && periodIndex(later) - periodIndex(earlier) === 1
  );
}

const MONTH_STARTS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];
const BARE_MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;

/** `Apr` … `Mar` with the financial year from elsewhere: the month in that year. */
export function bareMonthPeriod(text: string, fy: number | null): Quarter | null {
  if (fy === null) return null;
  const match = BARE_MONTH.exec(text.trim());
  if (!match) return null;
  const month = MONTH_STARTS.indexOf(match[1].toLowerCase()) + 1;
  return makeMonth(month >= 4 ? fy : fy + 1, month);
}
