/**
 * classifyWorkbook for a page that must keep drawing (the browser preview): the grid is read and
 * the plan written in slices, and the engine runs wherever `engine` runs it (a Web Worker).
 * Same steps, checks and writes as classifyWorkbook (workbookActions.ts).
 */
import type ExcelJS from "exceljs";
import type { ExistingWorkbookState, PaletteName, WritePlan } from "../engine/plan-types";
import type { EngineOptions, RunOutcome, RunResult, WorkbookGrid } from "../engine/types";
import { writeProblem } from "../engine/writePlan";
import { applyPlanSteps, runInSlices } from "./applyPlan";
import { readLogRows } from "./logSheet";
import { readWorkbookGridSteps } from "./readGrid";
import { WorkbookRefusal } from "./refusal";
import { throwIfCancelled } from "../ports/cancel";
import { findEarlierRun } from "./restoreState";
import { editsOfRun, type ClassifyWorkbookOutcome } from "./workbookActions";
import { progressHeartbeat } from "./progressHeartbeat";

/** Lets the page draw between two pieces of work that each take tens of milliseconds. */
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface SlicedEngine {
  runEngine(grid: WorkbookGrid, options: EngineOptions): Promise<RunOutcome>;
  planWrite(
    result: RunResult,
    existing: ExistingWorkbookState,
    palette: PaletteName
  ): Promise<WritePlan>;
}

export async function classifyInSlices(
  wb: ExcelJS.Workbook,
  options: EngineOptions & { palette?: PaletteName },
  engine: SlicedEngine,
  onStep: (label: string, fraction: number) => void = () => undefined,
  signal?: AbortSignal
): Promise<ClassifyWorkbookOutcome & { plan?: WritePlan }> {
  const heartbeat = progressHeartbeat(onStep);
  try {
    return await classifySteps(wb, options, engine, heartbeat.step, signal);
  } finally {
    heartbeat.stop();
  }
}

async function classifySteps(
  wb: ExcelJS.Workbook,
  options: EngineOptions & { palette?: PaletteName },
  engine: SlicedEngine,
  step: (label: string, fraction: number, next: number) => void,
  signal?: AbortSignal
): Promise<ClassifyWorkbookOutcome & { plan?: WritePlan }> {
  const { palette, ...engineOptions } = options;
  step("Reading the sheet", 0.15, 0.35);
  const grid = await runInSlices(readWorkbookGridSteps(wb));
  const earlier = findEarlierRun(wb, grid.sheets);
  throwIfCancelled(signal);
  step("Classifying", 0.35, 0.6);
  const outcome = await engine.runEngine(grid, engineOptions);
  if (!outcome.ok) return { ok: false, failure: outcome.failure };
  const problem = writeProblem(outcome.result);
  if (problem) throw new WorkbookRefusal(problem);
  step("Planning the writes", 0.6, 0.8);
  const plan = await engine.planWrite(
    outcome.result,
    { logRows: readLogRows(wb) },
    palette ?? "default"
  );
  // The last point where nothing has been written: after it, the run finishes.
  throwIfCancelled(signal);
  const sheetGrid = grid.sheets.find((s) => s.name === outcome.result.sheet);
  if (!sheetGrid)
    throw new Error(`The sheet ${outcome.result.sheet} is no longer in the workbook.`);
  step("Writing statuses, summary and log", 0.8, 0.97);
  await runInSlices(applyPlanSteps(wb, plan, { result: outcome.result, grid: sheetGrid, earlier }));
  await breathe();
  const edits = editsOfRun(outcome.result, plan);
  await breathe();
  return { ok: true, result: outcome.result, ...edits, plan };
}
