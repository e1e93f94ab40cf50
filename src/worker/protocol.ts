/** Messages between the page and the engine's Web Worker (plain data: structured clone). */
import type { ExistingWorkbookState, PaletteName, WritePlan } from "../engine/plan-types";
import type { EngineOptions, RunOutcome, RunResult, WorkbookGrid } from "../engine/types";

export type EngineRequest =
  | { id: number; op: "runEngine"; grid: WorkbookGrid; options: EngineOptions }
  | {
      id: number;
      op: "planWrite";
      result: RunResult;
      existing: ExistingWorkbookState;
      palette: PaletteName;
    };

export type EngineResponse =
  | { id: number; ok: true; value: RunOutcome | WritePlan }
  | { id: number; ok: false; message: string };
