/**
 * The pure engine functions the Office.js adapter depends on, as one interface: tests and the
 * benchmark see exactly what the adapter needs, and the pane can supply some from a Web Worker.
 */
import type { EditTarget, FreshLogRow } from "../engine/logEdits";
import type { EngineOptions, RunOutcome, RunResult, WorkbookGrid } from "../engine/types";
import type {
  ExistingWorkbookState,
  PaletteName,
  PlanValue,
  WritePlan,
} from "../engine/plan-types";
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
