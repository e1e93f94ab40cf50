/**
 * The engine as the adapter uses it by default: the run and its write plan on this thread, beside
 * the small helpers (engineHelpers) that the task pane also loads on their own.
 */
import { runEngine } from "../engine/run";
import { planWrite } from "../engine/writePlan";
import { engineHelpers } from "./engineHelpers";
import type { EngineApi } from "./engineApi";

export type { EngineApi } from "./engineApi";

export const defaultEngine: EngineApi = {
  ...engineHelpers,
  runEngine,
  planWrite: (result, existing, palette) => planWrite(result, existing, palette),
};
