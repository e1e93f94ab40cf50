/**
 * A reviewer's changes to one row of the Challenge log (docs/workbook-output.md): save an edited Council
 * challenge, put the machine draft back, add an indicator the run did not list. Pure: each takes
 * the log's rows and returns new rows (the input is never changed). A row belongs to its indicator
 * and period; a row from a log written before rows named their period is taken as the period's
 * own and gets the period written on it when it is edited.
 */
import {
  draftFingerprint,
  isDraftFingerprint,
  isOfPeriod,
  LOG_COL,
  LOG_HEADERS,
  logColumns,
  type LogKey,
  resolvedDraft,
  text,
} from "./challengeLog";
import type { PlanValue } from "./plan-types";

/** What a run computed for one indicator: a log row's figures and draft for one period. */
export interface FreshLogRow {
  ref: string;
  indicator: string;
  area: string;
  value: string;
  status: string;
  direction: string;
  draft: string;
  /** The period the row is about, as the run labels it (`Q2 2018/19`). */
  period: string;
}

/**
 * The row of `fresh` with `council` as the challenge, in the columns `cols` (the log's standard
 * order when omitted; a reviewer may have moved them).
 */
export function freshRow(
  fresh: FreshLogRow,
  council: string,
  cols: Record<LogKey, number> = LOG_COL
): PlanValue[] {
  const width = Math.max(...Object.values(cols)) + 1;
  const row: PlanValue[] = Array.from({ length: width }, () => null);
  row[cols.ref] = fresh.ref;
  row[cols.indicator] = fresh.indicator;
  row[cols.area] = fresh.area;
  row[cols.value] = fresh.value;
  row[cols.status] = fresh.status;
  row[cols.direction] = fresh.direction;
  row[cols.council] = council;
  row[cols.draft] = fresh.draft;
  row[cols.period] = fresh.period;
  return row;
}

/**
 * The sheet row index (in `logRows`) of `ref` for `period`: its own row first, else a row with no
 * period; any row of `ref` when `period` is omitted. -1 when there is none.
 */
export function logRowIndex(logRows: readonly PlanValue[][], ref: string, period?: string): number {
  const cols = logColumns(logRows[0]);
  if (!cols) return -1;
  let undated = -1;
  for (let i = 1; i < logRows.length; i++) {
    const row = logRows[i];
    if (!row || text(row[cols.ref]).trim() !== ref) continue;
    const rowPeriod = text(row[cols.period]).trim();
    if (!isOfPeriod({ period: rowPeriod }, period)) continue;
    if (period === undefined || rowPeriod === period) return i;
    if (undated < 0) undated = i;
  }
  return undated;
}

function noRow(ref: string): Error {
  return new Error(
    `The Challenge log has no row for ${ref}. Classify the quarter first, then edit the text.`
  );
}

function withCells(
  logRows: readonly PlanValue[][],
  index: number,
  cells: [number, PlanValue][]
): PlanValue[][] {
  return logRows.map((row, i) => {
    if (i !== index) return [...row];
    const copy = [...row];
    for (const [col, value] of cells) {
      while (copy.length <= col) copy.push(null);
      copy[col] = value;
    }
    return copy;
  });
}

/** The period cell to write when an undated row is edited for `period`. */
function stampPeriod(
  row: readonly PlanValue[],
  cols: Record<LogKey, number>,
  period: string | undefined
): [number, PlanValue][] {
  return period !== undefined && text(row[cols.period]).trim() === ""
    ? [[cols.period, period]]
    : [];
}

/** Where `ref` of `period` can be edited: its row, or a new row built from the run's figures. */
export interface EditTarget {
  period?: string;
  /** The run's row for the indicator: used to add the row when the log has none. */
  fresh?: FreshLogRow;
}

/**
 * Stores a reviewer's text as the Council challenge of `ref` (of `target.period`); returns new
 * rows. An indicator the log does not list gets its row (a person typed in it: it stays).
 */
export function applyCommentaryEdit(
  logRows: readonly PlanValue[][],
  ref: string,
  editedText: string,
  target: EditTarget = {}
): PlanValue[][] {
  const index = logRowIndex(logRows, ref, target.period);
  const cols = logColumns(logRows[0]);
  if (index < 0 || !cols) {
    if (!target.fresh || !cols) throw noRow(ref);
    return [...logRows.map((row) => [...row]), freshRow(target.fresh, editedText, cols)];
  }
  const row = logRows[index];
  // The Council challenge about to be replaced may be the only copy of the draft text.
  const draft = resolvedDraft(text(row[cols.council]), text(row[cols.draft]));
  return withCells(logRows, index, [
    [cols.draft, draft],
    [cols.council, editedText],
    ...stampPeriod(row, cols, target.period),
  ]);
}

/** Puts the machine draft back as the Council challenge of `ref` (the reviewer asked for it). */
export function redraftRow(
  logRows: readonly PlanValue[][],
  ref: string,
  /** The draft of the last run in this session, if known (used when the log holds a fingerprint). */
  knownDraft?: string,
  period?: string
): { rows: PlanValue[][]; draft: string } {
  const index = logRowIndex(logRows, ref, period);
  const cols = logColumns(logRows[0]);
  if (index < 0 || !cols) {
    // Nothing stored for this indicator and period: the draft already stands.
    if (knownDraft !== undefined && period !== undefined)
      return { rows: logRows.map((row) => [...row]), draft: knownDraft };
    throw noRow(ref);
  }
  const row = logRows[index];
  let draft = resolvedDraft(text(row[cols.council]), text(row[cols.draft]));
  if (isDraftFingerprint(draft)) {
    if (knownDraft === undefined || draftFingerprint(knownDraft) !== draft)
      throw new Error(
        `The machine draft for ${ref} is not stored in the Challenge log (its Council challenge was changed in the sheet). Classify the quarter again, then redraft.`
      );
    draft = knownDraft;
  }
  return {
    rows: withCells(logRows, index, [[cols.council, draft], ...stampPeriod(row, cols, period)]),
    draft,
  };
}

/**
 * Adds the row of `fresh` (its draft as the Council challenge) unless the log already has a row
 * for the indicator and period. `added` says which; the rows are new either way.
 */
export function addLogRow(
  logRows: readonly PlanValue[][] | null,
  fresh: FreshLogRow
): { rows: PlanValue[][]; added: boolean } {
  const cols = logRows ? logColumns(logRows[0]) : null;
  if (!logRows || !cols)
    return { rows: [[...LOG_HEADERS], freshRow(fresh, fresh.draft)], added: true };
  const rows = logRows.map((row) => [...row]);
  if (logRowIndex(rows, fresh.ref, fresh.period) >= 0) return { rows, added: false };
  return { rows: [...rows, freshRow(fresh, fresh.draft, cols)], added: true };
}

/** Refs with a row of `period` in the log (a row from before rows named their period counts). */
export function logRefsOf(logRows: readonly PlanValue[][] | null, period: string): string[] {
  const cols = logRows ? logColumns(logRows[0]) : null;
  if (!logRows || !cols) return [];
  const refs = new Set<string>();
  for (let r = 1; r < logRows.length; r++) {
    const row = logRows[r] ?? [];
    if (isOfPeriod({ period: text(row[cols.period]).trim() }, period))
      refs.add(text(row[cols.ref]).trim());
  }
  refs.delete("");
  return [...refs];
}
