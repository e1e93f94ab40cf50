/**
 * The engine's Web Worker: classifies and plans the writes off the page's main thread, so the
 * pane keeps drawing while 20,000 rows are read. Office.js and ExcelJS stay on the page
 * (read -> worker -> write); the engine is pure, so it runs here unchanged.
 */
import { runEngine } from "../engine/run";
import { planWrite } from "../engine/writePlan";
import type { EngineRequest, EngineResponse } from "./protocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
};

scope.onmessage = (event) => {
  const request = event.data;
  try {
    const value =
      request.op === "runEngine"
        ? runEngine(request.grid, request.options)
        : planWrite(request.result, request.existing, request.palette);
    scope.postMessage({ id: request.id, ok: true, value });
  } catch (error) {
    scope.postMessage({
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
