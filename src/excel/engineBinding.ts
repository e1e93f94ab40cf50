/**
 * The pure engine functions the adapter calls, gathered behind one interface so tests (and a
 * benchmark) can see exactly what the adapter depends on.
 */
import { runEngine } from "../engine/run";
import { planWrite } from "../engine/writePlan";
import { applyCommentaryEdit, compactLogRows, readEdits, redraftRow } from "../engine/challengeLog";
import { decodeSnapshot, encodeSnapshot } from "../engine/formatState";
import type { EngineOptions, RunOutcome, WorkbookGrid } from "../engine/types";
import type {
  ExistingWorkbookState,
  PaletteName,
  PlanValue,
  WritePlan,
} from "../engine/plan-types";
import type { RunResult } from "../engine/types";
import type { FormatSnapshot } from "../engine/formatState";

export interface EngineApi {
  /** May answer asynchronously: the task pane runs these two in a Web Worker (src/worker). */
  runEngine(grid: WorkbookGrid, options: EngineOptions): RunOutcome | Promise<RunOutcome>;
  planWrite(
    result: RunResult,
    existing: ExistingWorkbookState,
    palette: PaletteName
  ): WritePlan | Promise<WritePlan>;
  encodeSnapshot(snapshot: FormatSnapshot): string[][];
  decodeSnapshot(rows: readonly (readonly unknown[])[] | null): FormatSnapshot | null;
  readEdits(logRows: readonly PlanValue[][] | null): Record<string, string>;
  applyCommentaryEdit(logRows: readonly PlanValue[][], ref: string, text: string): PlanValue[][];
  redraftRow(
    logRows: readonly PlanValue[][],
    ref: string,
    knownDraft?: string
  ): { rows: PlanValue[][]; draft: string };
  /** The log as written to Excel: a fingerprint instead of a second copy of an unedited draft. */
  compactLogRows?(logRows: readonly PlanValue[][]): PlanValue[][];
}

export const defaultEngine: EngineApi = {
  runEngine,
  planWrite: (result, existing, palette) => planWrite(result, existing, palette),
  encodeSnapshot,
  decodeSnapshot,
  readEdits,
  applyCommentaryEdit,
  redraftRow,
  compactLogRows,
};
