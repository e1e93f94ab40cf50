/**
 * What an Excel number format tells the engine: is the cell a percentage (a fraction shown as
 * 91%), and how many decimals does it show (used to round numbers in the drafted text).
 */

/** Decimals used for a General (or text) format: the value's own decimals, at most this many. */
export const GENERAL_MAX_DECIMALS = 2;

function isGeneral(format: string | null | undefined): boolean {
  if (
    format === null ||
    format === undefined ||
    format === "" ||
    format === "General" ||
    format === "@"
  )
    return true;
  return format.length === 7 && format.toLowerCase() === "general";
}

/**
 * Visits the characters of the first section of a format that are format codes: skips text in
 * quotes, `[...]` (colours, conditions, locales; elapsed-time `[h]` kept as a code), and the
 * character after `\`, `_` or `*`.
 */
export function codeCharacters(format: string): string {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === ";") break;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end;
    } else if (ch === "[") {
      const end = format.indexOf("]", i + 1);
      // [h], [mm], [ss]: elapsed time, still a date-time code.
      const inner = format.slice(i + 1, end < 0 ? format.length : end);
      if (/^(h+|m+|s+)$/i.test(inner)) out += inner;
      i = end < 0 ? format.length : end;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++;
    } else {
      out += ch;
    }
  }
  return out;
}

/** True when the format shows the value as a percentage: a `%` outside quotes and brackets. */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (typeof format !== "string" || format.indexOf("%") < 0) return false;
  return codeCharacters(format).includes("%");
}

/** Decimals shown by a General cell: the value's own, trimmed of trailing zeros, at most 2. */
export function generalDecimals(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  // Integer arithmetic on hundredths: cheap (called per cell) and free of toFixed's binary quirks.
  const hundredths = Math.round(Math.abs(value) * 10 ** GENERAL_MAX_DECIMALS);
  if (hundredths % 100 === 0) return 0;
  return hundredths % 10 === 0 ? 1 : 2;
}

/**
 * Decimal places a format shows: `0.0%` -> 1, `#,##0` -> 0, `0.00` -> 2, `0.00E+00` -> 2.
 * General (or missing, or `@`) -> the value's own decimals up to 2 ({@link generalDecimals}),
 * so 91 shows as 91, 1.2 as 1.2 and 2.3456 as 2.35.
 */
export function formatDecimals(format: string | null | undefined, value = 0): number {
  if (isGeneral(format)) return generalDecimals(value);
  const codes = codeCharacters(format as string);
  const point = codes.indexOf(".");
  if (point < 0) {
    // A text-only or date-like format with no digit placeholders: fall back to General.
    return /[0#?]/.test(codes) ? 0 : generalDecimals(value);
  }
  let count = 0;
  for (let i = point + 1; i < codes.length; i++) {
    const ch = codes[i];
    if (ch === "0" || ch === "#" || ch === "?") count++;
    else break;
  }
  return count;
}

export interface FormatInfo {
  percent: boolean;
  /** Decimals, or -1 when they depend on the value (General). */
  decimals: number;
}

const FORMAT_CACHE = new Map<string, FormatInfo>();
const GENERAL_INFO: FormatInfo = { percent: false, decimals: -1 };

/** Cached facts about a format: tables repeat a handful of formats over thousands of cells. */
export function formatInfo(format: string | null | undefined): FormatInfo {
  if (isGeneral(format)) return GENERAL_INFO;
  const key = format as string;
  let info = FORMAT_CACHE.get(key);
  if (info === undefined) {
    const codes = codeCharacters(key);
    const valueDependent = codes.indexOf(".") < 0 && !/[0#?]/.test(codes);
    info = { percent: codes.includes("%"), decimals: valueDependent ? -1 : formatDecimals(key) };
    if (FORMAT_CACHE.size < 10000) FORMAT_CACHE.set(key, info);
  }
  return info;
}
