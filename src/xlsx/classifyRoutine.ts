/**
 * Classify on an ExcelJS workbook, written once (issue 20): the command line runs it straight
 * through (classifyWorkbook), the preview runs it in slices with its engine in a Web Worker
 * (classifyInSlices). The routine yields where the two differ — a slice of reading or writing, a
 * progress step, a point where cancelling is still possible, a call to the engine — and each driver
 * answers in its own way, so the checks and the order of the steps cannot drift apart.
 */
import type ExcelJS from "exceljs";
import type { ExistingWorkbookState, PaletteName, WritePlan } from "../engine/plan-types";
import type {
  EngineOptions,
  RunFailure,
  RunOutcome,
  RunResult,
  WorkbookGrid,
} from "../engine/types";
import { compactLogRows } from "../engine/challengeLog";
import { writeProblem } from "../engine/writePlan";
import { applyPlanSteps } from "./applyPlan";
import { readLogRows } from "./logSheet";
import { readWorkbookGridSteps } from "./readGrid";
import { WorkbookRefusal } from "./refusal";
import { findEarlierRun } from "./restoreState";
import { ownSheetsRoomProblem } from "./sheetNames";

export type ClassifyRequest =
  | { kind: "slice" }
  | { kind: "step"; label: string; fraction: number; next: number }
  | { kind: "lastCancelPoint" }
  | { kind: "run"; grid: WorkbookGrid; options: EngineOptions }
  | { kind: "plan"; result: RunResult; existing: ExistingWorkbookState; palette: PaletteName };

export type ClassifyOptions = EngineOptions & {
  palette?: PaletteName;
  /**
   * Store a fingerprint of each unedited draft in the log's hidden draft column instead of a
   * second copy of the text, as the add-in does. For writers that never redraft (the command
   * line); the next classify anywhere puts full drafts back.
   */
  compactLog?: boolean;
};

export type RoutineEnd =
  { ok: true; result: RunResult; plan: WritePlan } | { ok: false; failure: RunFailure };

const SLICE: ClassifyRequest = { kind: "slice" };

/** Turns a generator's pauses into slice requests, passing its result through. */
function* sliced<T>(steps: Generator<void, T>): Generator<ClassifyRequest, T, unknown> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield SLICE;
  }
}

export function* classifyRoutine(
  wb: ExcelJS.Workbook,
  options: ClassifyOptions
): Generator<ClassifyRequest, RoutineEnd, unknown> {
  const { palette, compactLog, ...engineOptions } = options;
  yield { kind: "step", label: "Reading the sheet", fraction: 0.15, next: 0.35 };
  const grid = yield* sliced(readWorkbookGridSteps(wb));
  // Before anything: an earlier run that cannot be found with certainty stops the run unchanged.
  const earlier = findEarlierRun(wb, grid.sheets);
  yield { kind: "step", label: "Classifying", fraction: 0.35, next: 0.6 };
  const outcome = (yield { kind: "run", grid, options: engineOptions }) as RunOutcome;
  if (!outcome.ok) return { ok: false, failure: outcome.failure };
  const problem = writeProblem(outcome.result) ?? ownSheetsRoomProblem(wb);
  if (problem) throw new WorkbookRefusal(problem);
  yield { kind: "step", label: "Planning the writes", fraction: 0.6, next: 0.8 };
  const plan = (yield {
    kind: "plan",
    result: outcome.result,
    existing: { logRows: readLogRows(wb) },
    palette: palette ?? "default",
  }) as WritePlan;
  if (compactLog) plan.logSheet.rows = compactLogRows(plan.logSheet.rows);
  // The last point where nothing has been written: after it, the run finishes.
  yield { kind: "lastCancelPoint" };
  const sheetGrid = grid.sheets.find((s) => s.name === outcome.result.sheet);
  if (!sheetGrid)
    throw new Error(`The sheet ${outcome.result.sheet} is no longer in the workbook.`);
  yield { kind: "step", label: "Writing statuses, summary and log", fraction: 0.8, next: 0.97 };
  yield* sliced(applyPlanSteps(wb, plan, { result: outcome.result, grid: sheetGrid, earlier }));
  return { ok: true, result: outcome.result, plan };
}
