/**
 * The Challenge log after a run (docs/workbook-output.md). As in the seed's appendix, a run lists the indicators of
 * concern or potential concern: the commentary's concern group, and volumetric measures moving
 * against expectation (their polarity says which way is good, and they moved the other way).
 * Every row already in the log stays where it is: rows of other periods (the history of the
 * challenge) untouched, rows of this period refreshed (figures and an unedited draft) whether or
 * not the indicator is still of concern, because a reviewer added it, typed in it, or may yet. A
 * run never removes a row, so nothing a person wrote is lost.
 */
import { isEdited, LOG_COL, LOG_HEADERS, readLogEntries, type LogEntry } from "./challengeLog";
import { freshRow, type FreshLogRow } from "./logEdits";
import type { PlanValue } from "./plan-types";
import type { CommentaryGroup, Indicator, RunResult } from "./types";

/** True when a volumetric measure with a polarity moved the wrong way since the period before. */
export function movesAgainstExpectation(indicator: Indicator, periodIndex: number): boolean {
  if (indicator.type !== "volumetric" || indicator.polarity === null || periodIndex < 1)
    return false;
  const now = indicator.series[periodIndex]?.value;
  const before = indicator.series[periodIndex - 1]?.value;
  if (!now || !before) return false;
  return indicator.polarity === "higher" ? now.value < before.value : now.value > before.value;
}

/** Per indicator (RunResult order): does a run add its row to the log? */
export function logScope(result: RunResult): boolean[] {
  const groups = new Map<string, CommentaryGroup>();
  for (const item of result.commentary) {
    const key = draftKey(item.ref, item.name);
    if (!groups.has(key)) groups.set(key, item.group);
  }
  const periodIndex = result.quarters.findIndex((q) => q.label === result.quarter.label);
  return result.indicators.map(
    (indicator) =>
      groups.get(draftKey(indicator.ref, indicator.name)) === "concern" ||
      movesAgainstExpectation(indicator, periodIndex)
  );
}

function updatedRow(previous: LogEntry, item: FreshLogRow): PlanValue[] {
  const row = freshRow(item, isEdited(previous) ? previous.council : item.draft);
  row[LOG_COL.trust] = previous.trust;
  row[LOG_COL.action] = previous.action;
  return row;
}

/**
 * The log's rows after a run, in the log's standard column order: the rows already there, in their
 * order (blank rows dropped), then a new row for each indicator in scope that has no row for this
 * period. A row is matched by ref and period (duplicate refs pair up in order); a row from a log
 * written before rows named their period is matched by ref when the period has no row of its own,
 * and then gets the period — before, the log held one row per indicator for the period last run.
 * Adapters rely on the order: row k of the result (k ≥ 1) is the k-th non-blank row read.
 */
export function mergeLogRows(
  fresh: readonly FreshLogRow[],
  logRows: readonly PlanValue[][] | null,
  inScope: readonly boolean[]
): PlanValue[][] {
  const entries = readLogEntries(logRows);
  const own = new Map<string, number[]>();
  const undated = new Map<string, number[]>();
  const period = fresh[0]?.period;
  entries.forEach((entry, i) => {
    const key = logKey(entry.ref, entry.indicator);
    if (key === "") return;
    const byKey = entry.period === "" ? undated : entry.period === period ? own : null;
    if (!byKey) return;
    const queue = byKey.get(key);
    if (queue) queue.push(i);
    else byKey.set(key, [i]);
  });
  const keys = fresh.map((item) => logKey(item.ref, item.indicator));
  const matched: (number | undefined)[] = keys.map((key) => own.get(key)?.shift());
  keys.forEach((key, i) => {
    if (matched[i] === undefined) matched[i] = undated.get(key)?.shift();
  });
  const rows: PlanValue[][] = [[...LOG_HEADERS], ...entries.map((entry) => entry.row)];
  fresh.forEach((item, i) => {
    const at = matched[i];
    if (at !== undefined) rows[at + 1] = updatedRow(entries[at], item);
    else if (inScope[i]) rows.push(freshRow(item, item.draft));
  });
  return rows;
}

/** An indicator's draft: by ref and name, so that rows with no ref never share one another's. */
export function draftKey(ref: string, name: string): string {
  return `${ref}\u0000${name}`;
}

/** A log row's identity: its ref; for a table with no refs, its indicator name. */
function logKey(ref: string, indicator: string): string {
  if (ref !== "") return ref;
  return indicator === "" ? "" : `\u0000${indicator}`;
}
