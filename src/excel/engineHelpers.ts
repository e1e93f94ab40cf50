/**
 * The engine functions the adapter calls besides the run itself and its write plan: small, pure
 * and synchronous. Kept apart from engineBinding so the task pane, which runs `runEngine` and
 * `planWrite` in a Web Worker, does not carry the whole engine in its initial JavaScript.
 */
import { compactLogRows, readEdits } from "../engine/challengeLog";
import { addLogRow, applyCommentaryEdit, logRefsOf, redraftRow } from "../engine/logEdits";
import { freshLogRows } from "../engine/writePlan";
import { decodeSnapshot, encodeSnapshot } from "../engine/formatState";
import type { EngineApi } from "./engineApi";

export const engineHelpers: Omit<EngineApi, "runEngine" | "planWrite"> = {
  encodeSnapshot,
  decodeSnapshot,
  readEdits,
  applyCommentaryEdit,
  redraftRow,
  addLogRow,
  freshLogRows,
  logRefsOf,
  compactLogRows,
};
