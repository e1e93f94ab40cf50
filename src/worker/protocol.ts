/** Messages between the page and the engine's Web Worker (plain data: structured clone). */
import type { ExistingWorkbookState, PaletteName, WritePlan } from "../engine/plan-types";
import type { EngineOptions, RunOutcome, RunResult, WorkbookGrid } from "../engine/types";
import type { ChunkPart } from "./chunkedMessage";

export type EngineRequest =
  | { id: number; op: "runEngine"; grid: WorkbookGrid; options: EngineOptions }
  | {
      id: number;
      op: "planWrite";
      /** The result itself, or the id of the runEngine request whose result the worker kept. */
      result: RunResult | { keptFrom: number };
      existing: ExistingWorkbookState;
      palette: PaletteName;
    }
  /** The page has put the last part together and drawn: send the next. */
  | { id: number; op: "next" };

/**
 * A reply comes as parts (chunkedMessage.ts) and then `done` with the skeleton that names them.
 * `kept` says the worker kept a runEngine result, so planWrite can name it instead of sending it.
 */
export type EngineResponse =
  | { id: number; ok: true; part: ChunkPart }
  | { id: number; ok: true; done: unknown; kept: boolean }
  | { id: number; ok: false; message: string };

export type EngineValue = RunOutcome | WritePlan;
