/**
 * The high-level API the command line and the browser preview share. No file system here: bytes
 * in, bytes out, so it also runs in a browser.
 */
import ExcelJS from "exceljs";
import { readEdits } from "../engine/challengeLog";
import {
  addLogRow,
  applyCommentaryEdit,
  logRefsOf,
  redraftRow,
  type EditTarget,
  type FreshLogRow,
} from "../engine/logEdits";
import type { WritePlan } from "../engine/plan-types";
import { runEngine } from "../engine/run";
import type { RunFailure, RunResult } from "../engine/types";
import { freshLogRows, planWrite } from "../engine/writePlan";
import { WorkbookRefusal } from "./refusal";
import { withXmlSafeText } from "./xmlSafeText";
import { clipDeclaredRangesOnLoad } from "./declaredRanges";
import { checkPackage } from "./packageCheck";
import { readLogRows, writeLogChanges } from "./logSheet";
import { classifyRoutine, type ClassifyOptions } from "./classifyRoutine";

export { clearClassification, clearWorkbook, type ClearOutcome } from "./clear";
export { WorkbookStateError } from "./restoreState";
export { WorkbookRefusal } from "./refusal";

export type ClassifyWorkbookOutcome =
  | { ok: true; result: RunResult; edits: Record<string, string>; logRefs: string[] }
  | { ok: false; failure: RunFailure };

/**
 * Rejects with a plain-English error when the bytes are not an .xlsx workbook, are encrypted, or
 * are over the documented limits (src/xlsx/packageCheck.ts; skipped when the caller checked).
 */
export async function loadWorkbook(
  bytes: ArrayBuffer | Uint8Array,
  options: { checked?: boolean } = {}
): Promise<ExcelJS.Workbook> {
  if (!options.checked) {
    try {
      await checkPackage(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
    } catch (error) {
      if (error instanceof WorkbookRefusal) throw new WorkbookRefusal(`This file ${error.message}`);
      throw error;
    }
  }
  const wb = new ExcelJS.Workbook();
  clipDeclaredRangesOnLoad(wb);
  const notAWorkbook = "This file is not an Excel workbook (.xlsx), or it is damaged.";
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new Error(notAWorkbook);
  }
  // Any zip file loads without error; a real workbook always has at least one sheet.
  if (wb.worksheets.length === 0) throw new Error(notAWorkbook);
  return wb;
}

/**
 * Fast deflate: the drafted commentary makes the log large, and the strongest compression level
 * costs seconds on big workbooks for a few per cent of file size.
 */
const ZIP_OPTIONS = { compression: "DEFLATE", compressionOptions: { level: 1 } };

export async function workbookToBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await withXmlSafeText(wb, () =>
    wb.xlsx.writeBuffer({
      zip: ZIP_OPTIONS,
    } as unknown as Partial<ExcelJS.XlsxWriteOptions>)
  );
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Classifies the quarter and writes statuses, fills, the summary, the log and the state. */
export function classifyWorkbook(
  wb: ExcelJS.Workbook,
  options: ClassifyOptions = {}
): ClassifyWorkbookOutcome {
  // The routine straight through: the engine on this thread, no pauses (classifyRoutine.ts).
  const routine = classifyRoutine(wb, options);
  let answer: unknown;
  for (;;) {
    const next = routine.next(answer);
    if (next.done) {
      const end = next.value;
      return end.ok ? classified(end.result, end.plan) : { ok: false, failure: end.failure };
    }
    const request = next.value;
    answer =
      request.kind === "run"
        ? runEngine(request.grid, request.options)
        : request.kind === "plan"
          ? planWrite(request.result, request.existing, request.palette)
          : undefined;
  }
}

/**
 * The outcome, its edits and log refs worked out when first read: the command line reads them only
 * for --commentary and --report, and a log of thousands of rows costs a pass to read them.
 */
function classified(result: RunResult, plan: WritePlan): ClassifyWorkbookOutcome {
  let ofRun: ReturnType<typeof editsOfRun> | undefined;
  const once = () => (ofRun ??= editsOfRun(result, plan));
  return {
    ok: true,
    result,
    get edits() {
      return once().edits;
    },
    get logRefs() {
      return once().logRefs;
    },
  };
}

/** The reviewers' edits of the run's period, and the refs its log lists (after the plan is written). */
export function editsOfRun(
  result: RunResult,
  plan: WritePlan
): { edits: Record<string, string>; logRefs: string[] } {
  const refs = new Set(result.indicators.map((i) => i.ref));
  const period = result.quarter.label;
  const edits = Object.fromEntries(
    Object.entries(readEdits(plan.logSheet.rows, period)).filter(([ref]) => refs.has(ref))
  );
  return { edits, logRefs: logRefsOf(plan.logSheet.rows, period) };
}

/** Where an edit of `ref` belongs after `result`: its period, and its row should the log lack it. */
export function editTargetOf(result: RunResult, ref: string): EditTarget {
  return {
    period: result.quarter.label,
    fresh: freshLogRows(result).find((row) => row.ref === ref),
  };
}

/**
 * Stores a reviewer's edit of one indicator's Council challenge in the Challenge log (the row of
 * `target.period`; added from `target.fresh` when the log has none).
 */
export function saveCommentary(
  wb: ExcelJS.Workbook,
  ref: string,
  edited: string,
  target: EditTarget = {}
): void {
  const before = readLogRows(wb);
  if (!before)
    throw new Error(
      "There is no Challenge log yet. Classify the quarter first, then edit the text."
    );
  writeLogChanges(wb, before, applyCommentaryEdit(before, ref, edited, target));
}

/** Drops the reviewer's edit for one indicator; returns the machine draft now in effect. */
export function redraftCommentary(
  wb: ExcelJS.Workbook,
  ref: string,
  target: { period?: string; knownDraft?: string } = {}
): string {
  const before = readLogRows(wb);
  if (!before) throw new Error("There is no Challenge log yet. Classify the quarter first.");
  const { rows, draft } = redraftRow(before, ref, target.knownDraft, target.period);
  writeLogChanges(wb, before, rows);
  return draft;
}

/** Adds the indicator's row (its current draft) for its period; false when it was there already. */
export function addToChallengeLog(wb: ExcelJS.Workbook, fresh: FreshLogRow): boolean {
  const before = readLogRows(wb);
  if (!before)
    throw new Error("There is no Challenge log yet. Classify the quarter first, then add to it.");
  const { rows, added } = addLogRow(before, fresh);
  if (added) writeLogChanges(wb, before, rows);
  return added;
}
