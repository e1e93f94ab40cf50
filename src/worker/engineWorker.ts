/**
 * The engine's Web Worker: classifies and plans the writes off the page's main thread, so the
 * pane keeps drawing while 20,000 rows are read. Office.js and ExcelJS stay on the page
 * (read -> worker -> write); the engine is pure, so it runs here unchanged. Replies go in small
 * parts (chunkedMessage.ts), and the last result stays here for planWrite, so the page never
 * deserialises or serialises a whole 20,000-row result in one task.
 */
import { runEngine } from "../engine/run";
import type { RunResult } from "../engine/types";
import { planWrite } from "../engine/writePlan";
import { splitValue } from "./chunkedMessage";
import type { EngineRequest, EngineResponse } from "./protocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
};

/** The last successful runs, by the id of their request (plan follows run; two cover an overlap). */
const kept = new Map<number, RunResult>();
const KEPT_RUNS = 2;

function resultOf(request: Extract<EngineRequest, { op: "planWrite" }>): RunResult {
  const named = request.result;
  if (!("keptFrom" in named)) return named;
  const result = kept.get(named.keptFrom);
  if (!result) throw new Error("The classification was replaced by a newer one. Classify again.");
  return result;
}

scope.onmessage = (event) => {
  const request = event.data;
  try {
    let keep = false;
    let value: unknown;
    if (request.op === "runEngine") {
      const outcome = runEngine(request.grid, request.options);
      keep = outcome.ok;
      if (outcome.ok) kept.set(request.id, outcome.result);
      for (const id of kept.keys()) if (kept.size > KEPT_RUNS) kept.delete(id);
      value = outcome;
    } else value = planWrite(resultOf(request), request.existing, request.palette);
    const { parts, skeleton } = splitValue(value);
    for (const part of parts) scope.postMessage({ id: request.id, ok: true, part });
    scope.postMessage({ id: request.id, ok: true, done: skeleton, kept: keep });
  } catch (error) {
    scope.postMessage({
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
