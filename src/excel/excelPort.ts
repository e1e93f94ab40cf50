/**
 * createExcelPort: the WorkbookPort the task pane and the ribbon commands use inside Excel.
 * Every method runs in its own Excel.run batch and rejects with a UserFacingError (what
 * happened, what to do) — host errors are translated, never swallowed.
 */
import type {
  ClassifyOutcome,
  InspectOutcome,
  ProgressStep,
  WorkbookPort,
  WorkbookSettings,
} from "../ports/workbookPort";
import { clearInContext } from "./clear";
import { readAndRun } from "./readAndRun";
import { failureOutcome } from "../ports/workbookPort";
/** The log's edits and cell selection, loaded on first use (the pane's initial bundle budget). */
const commentaryEdits = () => import(/* webpackChunkName: "log-edits" */ "./commentaryEdits");
import type { FreshLogRow } from "../engine/logEdits";
import type { EngineApi } from "./engineApi";
import { assertApiSupported, translateExcelError, UserFacingError } from "./errors";
import { hostAllowsDownloads, readLogCellsInContext } from "./logRows";
import { officeSettingsStore, sanitiseSettings } from "./settingsStore";
import type { ExcelRun, SettingsStore, SyncReport } from "./types";
import { createPeriodChoice } from "../ports/periodChoice";
import { watchExcelWorkbook } from "./workbookWatch";

export interface ExcelPortDeps {
  run?: ExcelRun;
  settings?: SettingsStore;
  /** The engine (src/excel/engineBinding's defaultEngine, or the pane's worker-backed one): required,
   * so the pane's initial bundle need not carry the engine it runs in a Web Worker. */
  engine: EngineApi;
  /** Office.context.requirements.isSetSupported; checked before anything touches the workbook. */
  isSetSupported?: (name: string, version: string) => boolean;
}

function defaultIsSetSupported(): ((name: string, version: string) => boolean) | undefined {
  if (typeof Office === "undefined" || !Office.context?.requirements) return undefined;
  return (name, version) => Office.context.requirements.isSetSupported(name, version);
}

export function createExcelPort(deps: ExcelPortDeps): WorkbookPort {
  const run: ExcelRun = deps.run ?? ((batch) => Excel.run(batch));
  const engine = deps.engine;
  let store: SettingsStore | undefined = deps.settings;
  const settingsStore = (): SettingsStore => (store ??= officeSettingsStore());
  const isSetSupported = deps.isSetSupported ?? defaultIsSetSupported();
  // The last classify's log rows by ref: edits belong to its period, Redraft needs the draft text
  // when the log holds only a fingerprint, and Add to challenge log adds the row it computed.
  let lastPeriod: string | undefined;
  let lastRows = new Map<string, FreshLogRow>();

  /** Runs one batch; any failure reaches the caller as a message written for the user. */
  async function guarded<T>(
    action: string,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T> {
    try {
      assertApiSupported(isSetSupported);
      return await run(batch);
    } catch (error) {
      throw translateExcelError(error, action);
    }
  }

  return {
    host: "excel",
    periodChoice: createPeriodChoice(),
    watchWorkbook: (onChange) =>
      watchExcelWorkbook(onChange, { run: deps.run, isSetSupported: deps.isSetSupported }),

    inspect: () =>
      guarded("reading the workbook", async (context): Promise<InspectOutcome> => {
        const report: SyncReport = { syncs: 0, readSyncs: 0, rowsRead: 0 };
        const { outcome } = await readAndRun(
          context,
          settingsStore().load(),
          undefined,
          engine,
          report
        );
        if (!outcome.ok) return failureOutcome(outcome.failure);
        const { sheet, quarters, quarter } = outcome.result;
        return { ok: true, sheet, quarters, defaultQuarter: quarter };
      }),

    classify: (
      quarter: string | undefined,
      onProgress?: (step: ProgressStep) => void,
      signal?: AbortSignal
    ) =>
      guarded("classifying", async (context): Promise<ClassifyOutcome> => {
        // Loaded on first use: the pane's initial bundle stays within its 150 KB budget.
        const { classifyInContext } = await import(/* webpackChunkName: "classify" */ "./classify");
        const { outcome } = await classifyInContext(context, {
          quarter,
          settings: settingsStore().load(),
          onProgress,
          signal,
          engine,
        });
        if (outcome.ok) {
          lastPeriod = outcome.result.quarter.label;
          lastRows = new Map();
          for (const row of engine.freshLogRows(outcome.result))
            if (!lastRows.has(row.ref)) lastRows.set(row.ref, row);
        }
        return outcome;
      }),

    clear: () =>
      guarded("clearing the classification", async (context) => {
        const { cleared, message } = await clearInContext(context, engine.decodeSnapshot);
        return { cleared, message };
      }),

    selectCell: (cell: string) =>
      guarded("selecting the cell", async (context) =>
        (await commentaryEdits()).selectCellInContext(context, cell)
      ),

    saveCommentary: (ref: string, text: string) =>
      guarded("saving the commentary", async (context) =>
        (await commentaryEdits()).saveCommentaryInContext(
          context,
          ref,
          text,
          engine.applyCommentaryEdit,
          {
            period: lastPeriod,
            fresh: lastRows.get(ref),
          }
        )
      ),

    redraft: (ref: string) =>
      guarded("redrafting the commentary", async (context) =>
        (await commentaryEdits()).redraftInContext(
          context,
          ref,
          engine.redraftRow,
          lastRows.get(ref)?.draft,
          lastPeriod
        )
      ),

    addToChallengeLog: (ref: string) =>
      guarded("adding to the Challenge log", async (context) => {
        const fresh = lastRows.get(ref);
        if (!fresh)
          throw new UserFacingError(
            `${ref} is not in the last classification. Classify the quarter again, then add it.`,
            "NotClassified"
          );
        return (await commentaryEdits()).addToLogInContext(context, fresh, engine.addLogRow);
      }),

    readChallengeLog: () =>
      guarded("reading the Challenge log", (context) => readLogCellsInContext(context)),

    summaryOfPeriod: (period: string) =>
      guarded("reading the previous period", async (context) => {
        const report: SyncReport = { syncs: 0, readSyncs: 0, rowsRead: 0 };
        const { outcome } = await readAndRun(
          context,
          settingsStore().load(),
          period,
          engine,
          report
        );
        return outcome.ok ? outcome.result.summary : null;
      }),

    canDownload: hostAllowsDownloads,

    getSettings: async () => settingsStore().load(),

    saveSettings: async (partial: Partial<WorkbookSettings>) => {
      const next = sanitiseSettings({ ...settingsStore().load(), ...partial });
      await settingsStore().save(next);
      return next;
    },
  };
}
