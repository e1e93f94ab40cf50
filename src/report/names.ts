/**
 * Who the report is about, who it goes to, who wrote it and for which date. Saved with the
 * workbook beside the other settings (the command line: --provider, --committee, --author,
 * --date). Nothing is invented: a name left blank is "" and the report prints a marked
 * placeholder telling the reviewer to fill it in (docs/report.md).
 */
export interface ReportNames {
  /** The organisation whose performance is challenged ("Doncaster Children's Services Trust"). */
  providerName: string;
  /** The panel or committee the report goes to. */
  committeeName: string;
  /** The officer presenting the report ("Director of People"). */
  authorName: string;
  /** The report's date (the meeting's), `YYYY-MM-DD`; "" when not set. */
  reportDate: string;
}

export const DEFAULT_REPORT_NAMES: ReportNames = {
  providerName: "",
  committeeName: "",
  authorName: "",
  reportDate: "",
};

const MAX_NAME = 200;

/**
 * The defaults of earlier versions, saved into workbooks by the settings form: they were never a
 * reviewer's words, so they read as "not set". ("Overview and Scrutiny Panel" may be a real
 * panel's name, so it stays.)
 */
const LEGACY_DEFAULTS = new Set(["the provider"]);

/** A name as typed, trimmed and kept to one line; blank, not text or an old default gives "". */
export function cleanName(value: unknown): string {
  if (typeof value !== "string") return "";
  const text = value.replace(/\s+/g, " ").trim().slice(0, MAX_NAME);
  return LEGACY_DEFAULTS.has(text.toLowerCase()) ? "" : text;
}

/**
 * A calendar date as `YYYY-MM-DD`, from `2018-11-14` (the pane's date field) or `14/11/2018`
 * (British order, as typed on the command line); null when it is not a real date.
 */
export function parseReportDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const british = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : british
      ? [Number(british[3]), Number(british[2]), Number(british[1])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || year < 1900 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function reportNamesOf(
  raw: Partial<Record<keyof ReportNames, unknown>> | undefined
): ReportNames {
  return {
    providerName: cleanName(raw?.providerName),
    committeeName: cleanName(raw?.committeeName),
    authorName: cleanName(raw?.authorName),
    reportDate: parseReportDate(raw?.reportDate) ?? "",
  };
}
