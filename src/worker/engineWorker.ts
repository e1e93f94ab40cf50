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

/** Replies not yet sent whole: one part goes per "next" from the page, so the page's message
 * tasks take turns with its timers and drawing instead of arriving in one burst. */
const outbox = new Map<number, EngineResponse[]>();

function sendNext(id: number): void {
  const queue = outbox.get(id);
  const message = queue?.shift();
  if (!message) return;
  if (queue?.length === 0) outbox.delete(id);
  scope.postMessage(message);
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.op === "next") return sendNext(request.id);
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
    const queue: EngineResponse[] = parts.map((part) => ({ id: request.id, ok: true, part }));
    queue.push({ id: request.id, ok: true, done: skeleton, kept: keep });
    outbox.set(request.id, queue);
    sendNext(request.id);
  } catch (error) {
    scope.postMessage({
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
