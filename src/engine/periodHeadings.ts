/**
 * Period headings beyond a single text row (docs/periods.md): date cells formatted `mmm-yy`, a
 * yearless `Quarter 1` or bare month whose year is in the title rows or the sheet name, and
 * two-row headers (`2017` over `Jan Feb Mar`, `Target` over `2022/23`).
 */
import type { CellValue, Quarter } from "./types";
import type { GridView } from "./grid";
import { columnLetters, quoteSheetName } from "./address";
import { bareMonthPeriod, makeMonth, parsePeriod } from "./periods";
import { matchHeader } from "./headers";
import { groupPeriodHeading, readHeadingWords, roleOnlyHeading } from "./headingWords";
import { serialParts } from "./displayText";

/** Where a yearless period's year came from, for the finding that says so. */
export interface YearHint {
  fy: number;
  /** `Sheet!A2`, or `the sheet name "Q 2022-23"`. */
  where: string;
}

const FY_IN_TEXT = /(?:^|[^\d])((?:19|20)\d\d)\s*[/-]\s*(\d\d(?:\d\d)?)(?!\d)/;

function financialYearIn(text: string): number | null {
  const match = FY_IN_TEXT.exec(text.replace(/[\u2010-\u2015\u2212]/g, "-"));
  if (!match) return null;
  const start = Number(match[1]);
  const second = match[2];
  const ok =
    second.length === 4 ? Number(second) === start + 1 : Number(second) === (start + 1) % 100;
  return ok ? start : null;
}

/** The financial year named in the rows above the header, else in the sheet name. */
export function yearFromTitle(view: GridView, headerRow: number): YearHint | null {
  for (let r = view.firstRow; r < headerRow; r++) {
    const cells = view.row(r);
    for (let i = 0; i < cells.length; i++) {
      const raw = cells[i];
      if (typeof raw !== "string") continue;
      const fy = financialYearIn(raw);
      if (fy !== null)
        return {
          fy,
          where: `${quoteSheetName(view.name)}!${columnLetters(view.left + i)}${r + 1}`,
        };
    }
  }
  const fy = financialYearIn(view.name);
  return fy === null ? null : { fy, where: `the sheet name "${view.name}"` };
}

const DATE_FORMAT = /(?:^|[^"\\])(?:m{3,}|mmm)|(?:^|[^"\\])y{2,}/i;

/** Excel serial (1900 system) to a calendar year and month: the one date rule of displayText.ts. */
function serialMonth(serial: number): { year: number; month: number } {
  const { year, month } = serialParts(serial);
  return { year, month: month + 1 };
}

