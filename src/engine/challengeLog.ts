/**
 * The Challenge log sheet (docs/workbook-output.md): the seed's two-stage challenge, one row per indicator and
 * period. Pure functions over the sheet's values, so the ExcelJS and Office.js adapters share one
 * behaviour. Which rows a run adds, and how it merges with the rows there, is in logMerge.ts;
 * reviewer edits of one row are in logEdits.ts.
 */
import type { PlanValue } from "./plan-types";

export const LOG_SHEET_NAME = "Challenge log";
export const LOG_HEADERS = [
  "Ref",
  "Indicator",
  "Area",
  "Value",
  "Status",
  "Direction of travel",
  "Council challenge",
  "Trust response",
  "Agreed action",
  "Machine draft (do not edit)",
  // Last, so that a log written before rows named their period keeps every column where it was.
  "Period",
] as const;

/** 0-based columns of the log. */
export const LOG_COL = {
  ref: 0,
  indicator: 1,
  area: 2,
  value: 3,
  status: 4,
  direction: 5,
  council: 6,
  trust: 7,
  action: 8,
  draft: 9,
  period: 10,
} as const;
export const LOG_WIDTH = LOG_HEADERS.length;

export type LogKey = keyof typeof LOG_COL;
/** Our keys in the log's standard column order. */
export const LOG_KEYS = (Object.keys(LOG_COL) as LogKey[]).sort((a, b) => LOG_COL[a] - LOG_COL[b]);

export function text(value: PlanValue | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}

/** Line endings vary between hosts; an edit is a change of words, not of line endings. */
export function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n?/g, "\n") === b.replace(/\r\n?/g, "\n");
}

/**
 * Finds our columns by their header text (a reviewer may have moved them), falling back to the
 * standard positions. A log written before rows named their period has no Period column: it goes
 * in the first column right of every heading, so a column a reviewer added is never taken.
 * Returns null when the sheet is not a Challenge log at all.
 */
export function logColumns(
  header: readonly PlanValue[] | undefined
): Record<LogKey, number> | null {
  if (!header) return null;
  const names = Array.from(header, (v) => text(v).trim().toLowerCase());
  const refAt = names.indexOf("ref");
  if (refAt < 0) return null;
  const found = {} as Record<LogKey, number>;
  for (const key of LOG_KEYS) {
    const at = names.indexOf(LOG_HEADERS[LOG_COL[key]].toLowerCase());
    found[key] = at >= 0 ? at : LOG_COL[key];
  }
  if (!names.includes("period")) {
    let lastHeading = -1;
    names.forEach((name, i) => {
      if (name !== "") lastHeading = i;
    });
    found.period = Math.max(LOG_COL.period, lastHeading + 1);
  }
  return found;
}

/**
 * The hidden "Machine draft" column may hold a fingerprint of the draft instead of its text while
 * the Council challenge IS the draft (nothing to keep twice; Office.js writes it so, halving the
 * log's upload). A reviewer's edit changes the Council challenge, so the fingerprint no longer
 * matches: an edit is detected just as with the full text. Logs holding full text still read.
 */
const FINGERPRINT = /^fp1:[0-9a-f]{16}$/;

/** Two 32-bit FNV-1a passes (different offsets) over the text with line endings unified. */
export function draftFingerprint(draft: string): string {
  const unified = draft.replace(/\r\n?/g, "\n");
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ unified.length;
  for (let i = 0; i < unified.length; i++) {
    const code = unified.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193 + 0x3c6ef372) >>> 0;
  }
  return `fp1:${a.toString(16).padStart(8, "0")}${b.toString(16).padStart(8, "0")}`;
}

export function isDraftFingerprint(value: string): boolean {
  return FINGERPRINT.test(value);
}

/**
 * The log rows as the Office.js adapter writes them: the draft column of every row whose Council
 * challenge is the draft itself holds the draft's fingerprint. Other rows (edited) keep the text,
 * so Redraft can put it back.
 */
