/**
 * Finding the add-in's own Challenge summary and Challenge log. An analyst may already keep a
 * sheet of that name for their own notes: it is never touched, and ours goes under the first free
 * numbered name ("Challenge log (2)"), as the ExcelJS adapter does. A rerun recognises ours by its
 * content (engine: isChallengeLogHeader / isChallengeSummary), read in the same sync as the table.
 */
import { isChallengeLogHeader } from "../engine/challengeLog";
import type { PlanValue } from "../engine/plan-types";
import { isChallengeSummary } from "../engine/summarySheet";
import { UserFacingError } from "./errors";
import { LOG_SHEET, SUMMARY_SHEET } from "./types";

export type OwnSheetKind = "summary" | "log";

/** Names tried per kind; each costs three queued actions in the read batch. */
const CANDIDATES_PER_KIND = 4;

export function candidateNames(base: string): string[] {
  return [base, ...Array.from({ length: CANDIDATES_PER_KIND - 1 }, (_, i) => `${base} (${i + 2})`)];
}

export interface OwnSheetProbe {
  name: string;
  used: Excel.Range;
}

export type OwnSheetProbes = Record<OwnSheetKind, OwnSheetProbe[]>;

/** Queues a look at every candidate sheet's used range (null objects when absent). */
export function queueOwnSheetProbes(context: Excel.RequestContext): OwnSheetProbes {
  const probe = (name: string): OwnSheetProbe => {
    const used = context.workbook.worksheets
      .getItemOrNullObject(name)
      .getUsedRangeOrNullObject(true);
    used.load("values, rowIndex, columnIndex");
    return { name, used };
  };
  return {
    summary: candidateNames(SUMMARY_SHEET).map(probe),
    log: candidateNames(LOG_SHEET).map(probe),
  };
}

export interface OwnSheet {
  name: string;
  /** True when the sheet exists already (ours from an earlier run); false = add it. */
  exists: boolean;
  /** Its values from A1 when it exists. */
  rows: PlanValue[][] | null;
}

function valuesFromA1(probe: OwnSheetProbe): PlanValue[][] | null {
  if (probe.used.isNullObject || probe.used.rowIndex !== 0 || probe.used.columnIndex !== 0)
    return null;
  return (probe.used.values as unknown[][]).map((row) =>
    row.map((v) =>
      v === "" || v === undefined
        ? null
        : typeof v === "number" || typeof v === "string"
          ? v
          : String(v)
    )
  );
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
  for (const probe of probes[kind]) {
    const rows = valuesFromA1(probe);
    if (isOurs(kind, rows)) return { name: probe.name, exists: true, rows };
  }
  const free = probes[kind].find((p) => !taken.has(p.name.toLowerCase()));
  if (!free) {
    const base = kind === "log" ? LOG_SHEET : SUMMARY_SHEET;
    throw new UserFacingError(
      `There are already ${CANDIDATES_PER_KIND} sheets called "${base}" or "${base} (2)"… that the add-in did not write. Rename one of them, then classify again.`,
      "ItemAlreadyExists"
    );
  }
  return { name: free.name, exists: false, rows: null };
}
