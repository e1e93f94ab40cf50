/**
 * A cell's value as the reader sees it, from its value and number format: the rule the commentary
 * uses for numbers (numberText.ts: the format's decimals, Excel's rounding, "," between thousands,
 * "%" for a percentage format) and, for a date format, the date itself. Used wherever the product
 * shows a cell it did not write, such as a reviewer's Agreed action in the report's appendix
 * (docs/report.md, "Values as Excel shows them"). Pure: no locale APIs, no clock.
 */
import { formatFixed } from "./commentary/numberText";
import { toPercentagePoints } from "./cellNumber";
import { codeCharacters, formatDecimals, formatInfo } from "./numberFormat";
import type { CellValue } from "./types";
import { MONTH_NAMES } from "./periods";

const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** What Excel shows for a date it cannot place (before 1900 or after 9999). */
export const UNSHOWABLE_DATE = "########";
/** Serial of 31 December 9999, the last day Excel shows. */
const LAST_SERIAL = 2958465;
const MS_PER_DAY = 86_400_000;

/**
 * Excel's built-in short date (format 14) follows the reader's system date order; ExcelJS and
 * Office.js hand it over in US form. The report is British English, so it reads day first.
 */
const SYSTEM_SHORT_DATE = new Set(["mm-dd-yy", "m/d/yyyy", "m/d/yy", "mm/dd/yyyy"]);
const BRITISH_SHORT_DATE = "dd/mm/yyyy";

/** True when the format shows a number as a date or time (`dd/mm/yyyy`, `d mmm yy`, `hh:mm`). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (typeof format !== "string" || format === "" || /^general$/i.test(format)) return false;
  const codes = codeCharacters(format);
  if (!/[dmyhs]/i.test(codes)) return false;
  // A digit placeholder besides the date codes ("0.0 \d\a\y\s" aside) makes it a number format.
  return !/[0#?]/.test(codes.replace(/[dmyhs]+|AM\/PM|A\/P/gi, ""));
}

/** The calendar date and time of an Excel serial (1900 date system, Excel's 29 Feb 1900 kept). */
export function serialParts(serial: number): {
  year: number;
  month: number;
  day: number;
  weekday: number;
  seconds: number;
} {
  const whole = Math.floor(serial);
  const seconds = Math.round((serial - whole) * 86400);
  if (whole === 60) return { year: 1900, month: 1, day: 29, weekday: 3, seconds };
  // Serials before the fictitious 29 February 1900 are one day "ahead" of the real calendar.
  const days = whole < 60 ? whole + 1 : whole;
  const date = new Date(Date.UTC(1899, 11, 30) + days * MS_PER_DAY);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth(),
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    seconds,
  };
}

const two = (n: number): string => String(n).padStart(2, "0");

/**
 * The serial through a date format's codes: years, months, days, weekday names, hours, minutes,
 * seconds and AM/PM (an `m` right after an hour or before a second is minutes, as in Excel).
 */
export function formatDateSerial(serial: number, format: string): string {
  if (!Number.isFinite(serial) || serial < 0 || serial >= LAST_SERIAL + 1) return UNSHOWABLE_DATE;
  const codes = codeCharacters(
    SYSTEM_SHORT_DATE.has(format.toLowerCase()) ? BRITISH_SHORT_DATE : format
  );
  const parts = serialParts(serial);
  const twelveHour = /AM\/PM|A\/P/i.test(codes);
  const hours24 = Math.floor(parts.seconds / 3600) % 24;
  const minutes = Math.floor(parts.seconds / 60) % 60;
  const secs = parts.seconds % 60;
  const hours = twelveHour ? hours24 % 12 || 12 : hours24;
  const tokens = codes.match(/AM\/PM|A\/P|y+|m+|d+|h+|s+|[^ymdhs]/gi) ?? [];
  let lastWasHour = false;
  return tokens
    .map((token, i) => {
      const lower = token.toLowerCase();
      const kind = lower[0];
      if (lower === "am/pm") return hours24 < 12 ? "AM" : "PM";
      if (lower === "a/p") return hours24 < 12 ? "A" : "P";
      if (kind === "m") {
        const nextCode = tokens.slice(i + 1).find((t) => /^[ymdhs]/i.test(t));
        const isMinutes = lastWasHour || (nextCode !== undefined && /^s/i.test(nextCode));
        lastWasHour = false;
        if (isMinutes) return lower.length >= 2 ? two(minutes) : String(minutes);
        const name = MONTH_NAMES[parts.month];
        if (lower.length >= 5) return name[0];
        if (lower.length === 4) return name;
        if (lower.length === 3) return name.slice(0, 3);
        return lower.length === 2 ? two(parts.month + 1) : String(parts.month + 1);
      }
      if (/[ydhs]/.test(kind)) lastWasHour = kind === "h";
      if (kind === "y") return lower.length <= 2 ? two(parts.year % 100) : String(parts.year);
      if (kind === "d") {
        if (lower.length >= 4) return DAY_NAMES[parts.weekday];
        if (lower.length === 3) return DAY_NAMES[parts.weekday].slice(0, 3);
        return lower.length === 2 ? two(parts.day) : String(parts.day);
      }
      if (kind === "h") return lower.length >= 2 ? two(hours) : String(hours);
      if (kind === "s") return lower.length >= 2 ? two(secs) : String(secs);
      return token;
    })
    .join("");
}

/**
 * A cell as the reader sees it: text as typed, a date as a date, a number by the commentary's
 * rule (its format's decimals and %, Excel's rounding). Empty is "".
 */
export function displayText(value: CellValue | undefined, format?: string | null): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") return value.error;
  if (!Number.isFinite(value)) return "";
  if (isDateFormat(format)) return formatDateSerial(value, format as string);
  const info = formatInfo(format);
  const decimals = formatDecimals(format, value);
  return info.percent
    ? formatFixed(toPercentagePoints(value), decimals, true)
    : formatFixed(value, decimals, false);
}