export function compactLogRows(logRows: readonly PlanValue[][]): PlanValue[][] {
  const cols = logColumns(logRows[0]);
  if (!cols) return logRows.map((row) => [...row]);
  return logRows.map((row, i) => {
    const draft = text(row[cols.draft]);
    if (i === 0 || draft === "" || isDraftFingerprint(draft)) return [...row];
    if (!sameText(text(row[cols.council]), draft)) return [...row];
    const copy = [...row];
    copy[cols.draft] = draftFingerprint(draft);
    return copy;
  });
}

/** The draft text behind a draft cell: the Council challenge when the fingerprint matches it. */
export function resolvedDraft(council: string, draft: string): string {
  return isDraftFingerprint(draft) && draftFingerprint(council) === draft ? council : draft;
}

/** One existing log row, read by column name. */
export interface LogEntry {
  ref: string;
  /** The Indicator column's text (identifies a row when the table has no refs). */
  indicator: string;
  /** The period the row is about (`Q2 2018/19`); "" in a log written before rows named it. */
  period: string;
  council: string;
  draft: string;
  trust: PlanValue;
  action: PlanValue;
  /** The row as it stands, in our column order (for rows kept at the bottom). */
  row: PlanValue[];
}

/** Existing rows by position, skipping the header and blank rows. */
export function readLogEntries(logRows: readonly PlanValue[][] | null): LogEntry[] {
  if (!logRows || logRows.length === 0) return [];
  const cols = logColumns(logRows[0]);
  if (!cols) return [];
  const entries: LogEntry[] = [];
  for (const raw of logRows.slice(1)) {
    if (!raw) continue;
    const row = LOG_KEYS.map((key) => raw[cols[key]] ?? null);
    if (row.every((v) => text(v) === "")) continue;
    entries.push({
      ref: text(raw[cols.ref]).trim(),
      indicator: text(raw[cols.indicator]).trim(),
      period: text(raw[cols.period]).trim(),
      council: text(raw[cols.council]),
      draft: resolvedDraft(text(raw[cols.council]), text(raw[cols.draft])),
      trust: raw[cols.trust] ?? null,
      action: raw[cols.action] ?? null,
      row,
    });
  }
  return entries;
}

/** True when a reviewer changed the Council challenge away from the machine draft. */
export function isEdited(entry: Pick<LogEntry, "council" | "draft">): boolean {
  return !sameText(entry.council, entry.draft);
}

/**
 * True when `entry` is the row of `period`: its own, or a row from a log written before rows named
 * their period (such a row is taken to be about the period now being worked on; see logMerge.ts).
 */
export function isOfPeriod(entry: Pick<LogEntry, "period">, period: string | undefined): boolean {
  return period === undefined || entry.period === period || entry.period === "";
}

/**
 * Reviewer-edited Council challenge text by ref, for `period` (every row when omitted). A row of
 * the period itself wins over an older row without a period; otherwise the first row of a ref.
 */
export function readEdits(
  logRows: readonly PlanValue[][] | null,
  period?: string
): Record<string, string> {
  // Prototype-free: refs such as "constructor" or "__proto__" are plain keys.
  const edits: Record<string, string> = Object.create(null) as Record<string, string>;
  const has = (ref: string) => Object.prototype.hasOwnProperty.call(edits, ref);
  const exact = new Set<string>();
  for (const entry of readLogEntries(logRows)) {
    if (!entry.ref || !isOfPeriod(entry, period)) continue;
    const own = period !== undefined && entry.period === period;
    if (exact.has(entry.ref) || (!own && has(entry.ref))) continue;
    if (own) exact.add(entry.ref);
    if (isEdited(entry)) edits[entry.ref] = entry.council;
    else delete edits[entry.ref];
  }
  return edits;
}

/**
 * True when a header row is our Challenge log's (so an analyst's own sheet that happens to be
 * called "Challenge log" is never emptied or overwritten).
 */
export function isChallengeLogHeader(header: readonly PlanValue[] | undefined): boolean {
  if (!header) return false;
  const names = new Set(header.map((v) => text(v).trim().toLowerCase()));
  return ["Ref", "Council challenge", "Trust response", "Agreed action"].every((h) =>
    names.has(h.toLowerCase())
  );
}
