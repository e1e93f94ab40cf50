/**
 * Finding the add-in's own Challenge summary and Challenge log. An analyst may already keep a
 * sheet of that name for their own notes: it is never touched, and ours goes under the first free
 * numbered name ("Challenge log (2)"), as the ExcelJS adapter does. A rerun recognises ours by its
 * content (engine: isChallengeLogHeader / isChallengeSummary), read in the same sync as the table.
 */
import { isChallengeLogHeader, LOG_COL } from "../engine/challengeLog";
import { columnLetters } from "./addresses";
import type { PlanValue } from "../engine/plan-types";
import { isChallengeSummary } from "../engine/summarySheet";
import { UserFacingError } from "./errors";
import { LOG_SHEET, SUMMARY_SHEET } from "./types";
import { probeSummaryChart } from "./summaryChart";

export type OwnSheetKind = "summary" | "log";

/** Names tried per kind: the base name and "(2)" … "(4)". */
const CANDIDATES_PER_KIND = 4;

export function candidateNames(base: string): string[] {
  return [base, ...Array.from({ length: CANDIDATES_PER_KIND - 1 }, (_, i) => `${base} (${i + 2})`)];
}

const BASE_NAME: Record<OwnSheetKind, string> = { summary: SUMMARY_SHEET, log: LOG_SHEET };

export interface OwnSheetProbe {
  name: string;
  used: Excel.Range;
  /** The log's first used row only (its body is read later, in budgeted chunks: logSheet.ts). */
  header?: Excel.Range;
  /** The log's Ref and Period columns at their standard places (A and K), read with the table. */
  keys?: { ref: Excel.Range; period: Excel.Range };
  /** The summary's chart (summaryChart.ts), looked at with the sheet: a null object when absent. */
  chart?: Excel.Chart;
}

export type OwnSheetProbes = Record<OwnSheetKind, OwnSheetProbe[]>;

function probe(
  context: Excel.RequestContext,
  name: string,
  kind: OwnSheetKind,
  withHeader = true
): OwnSheetProbe {
  const used = context.workbook.worksheets
    .getItemOrNullObject(name)
    .getUsedRangeOrNullObject(true)
    .untrack();
  if (kind === "summary") {
    // A few dozen rows: read whole, with a look at our chart on it (no sync of its own).
    used.load("values, rowIndex, columnIndex");
    return { name, used, chart: probeSummaryChart(context, name) };
  }
  // The log may hold 50,000 rows of reviewer text: only its size (and header row) here.
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  if (!withHeader) return { name, used };
  const header = used.getRow(0).untrack();
  header.load("values");
  return { name, used, header };
}

/**
 * Log rows whose Ref and Period come with the first sync (~30 bytes a row): more would push the
 * first response of a 50,000-row table past Excel on the web's 5 MB; the rest are read later.
 */
export const LOG_KEY_ROWS_FIRST = 20_000;

/**
 * The base log's header row and its Ref and Period columns at the standard places, in the first
 * sync: a few dozen bytes a row, and enough to know which rows a run must read whole (logKeys.ts).
 * On a first run these are null objects (the sheet is missing): a few actions, no payload.
 */
function probeLogWithKeys(context: Excel.RequestContext): OwnSheetProbe {
  const sheet = context.workbook.worksheets.getItemOrNullObject(LOG_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true).untrack();
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  const part = (address: string) => {
    const range = used.getIntersectionOrNullObject(sheet.getRange(address).untrack()).untrack();
    range.load("values");
    return range;
  };
  const header = part("1:1");
  const column = (col: number) => {
    const letters = columnLetters(col);
    return part(`${letters}1:${letters}${LOG_KEY_ROWS_FIRST}`);
  };
  return {
    name: LOG_SHEET,
    used,
    header,
    keys: { ref: column(LOG_COL.ref), period: column(LOG_COL.period) },
  };
}

/** True when the probe found a used range starting at A1 (a sheet that may be ours). */
function startsAtA1(probe: OwnSheetProbe): boolean {
  return !probe.used.isNullObject && probe.used.rowIndex === 0 && probe.used.columnIndex === 0;
}

/**
 * Queues a look at the base names' used ranges (null objects when absent): three actions each.
 * The log's header row and the numbered names are looked at only when there is a sheet to look
 * at (see probeNumberedNames), so a first run costs nothing more.
 */
export function queueOwnSheetProbes(context: Excel.RequestContext, logKeys = true): OwnSheetProbes {
  return {
    summary: [probe(context, SUMMARY_SHEET, "summary")],
    log: [logKeys ? probeLogWithKeys(context) : probe(context, LOG_SHEET, "log", false)],
  };
}

