/**
 * Periods written as a span of dates or months (docs/periods.md, "Period headings"):
 * `1 Apr 2020 to 31 Mar 2021`, `Apr 2020 – Mar 2021`, `01/07/2020 - 30/09/2020`, and the
 * financial-year shorthand `FY21` / `FY 2021`. A span is read only when it is exactly one month,
 * one financial quarter or one financial year; anything else is not a period (no silent guess).
 */
import type { Quarter } from "./types";
import { makeMonth, makeYear } from "./periods";
import { makeQuarter } from "./quarters";

const MONTH_WORD =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAY = "(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?";
const YEAR = "((?:19|20)\\d\\d|'?\\d\\d)";
const JOIN = "\\s*(?:-|to|until|–|—)\\s*";
/** `1 Apr 2020 to 31 Mar 2021`, `Apr 2020 - Mar 2021`, `April 2020 to March 2021`. */
const WORD_SPAN = new RegExp(
  `^${DAY}${MONTH_WORD}\\.?,?\\s*${YEAR}?${JOIN}${DAY}${MONTH_WORD}\\.?,?\\s*${YEAR}$`
);
/** `01/04/2020 - 31/03/2021` (British day first) or `2020-04-01 to 2021-03-31`. */
const NUMBER_SPAN =
  /^(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\s*(?:-|to|–|—)\s*(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)$/;
const ISO_SPAN = /^((?:19|20)\d\d)-(\d\d)-(\d\d)\s*(?:to|–|—|\/)\s*((?:19|20)\d\d)-(\d\d)-(\d\d)$/;
/** `FY21`, `FY 2021`, `FY2020/21` is read by periods.ts: the financial year ending March 2021. */
const FY_SHORT = /^fy\s*'?((?:19|20)?\d\d)$/;

function monthOf(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3)) + 1;
}

function fullYear(text: string): number {
  const digits = text.replace("'", "");
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS[month - 1];
}

interface Span {
  fromYear: number;
  fromMonth: number;
  fromDay: number | null;
  toYear: number;
  toMonth: number;
  toDay: number | null;
}

/** The month, quarter or financial year a span covers exactly; null for any other span. */
function spanPeriod(span: Span): Quarter | null {
  const { fromYear, fromMonth, fromDay, toYear, toMonth, toDay } = span;
  if (fromMonth < 1 || toMonth < 1 || fromMonth > 12 || toMonth > 12) return null;
  if (fromDay !== null && fromDay !== 1) return null;
  if (toDay !== null && toDay !== daysIn(toYear, toMonth)) return null;
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1;
  if (months === 1) return makeMonth(fromYear, fromMonth);
  const fy = fromMonth >= 4 ? fromYear : fromYear - 1;
  if (months === 12 && fromMonth === 4) return makeYear(fromYear);
  if (months === 3 && (fromMonth - 4 + 12) % 3 === 0) {
    const q = (Math.floor(((fromMonth - 4 + 12) % 12) / 3) + 1) as 1 | 2 | 3 | 4;
    return makeQuarter(fy, q);
  }
  return null;
}

/** Reads a span of dates or months, or `FY21`; null when the text is not exactly one. */
export function parsePeriodSpan(normal: string): Quarter | null {
  const fyShort = FY_SHORT.exec(normal);
  if (fyShort) return makeYear(fullYear(fyShort[1]) - 1);
  const words = WORD_SPAN.exec(normal);
  if (words) {
    const [, fromDay, fromWord, fromYearText, toDay, toWord, toYearText] = words;
    const toYear = fullYear(toYearText);
    const fromMonth = monthOf(fromWord);
    const toMonth = monthOf(toWord);
    // `Apr - Jun 2020`-style spans with one year are read by periods.ts; here the year may be
    // missing on the first date only when the span stays within one calendar year.
    const fromYear = fromYearText ? fullYear(fromYearText) : toYear;
    if (!fromYearText && (fromDay === undefined || fromMonth > toMonth)) return null;
    return spanPeriod({
      fromYear,
      fromMonth,
      fromDay: fromDay === undefined ? null : Number(fromDay),
      toYear,
      toMonth,
      toDay: toDay === undefined ? null : Number(toDay),
    });
  }
  const numbers = NUMBER_SPAN.exec(normal);
  if (numbers) {
    const [, d1, m1, y1, d2, m2, y2] = numbers.map(Number);
    return daySpan(y1, m1, d1, y2, m2, d2);
  }
  const iso = ISO_SPAN.exec(normal);
  if (iso) {
    const [, y1, m1, d1, y2, m2, d2] = iso.map(Number);
    return daySpan(y1, m1, d1, y2, m2, d2);
  }
  return null;
}

/** A span written with both days (`01/04/2020 - 31/03/2021`, `2020-04-01 to 2021-03-31`). */
function daySpan(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number) {
  return spanPeriod({
    fromYear: y1,
    fromMonth: m1,
    fromDay: d1,
    toYear: y2,
    toMonth: m2,
    toDay: d2,
  });
}
