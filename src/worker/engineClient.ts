/**
 * The page's side of the engine worker: runEngine and planWrite as promises. Where no worker can
 * start (an old host, a CSP refusal, tests) the same functions run in this thread, so a result is
 * never lost to the optimisation. One worker per page, started on first use.
 */
import type { ExistingWorkbookState, PaletteName, WritePlan } from "../engine/plan-types";
import type { EngineOptions, RunOutcome, RunResult, WorkbookGrid } from "../engine/types";
import { ChunkAssembler } from "./chunkedMessage";
import type { EngineRequest, EngineResponse, EngineValue } from "./protocol";
import { startEngineWorker } from "./workerUrl";

type Pending = {
  resolve(value: EngineValue): void;
  reject(error: Error): void;
  parts: ChunkAssembler;
};
type Body = EngineRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, "id">
    : never
  : never;
type InThreadBody =
  | Extract<Body, { op: "runEngine" }>
  | (Omit<Extract<Body, { op: "planWrite" }>, "result"> & { op: "planWrite"; result: RunResult });

export interface AsyncEngine {
  runEngine(grid: WorkbookGrid, options: EngineOptions): Promise<RunOutcome>;
  planWrite(
    result: RunResult,
    existing: ExistingWorkbookState,
    palette: PaletteName
  ): Promise<WritePlan>;
}

async function inThread(body: InThreadBody): Promise<EngineValue> {
  if (body.op === "runEngine") {
    const { runEngine } = await import(/* webpackChunkName: "engine" */ "../engine/run");
    return runEngine(body.grid, body.options);
  }
  const { planWrite } = await import(/* webpackChunkName: "engine" */ "../engine/writePlan");
  return planWrite(body.result, body.existing, body.palette);
}

export function createEngineClient(): AsyncEngine {
  let worker: Worker | null | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  // Results the worker kept, by the request that made them: planWrite names them, not sends them.
  const keptBy = new WeakMap<RunResult, number>();

  function failAll(message: string): void {
    for (const waiting of pending.values()) waiting.reject(new Error(message));
    pending.clear();
    worker?.terminate();
    worker = null; // later calls run in this thread
  }

  function started(): Worker | null {
    if (worker !== undefined) return worker;
    try {
      worker = startEngineWorker();
    } catch {
      worker = null;
    }
    if (worker) {
      worker.onmessage = (event: MessageEvent<EngineResponse>) => {
        const reply = event.data;
        const waiting = pending.get(reply.id);
        if (!waiting) return;
        if (reply.ok && "part" in reply) {
          waiting.parts.add(reply.part);
          // Ask for the next part once the page has had its turn (timers, drawing).
          setTimeout(() => worker?.postMessage({ id: reply.id, op: "next" }), 0);
          return;
        }
        pending.delete(reply.id);
        if (!reply.ok) return waiting.reject(new Error(reply.message));
        const value = waiting.parts.finish(reply.done) as EngineValue;
        if (reply.kept && "ok" in value && value.ok) keptBy.set(value.result, reply.id);
        waiting.resolve(value);
      };
      worker.onerror = () =>
        failAll(
          "The classification stopped unexpectedly. Try again; if it keeps happening, reload the add-in."
        );
    }
    return worker;
  }

  function call(body: InThreadBody): Promise<EngineValue> {
    const target = started();
    if (!target) return inThread(body);
    const id = nextId++;
    const keptFrom = body.op === "planWrite" ? keptBy.get(body.result) : undefined;
    const message = keptFrom === undefined ? body : { ...body, result: { keptFrom } };
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, parts: new ChunkAssembler() });
      target.postMessage({ ...message, id } as EngineRequest);
    });
  }

  return {
    runEngine: (grid, options) => call({ op: "runEngine", grid, options }) as Promise<RunOutcome>,
    planWrite: (result, existing, palette) =>
      call({ op: "planWrite", result, existing, palette }) as Promise<WritePlan>,
  };
}