/**
 * After the first sync: queues the header row of a "Challenge log" that exists, and, when the base
 * sheet is not (or may not be) ours and numbered ones ("Challenge log (2)" …) exist, a look at
 * those (rare: the analyst keeps a sheet of our name). Returns true when something was queued,
 * so the caller syncs once more.
 */
export function probeNumberedNames(
  context: Excel.RequestContext,
  probes: OwnSheetProbes,
  sheetNames: readonly string[]
): boolean {
  const existing = new Set(sheetNames.map((n) => n.toLowerCase()));
  let queued = false;
  const base = probes.log[0];
  if (!base.header && startsAtA1(base)) {
    // Built from the sheet, not from the first request's (untracked) used range.
    base.header = context.workbook.worksheets
      .getItem(base.name)
      .getRangeByIndexes(0, 0, 1, base.used.columnCount)
      .untrack();
    base.header.load("values");
    queued = true;
  }
  for (const kind of ["summary", "log"] as const) {
    // A log whose header is still to come may be ours or not: look at the numbered ones too.
    const pending = kind === "log" && queued;
    if (!pending && isOurs(kind, valuesFromA1(probes[kind][0]))) continue;
    for (const name of candidateNames(BASE_NAME[kind]).slice(1)) {
      if (!existing.has(name.toLowerCase())) continue;
      probes[kind].push(probe(context, name, kind));
      queued = true;
    }
  }
  return queued;
}

export interface OwnSheet {
  name: string;
  /** True when the sheet exists already (ours from an earlier run); false = add it. */
  exists: boolean;
  /**
   * Its values from A1 when it exists. For the log: the header row only until readLogBody
   * (logSheet.ts) has read the rows it needs.
   */
  rows: PlanValue[][] | null;
  /** Rows and columns of its used range from A1 (0 when it does not exist). */
  usedRows: number;
  usedColumns: number;
  /**
   * The log's columns A and K by sheet row, read in the first sync for the first
   * LOG_KEY_ROWS_FIRST rows (absent: read them later).
   */
  keys?: { ref: PlanValue[][]; period: PlanValue[][] };
  /** The summary only: our chart is on the sheet (replaced on a rerun). */
  hasChart?: boolean;
}

function planValues(range: Excel.Range): PlanValue[][] {
  if (range.isNullObject) return [];
  return (range.values as unknown[][]).map((row) =>
    row.map((v) =>
      v === "" || v === undefined
        ? null
        : typeof v === "number" || typeof v === "string"
          ? v
          : String(v)
    )
  );
}

function valuesFromA1(probe: OwnSheetProbe): PlanValue[][] | null {
  if (!startsAtA1(probe)) return null;
  return planValues(probe.header ?? probe.used);
}

function isOurs(kind: OwnSheetKind, rows: PlanValue[][] | null): boolean {
  if (!rows) return false;
  return kind === "log" ? isChallengeLogHeader(rows[0]) : isChallengeSummary(rows);
}

/** Our sheet of `kind` after the read sync: the one recognised as ours, else the first free name. */
export function resolveOwnSheet(
  kind: OwnSheetKind,
  probes: OwnSheetProbes,
  sheetNames: readonly string[]
): OwnSheet {
  const taken = new Set(sheetNames.map((n) => n.toLowerCase()));
  for (const looked of probes[kind]) {
    const rows = valuesFromA1(looked);
    if (isOurs(kind, rows)) {
      const size = looked.header
        ? { usedRows: looked.used.rowCount, usedColumns: looked.used.columnCount }
        : { usedRows: rows!.length, usedColumns: rows![0]?.length ?? 0 };
      const keys = looked.keys && {
        ref: planValues(looked.keys.ref),
        period: planValues(looked.keys.period),
      };
      const chart = looked.chart ? { hasChart: !looked.chart.isNullObject } : {};
      return {
        name: looked.name,
        exists: true,
        rows,
        ...size,
        ...(keys ? { keys } : {}),
        ...chart,
      };
    }
  }
  const base = BASE_NAME[kind];
  const free = candidateNames(base).find((name) => !taken.has(name.toLowerCase()));
  if (!free) {
    throw new UserFacingError(
      `There are already ${CANDIDATES_PER_KIND} sheets called "${base}" or "${base} (2)"… that the add-in did not write. Rename one of them, then classify again.`,
      "ItemAlreadyExists"
    );
  }
  return { name: free, exists: false, rows: null, usedRows: 0, usedColumns: 0 };
}