/** A header cell that holds a date shown as a month (`mmm-yy`, `mmmm yyyy`): that month. */
export function dateCellPeriod(raw: CellValue, format: string | undefined): Quarter | null {
  if (typeof raw !== "number" || !Number.isFinite(raw) || raw < 25569 || raw > 80000) return null;
  if (!format || !DATE_FORMAT.test(format) || /h|s/i.test(format.replace(/"[^"]*"/g, ""))) {
    return null;
  }
  const { year, month } = serialMonth(raw);
  return makeMonth(year, month);
}

export { bareMonthPeriod };

function text(raw: CellValue): string {
  return typeof raw === "string" ? raw.trim() : "";
}

/**
 * One heading per column from a two-row header: the upper cell (carried right over a merged run)
 * joined with the lower one when together they name a period or a role, else the lower cell,
 * else the upper. Date cells in the lower row are kept as they are.
 */
export function twoRowHeadings(
  view: GridView,
  upperRow: number,
  fy: number | null = null
): CellValue[] {
  const upper = view.row(upperRow);
  const lower = view.row(upperRow + 1);
  const width = Math.max(upper.length, lower.length);
  const out: CellValue[] = [];
  let carried = "";
  for (let i = 0; i < width; i++) {
    const up = text(upper[i] ?? null);
    const rawLow = lower[i] ?? null;
    const low = text(rawLow);
    if (up !== "") carried = up;
    else if (low === "" && typeof rawLow !== "number") carried = "";
    const over = up !== "" ? up : carried;
    if (typeof rawLow === "number") {
      out.push(rawLow);
      continue;
    }
    out.push(joinHeading(over, low, up !== "", fy));
  }
  return out;
}

function joinHeading(
  over: string,
  low: string,
  ownUpper: boolean,
  titleFy: number | null
): CellValue {
  if (low === "") return ownUpper ? over : null;
  if (over === "") return low;
  for (const joined of [`${over} ${low}`, `${low} ${over}`]) if (parsePeriod(joined)) return joined;
  const fy = financialYearIn(over);
  const month = bareMonthPeriod(low, fy);
  if (month) return month.label;
  const grouped = groupedHeading(over, low, titleFy);
  if (grouped !== null) return grouped;
  if (parsePeriod(low)) return low;
  const joined = `${over} ${low}`;
  if (matchHeader(joined)) return joined;
  return low;
}

const YEARLESS_QUARTER_WORD =
  /\b(q[1-4]|qtr\s*[1-4]|quarter\s*[1-4])\b(?!\s*[(]?\s*\d{2,4}\s*[/-])/i;

/**
 * A year above a yearless quarter (`2014/15` over `Target Q4`, `Q4 Actual`): the year goes beside
 * the quarter (`Target Q4 2014/15`), so the group's year wins over any year in the title.
 */
function yearForQuarter(over: string, low: string): string | null {
  const spanned = quarterInSpan(over, low);
  if (spanned !== null) return spanned;
  // `2014/15`, `14-15`, `FY15`, `Apr 2014 – Mar 2015`: a year and nothing else.
  const group = groupPeriodHeading(over);
  // `Current performance (2017/18)` over `Q3 actual | Q3 target` passes its year too.
  const year =
    group && (group.role === "result" || group.roleWords.length === 0) ? group.period : null;
  if (year === null || year.kind !== "year" || readHeadingWords(low) !== null) return null;
  if (!YEARLESS_QUARTER_WORD.test(low)) return null;
  return low.replace(YEARLESS_QUARTER_WORD, `$1 ${year.label}`);
}

const QUARTER_LABEL = /\bq[1-4]\s*(?:19|20)?\d\d\s*[/-]\s*\d{2,4}\b/gi;

/**
 * A span of quarters above yearless quarters (`Previous performance (Q3 2016/17 – Q2 2017/18)`
 * over `Q3 | Q4 | Q1 | Q2`): each takes the year of the one quarter with its number in the span.
 */
function quarterInSpan(over: string, low: string): string | null {
  const labels = over.replace(/[\u2010-\u2015\u2212]/g, "-").match(QUARTER_LABEL);
  if (!labels || labels.length !== 2) return null;
  const [from, to] = labels.map((l) => parsePeriod(l));
  if (!from || !to || from.kind !== undefined || to.kind !== undefined) return null;
  const steps = to.fy * 4 + to.q - (from.fy * 4 + from.q);
  const match = /^\s*(?:q|qtr|quarter)\s*([1-4])\b/i.exec(low);
  if (steps < 0 || steps > 3 || !match || readHeadingWords(low) !== null) return null;
  for (let i = 0; i <= steps; i++) {
    const index = from.fy * 4 + from.q - 1 + i;
    if (index % 4 === Number(match[1]) - 1) {
      const fy = Math.floor(index / 4);
      return low.replace(match[0], `${match[0]} ${fy}/${String((fy + 1) % 100).padStart(2, "0")}`);
    }
  }
  return null;
}

/**
 * A period on one header row and a role on the other, either way round (docs/periods.md,
 * "Two-row headers"): `Targets` over `2022/23` → `Targets 2022/23`; `2021/22` over `Actual` →
 * `Actual 2021/22`. A lower cell that already names its own role keeps it; a title sentence above
 * (any word that is neither a period nor a role word) passes nothing down.
 */
function groupedHeading(over: string, low: string, fy: number | null): string | null {
  const yearOver = yearForQuarter(over, low);
  if (yearOver !== null) return yearOver;
  const lowPeriod = groupPeriodHeading(low, fy);
  const overRole = roleOnlyHeading(over);
  if (lowPeriod && overRole !== null) {
    // `2022/23 target` under `Performance`: the lower cell's own role word wins.
    return lowPeriod.roleWords.length > 0 ? low : `${over} ${low}`;
  }
  const overPeriod = groupPeriodHeading(over, fy);
  const lowRole = roleOnlyHeading(low);
  if (overPeriod && lowRole !== null && readHeadingWords(low, fy) === null) return `${low} ${over}`;
  return null;
}
