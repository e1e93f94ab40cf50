/**
 * The pure engine functions the adapter calls, gathered behind one interface so tests (and a
 * benchmark) can see exactly what the adapter depends on.
 */
import { runEngine } from "../engine/run";
import { planWrite } from "../engine/writePlan";
import { engineHelpers } from "./engineHelpers";
import type { EditTarget, FreshLogRow } from "../engine/logEdits";
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
  readEdits(logRows: readonly PlanValue[][] | null, period?: string): Record<string, string>;
  applyCommentaryEdit(
    logRows: readonly PlanValue[][],
    ref: string,
    text: string,
    target?: EditTarget
  ): PlanValue[][];
  redraftRow(
    logRows: readonly PlanValue[][],
    ref: string,
    knownDraft?: string,
    period?: string
  ): { rows: PlanValue[][]; draft: string };
  addLogRow(
    logRows: readonly PlanValue[][] | null,
    fresh: FreshLogRow
  ): { rows: PlanValue[][]; added: boolean };
  /** Each indicator's log row for the run's period, listed or not (RunResult order). */
  freshLogRows(result: RunResult): FreshLogRow[];
  logRefsOf(logRows: readonly PlanValue[][] | null, period: string): string[];
  /** The log as written to Excel: a fingerprint instead of a second copy of an unedited draft. */
  compactLogRows?(logRows: readonly PlanValue[][]): PlanValue[][];
}

export const defaultEngine: EngineApi = {
  ...engineHelpers,
  runEngine,
  planWrite: (result, existing, palette) => planWrite(result, existing, palette),
};
