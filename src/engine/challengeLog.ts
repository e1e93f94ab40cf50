/**
 * The Challenge log sheet (SPEC 8): the seed's two-stage challenge, one row per indicator. Pure
 * functions over the sheet's values, so the ExcelJS and Office.js adapters share one behaviour.
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
} as const;
export const LOG_WIDTH = LOG_HEADERS.length;

type LogKey = keyof typeof LOG_COL;

function text(value: PlanValue | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}

/** Line endings vary between hosts; an edit is a change of words, not of line endings. */
function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n?/g, "\n") === b.replace(/\r\n?/g, "\n");
}

/**
 * Finds our columns by their header text (a reviewer may have moved them), falling back to the
 * standard positions. Returns null when the sheet is not a Challenge log at all.
 */
export function logColumns(
  header: readonly PlanValue[] | undefined
): Record<LogKey, number> | null {
  if (!header) return null;
  const names = header.map((v) => text(v).trim().toLowerCase());
  const refAt = names.indexOf("ref");
  if (refAt < 0) return null;
  const found = {} as Record<LogKey, number>;
  (Object.keys(LOG_COL) as LogKey[]).forEach((key) => {
    const at = names.indexOf(LOG_HEADERS[LOG_COL[key]].toLowerCase());
    found[key] = at >= 0 ? at : LOG_COL[key];
  });
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
function resolvedDraft(council: string, draft: string): string {
  return isDraftFingerprint(draft) && draftFingerprint(council) === draft ? council : draft;
}

/** One existing log row, read by column name. */
export interface LogEntry {
  ref: string;
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
    const ref = text(raw[cols.ref]).trim();
    const row = (Object.keys(LOG_COL) as LogKey[])
      .sort((a, b) => LOG_COL[a] - LOG_COL[b])
      .map((key) => raw[cols[key]] ?? null);
    if (row.every((v) => text(v) === "")) continue;
    entries.push({
      ref,
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

/** Reviewer-edited Council challenge text by ref (the first row of a ref wins). */
export function readEdits(logRows: readonly PlanValue[][] | null): Record<string, string> {
  // Prototype-free: refs such as "constructor" or "__proto__" are plain keys.
  const edits: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const entry of readLogEntries(logRows)) {
    if (entry.ref && isEdited(entry) && !Object.prototype.hasOwnProperty.call(edits, entry.ref))
      edits[entry.ref] = entry.council;
  }
  return edits;
}

function rowIndexOfRef(
  logRows: readonly PlanValue[][],
  ref: string
): { index: number; cols: Record<LogKey, number> } {
  const cols = logColumns(logRows[0]);
  if (cols) {
    for (let i = 1; i < logRows.length; i++) {
      if (text(logRows[i][cols.ref]).trim() === ref) return { index: i, cols };
    }
  }
  throw new Error(
    `The Challenge log has no row for ${ref}. Classify the quarter first, then edit the text.`
  );
}

function withCell(
  logRows: readonly PlanValue[][],
  index: number,
  col: number,
  value: PlanValue
): PlanValue[][] {
  return logRows.map((row, i) => {
    if (i !== index) return [...row];
    const copy = [...row];
    while (copy.length <= col) copy.push(null);
    copy[col] = value;
    return copy;
  });
}

/** Stores a reviewer's text as the Council challenge of `ref`; returns new rows (input untouched). */
export function applyCommentaryEdit(
  logRows: readonly PlanValue[][],
  ref: string,
  editedText: string
): PlanValue[][] {
  const { index, cols } = rowIndexOfRef(logRows, ref);
  const row = logRows[index];
  // The Council challenge about to be replaced may be the only copy of the draft text.
  const draft = resolvedDraft(text(row[cols.council]), text(row[cols.draft]));
  const kept = withCell(logRows, index, cols.draft, draft);
  return withCell(kept, index, cols.council, editedText);
}

/** Puts the machine draft back as the Council challenge of `ref` (the reviewer asked for it). */
export function redraftRow(
  logRows: readonly PlanValue[][],
  ref: string,
  /** The draft of the last run in this session, if known (used when the log holds a fingerprint). */
  knownDraft?: string
): { rows: PlanValue[][]; draft: string } {
  const { index, cols } = rowIndexOfRef(logRows, ref);
  let draft = resolvedDraft(text(logRows[index][cols.council]), text(logRows[index][cols.draft]));
  if (isDraftFingerprint(draft)) {
    if (knownDraft === undefined || draftFingerprint(knownDraft) !== draft)
      throw new Error(
        `The machine draft for ${ref} is not stored in the Challenge log (its Council challenge was changed in the sheet). Classify the quarter again, then redraft.`
      );
    draft = knownDraft;
  }
  return { rows: withCell(logRows, index, cols.council, draft), draft };
}

/** What the new run computed for one indicator row of the log. */
export interface FreshLogRow {
  ref: string;
  indicator: string;
  area: string;
  value: string;
  status: string;
  direction: string;
  draft: string;
}

/**
 * The log's rows after a run: matched by ref (in order, so duplicate refs pair up one by one),
 * keeping Trust response, Agreed action and an edited Council challenge; rows of refs no longer in
 * the table stay at the bottom so nothing typed is lost.
 */
export function mergeLogRows(
  fresh: readonly FreshLogRow[],
  logRows: readonly PlanValue[][] | null
): PlanValue[][] {
  const waiting = new Map<string, LogEntry[]>();
  const entries = readLogEntries(logRows);
  for (const entry of entries) {
    const queue = waiting.get(entry.ref) ?? [];
    queue.push(entry);
    waiting.set(entry.ref, queue);
  }
  const used = new Set<LogEntry>();
  const rows: PlanValue[][] = [[...LOG_HEADERS]];
  for (const item of fresh) {
    const previous = waiting.get(item.ref)?.shift();
    if (previous) used.add(previous);
    const council = previous && isEdited(previous) ? previous.council : item.draft;
    rows.push([
      item.ref,
      item.indicator,
      item.area,
      item.value,
      item.status,
      item.direction,
      council,
      previous?.trust ?? null,
      previous?.action ?? null,
      item.draft,
    ]);
  }
  for (const entry of entries) if (!used.has(entry)) rows.push(entry.row);
  return rows;
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
