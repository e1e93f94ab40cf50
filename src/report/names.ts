/**
 * Who the report is about and for. Saved with the workbook beside the other settings; the defaults
 * read naturally in a draft until the reviewer fills them in.
 */
export interface ReportNames {
  /** The organisation whose performance is challenged ("Doncaster Children's Services Trust"). */
  providerName: string;
  /** The panel or committee the report goes to. */
  committeeName: string;
}

export const DEFAULT_REPORT_NAMES: ReportNames = {
  providerName: "the provider",
  committeeName: "Overview and Scrutiny Panel",
};

const MAX_NAME = 200;

/** A name as typed, trimmed and kept to one line; blank or not text gives the default. */
export function cleanName(value: unknown, fallback: string): string {
  if (typeof value !== "string") return fallback;
  const text = value.replace(/\s+/g, " ").trim().slice(0, MAX_NAME);
  return text === "" ? fallback : text;
}

export function reportNamesOf(
  raw: Partial<Record<keyof ReportNames, unknown>> | undefined
): ReportNames {
  return {
    providerName: cleanName(raw?.providerName, DEFAULT_REPORT_NAMES.providerName),
    committeeName: cleanName(raw?.committeeName, DEFAULT_REPORT_NAMES.committeeName),
  };
}
