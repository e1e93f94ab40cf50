/**
 * classifyWorkbook for a page that must keep drawing (the browser preview): the grid is read and
 * the plan written in slices, and the engine runs wherever `engine` runs it (a Web Worker).
 * The same routine as classifyWorkbook (classifyRoutine.ts), driven so the page keeps drawing.
 */
import type ExcelJS from "exceljs";
import type { ExistingWorkbookState, PaletteName, WritePlan } from "../engine/plan-types";
import type { EngineOptions, RunOutcome, RunResult, WorkbookGrid } from "../engine/types";
import { throwIfCancelled } from "../ports/cancel";
import { classifyRoutine, type ClassifyOptions } from "./classifyRoutine";
import { editsOfRun, type ClassifyWorkbookOutcome } from "./workbookActions";
import { progressHeartbeat } from "./progressHeartbeat";

/** Lets the page draw between two pieces of work that each take tens of milliseconds. */
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
/** The longest stretch of reading or writing between two breaths (ms). */
const SLICE_MS = 30;

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
  options: ClassifyOptions,
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
  options: ClassifyOptions,
  engine: SlicedEngine,
  step: (label: string, fraction: number, next: number) => void,
  signal?: AbortSignal
): Promise<ClassifyWorkbookOutcome & { plan?: WritePlan }> {
  // The routine the command line runs (classifyRoutine.ts), here with the page kept drawing: a
  // breath whenever a slice of reading or writing has taken SLICE_MS, the engine in its worker.
  const routine = classifyRoutine(wb, options);
  let answer: unknown;
  let sliceStart = performance.now();
  for (;;) {
    const next = routine.next(answer);
    if (next.done) {
      const end = next.value;
      if (!end.ok) return { ok: false, failure: end.failure };
      await breathe();
      const edits = editsOfRun(end.result, end.plan);
      await breathe();
      return { ok: true, result: end.result, ...edits, plan: end.plan };
    }
    const request = next.value;
    answer = undefined;
    if (request.kind === "slice") {
      if (performance.now() - sliceStart >= SLICE_MS) {
        await breathe();
        sliceStart = performance.now();
      }
    } else if (request.kind === "step") {
      step(request.label, request.fraction, request.next);
    } else if (request.kind === "lastCancelPoint") {
      throwIfCancelled(signal);
    } else if (request.kind === "run") {
      throwIfCancelled(signal);
      answer = await engine.runEngine(request.grid, request.options);
    } else {
      answer = await engine.planWrite(request.result, request.existing, request.palette);
    }
    if (request.kind !== "slice") sliceStart = performance.now();
  }
}
