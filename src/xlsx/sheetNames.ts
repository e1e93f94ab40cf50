/**
 * Finding our own sheets. An analyst may already keep a sheet called "Challenge log" or
 * "Challenge summary" for their own notes: that sheet is never touched, and ours goes under the
 * first free name with a number ("Challenge log (2)"). A rerun finds ours by its content.
 */
import type ExcelJS from "exceljs";
import { isChallengeLogHeader, LOG_SHEET_NAME } from "../engine/challengeLog";
import { STATE_SHEET_NAME } from "../engine/formatState";
import type { PlanValue } from "../engine/plan-types";
import { isChallengeSummary, SUMMARY_HEADER_ROW, SUMMARY_SHEET_NAME } from "../engine/summarySheet";
import { toPlanValue } from "./cellValue";
import { WorkbookRefusal } from "./refusal";

export type OwnSheetKind = "summary" | "log";

const BASE_NAME: Record<OwnSheetKind, string> = {
  summary: SUMMARY_SHEET_NAME,
  log: LOG_SHEET_NAME,
};
/** More than enough; each candidate costs one look at a few cells. */
const MAX_SUFFIX = 20;

function rowValues(ws: ExcelJS.Worksheet, row: number): PlanValue[] {
  const values: PlanValue[] = [];
  ws.getRow(row).eachCell({ includeEmpty: false }, (cell, col) => {
    values[col - 1] = toPlanValue(cell.value);
  });
  return Array.from(values, (v) => v ?? null);
}

function isOurs(ws: ExcelJS.Worksheet, kind: OwnSheetKind): boolean {
  if (kind === "log") return isChallengeLogHeader(rowValues(ws, 1));
  const rows: PlanValue[][] = [];
  for (let r = 1; r <= SUMMARY_HEADER_ROW + 1; r++) rows.push(rowValues(ws, r));
  return isChallengeSummary(rows);
}

function candidates(kind: OwnSheetKind): string[] {
  const base = BASE_NAME[kind];
  return [base, ...Array.from({ length: MAX_SUFFIX - 1 }, (_, i) => `${base} (${i + 2})`)];
}

/** Our sheet of this kind, or undefined when no run has written one yet. */
export function findOwnSheet(
  wb: ExcelJS.Workbook,
  kind: OwnSheetKind
): ExcelJS.Worksheet | undefined {
  for (const name of candidates(kind)) {
    const ws = wb.getWorksheet(name);
    if (ws && isOurs(ws, kind)) return ws;
  }
  return undefined;
}

function noRoomMessage(kind: OwnSheetKind): string {
  const base = BASE_NAME[kind];
  return `The workbook already has sheets called "${base}" to "${base} (${MAX_SUFFIX})" that the add-in did not write, so there is no free name for its own. Rename or delete some of them, then try again. Nothing was changed.`;
}

/**
 * Why the add-in's own sheets cannot be added (every name taken by the analyst's sheets), or
 * null. Asked before anything is written, so a run that cannot finish changes nothing.
 */
export function ownSheetsRoomProblem(wb: ExcelJS.Workbook): string | null {
  for (const kind of ["summary", "log"] as const) {
    if (findOwnSheet(wb, kind)) continue;
    if (!candidates(kind).some((name) => !wb.getWorksheet(name))) return noRoomMessage(kind);
  }
  return null;
}

/** Our sheet of this kind, added under the first free name when there is none yet. */
export function ownSheetForWriting(wb: ExcelJS.Workbook, kind: OwnSheetKind): ExcelJS.Worksheet {
  const existing = findOwnSheet(wb, kind);
  if (existing) return existing;
  const free = candidates(kind).find((name) => !wb.getWorksheet(name));
  if (!free) throw new WorkbookRefusal(noRoomMessage(kind));
  return wb.addWorksheet(free);
}

/** Sheets never read as analyst data: ours (recognised by content) and the state. */
export function isOwnSheet(ws: ExcelJS.Worksheet): boolean {
  if (ws.name === STATE_SHEET_NAME) return true;
  return (["summary", "log"] as const).some(
    (kind) => candidates(kind).includes(ws.name) && isOurs(ws, kind)
  );
}
