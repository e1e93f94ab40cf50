/**
 * The WorkbookPort of the browser preview: the same task pane, working on an in-memory ExcelJS
 * workbook through the xlsx adapter. ExcelJS and the engine are loaded on first use (dynamic
 * import), so they stay out of the page's initial bundle.
 *
 * Settings live with the open workbook, and are kept in localStorage under a fingerprint of its
 * content (storedSettings.ts) so reopening the file finds them, as Excel keeps them in the
 * document; a workbook opened for the first time starts from the defaults, and the "opened"
 * event says when saved settings were applied, so the page can show it. selectCell is
 * reported to the sheet view through `subscribe`, standing in for Excel's selection.
 */
import type { Workbook } from "exceljs";
import type { FreshLogRow } from "../engine/logEdits";
import type { RunResult } from "../engine/types";
import {
  DEFAULT_SETTINGS,
  type ClassifyOutcome,
  type InspectOutcome,
  type ProgressStep,
  type WorkbookPort,
  type WorkbookSettings,
} from "../ports/workbookPort";
import { failureOutcome } from "../ports/workbookPort";
import { parseCellReference } from "./sheetModel";
import { createEngineClient } from "../worker/engineClient";
import { loadStoredSettings, storeSettings, workbookFingerprint } from "./storedSettings";
import { choicesAsOptions } from "../ports/analystChoices";
import { sanitiseSettings } from "../ports/settings";

export type PreviewEvent =
  | { type: "opened"; fileName: string; settingsRestored: boolean }
  | { type: "changed" }
  /** A classification was written: its sheet and the quarter's and status columns (0-based). */
  | { type: "classified"; sheet: string; cols: number[] }
  | { type: "select"; sheet: string; row: number; col: number };

export interface PreviewPort extends WorkbookPort {
  /** Replaces the workbook with the bytes of an .xlsx file. Rejects with a readable message. */
  open(bytes: ArrayBuffer, fileName: string): Promise<void>;
  /** The workbook as .xlsx bytes, classification included. */
  save(): Promise<Uint8Array>;
  workbook(): Workbook | null;
  fileName(): string;
  subscribe(listener: (event: PreviewEvent) => void): () => void;
}

type XlsxModule = typeof import("../xlsx");

let modules: Promise<[XlsxModule]> | null = null;
function loadModules(): Promise<[XlsxModule]> {
  modules ??= Promise.all([import(/* webpackChunkName: "xlsx" */ "../xlsx")]);
  return modules;
}

/** Lets React paint the progress bar between steps of a synchronous run. */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The one settings rule every store shares (src/ports/settings.ts). */
const sanitise = (settings: WorkbookSettings): WorkbookSettings => sanitiseSettings(settings);

/** The last classification's period and its log rows by ref (worked out on first use: at 20,000
 * rows that takes tens of milliseconds the page need not spend before showing the summary). */
interface LastRun {
  period: string;
  fresh: { get(ref: string): FreshLogRow | undefined };
}

function lastRunOf(result: RunResult, rowsOf: (result: RunResult) => FreshLogRow[]): LastRun {
  let byRef: Map<string, FreshLogRow> | undefined;
  const index = (): Map<string, FreshLogRow> => {
    if (byRef) return byRef;
    byRef = new Map();
    for (const row of rowsOf(result)) if (!byRef.has(row.ref)) byRef.set(row.ref, row);
    return byRef;
  };
  return { period: result.quarter.label, fresh: { get: (ref) => index().get(ref) } };
}

export function createPreviewPort(): PreviewPort {
  let workbook: Workbook | null = null;
  let name = "";
  // The settings' key: the fingerprint of the workbook as opened, or as last downloaded.
  let key = "";
  let settings: WorkbookSettings = { ...DEFAULT_SETTINGS };
  // The last classify's log rows by ref: edits and Add to challenge log belong to its period.
  let lastRun: LastRun | null = null;
  const listeners = new Set<(event: PreviewEvent) => void>();
  const emit = (event: PreviewEvent): void => listeners.forEach((listener) => listener(event));
  // Read (ExcelJS, here) -> engine (Web Worker) -> write (ExcelJS, here).
  const engine = createEngineClient();

  function requireWorkbook(): Workbook {
    if (!workbook)
      throw new Error("No workbook is open. Use “Open workbook…” to choose an .xlsx file.");
    return workbook;
  }

  function engineOptions(quarter?: string) {
    return {
      quarter,
      sheet: settings.sheet,
      toleranceMode: settings.toleranceMode,
      smallCohortThreshold: settings.smallCohortThreshold,
      ...choicesAsOptions(settings),
    };
  }

  return {
    host: "preview",

    async open(bytes, fileName) {
      const [xlsx] = await loadModules();
      try {
        workbook = await xlsx.loadWorkbook(bytes);
      } catch {
        throw new Error(
          `“${fileName}” could not be read as an Excel workbook (.xlsx). Check the file and try again.`
        );
      }
      name = fileName;
      key = await workbookFingerprint(bytes);
      const stored = loadStoredSettings(key) as Partial<WorkbookSettings> | null;
      settings = sanitise({ ...DEFAULT_SETTINGS, ...stored });
      lastRun = null;
      emit({ type: "opened", fileName, settingsRestored: stored !== null });
    },

    async save() {
      const [xlsx] = await loadModules();
      const bytes = await xlsx.workbookToBytes(requireWorkbook());
      // The downloaded file is this workbook now: it reopens with the same settings.
      const saved = await workbookFingerprint(bytes);
      if (saved !== "") {
        key = saved;
        storeSettings(key, settings);
      }
      return bytes;
    },

    workbook: () => workbook,
    fileName: () => name,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async inspect(): Promise<InspectOutcome> {
      const [xlsx] = await loadModules();
      const outcome = await engine.runEngine(
        xlsx.readWorkbookGrid(requireWorkbook()),
        engineOptions()
      );
      if (!outcome.ok) return failureOutcome(outcome.failure);
      const { sheet, quarters, quarter } = outcome.result;
      return { ok: true, sheet, quarters, defaultQuarter: quarter };
    },

    async classify(
      quarter,
      onProgress?: (step: ProgressStep) => void,
      signal?: AbortSignal
    ): Promise<ClassifyOutcome> {
      onProgress?.({ label: "Loading the workbook tools", fraction: 0.05 });
      const [xlsx] = await loadModules();
      const wb = requireWorkbook();
      await nextFrame();
      // Read and write in slices here, the engine in a Web Worker: the page keeps drawing.
      // Data validation is an Excel-only setting; the preview never installs it.
      const outcome = await xlsx.classifyInSlices(
        wb,
        { ...engineOptions(quarter), palette: settings.palette },
        engine,
        (label, fraction) => onProgress?.({ label, fraction }),
        signal
      );
      if (!outcome.ok || !outcome.plan) {
        emit({ type: "changed" });
        if (outcome.ok) throw new Error("The classification could not be written.");
        return failureOutcome(outcome.failure);
      }
      const { plan } = outcome;
      emit({ type: "changed" });
      const quarterCell = outcome.result.classifications.find((c) => c.cell.includes("!"))?.cell;
      const quarterCol = quarterCell ? parseCellReference(quarterCell)?.col : undefined;
      emit({
        type: "classified",
        sheet: outcome.result.sheet,
        cols: [plan.statusColumn, ...(quarterCol === undefined ? [] : [quarterCol])],
      });
      onProgress?.({ label: "Done", fraction: 1 });
      // The sheet view redraws in this task; the pane draws the result in the next.
      await nextFrame();
      lastRun = lastRunOf(outcome.result, xlsx.freshLogRows);
      return {
        ok: true,
        result: outcome.result,
        edits: outcome.edits,
        logRefs: outcome.logRefs,
      };
    },

    async clear() {
      const [xlsx] = await loadModules();
      const outcome = xlsx.clearWorkbook(requireWorkbook());
      emit({ type: "changed" });
      return outcome;
    },

    async selectCell(cell) {
      const target = parseCellReference(cell);
      const wb = requireWorkbook();
      if (!target || !wb.getWorksheet(target.sheet))
        throw new Error(`The cell ${cell} could not be found in this workbook.`);
      emit({ type: "select", ...target });
    },

    async saveCommentary(ref, text) {
      const [xlsx] = await loadModules();
      xlsx.saveCommentary(requireWorkbook(), ref, text, {
        period: lastRun?.period,
        fresh: lastRun?.fresh.get(ref),
      });
      emit({ type: "changed" });
    },

    async redraft(ref) {
      const [xlsx] = await loadModules();
      const draft = xlsx.redraftCommentary(requireWorkbook(), ref, {
        period: lastRun?.period,
        knownDraft: lastRun?.fresh.get(ref)?.draft,
      });
      emit({ type: "changed" });
      return draft;
    },

    async addToChallengeLog(ref) {
      const [xlsx] = await loadModules();
      const fresh = lastRun?.fresh.get(ref);
      if (!fresh)
        throw new Error(`${ref} is not in the last classification. Classify the quarter again.`);
      const added = xlsx.addToChallengeLog(requireWorkbook(), fresh);
      emit({ type: "changed" });
      return added;
    },

    async readChallengeLog() {
      const [xlsx] = await loadModules();
      return xlsx.readLogCells(requireWorkbook());
    },

    async summaryOfPeriod(period) {
      const [xlsx] = await loadModules();
      const outcome = await engine.runEngine(
        xlsx.readWorkbookGrid(requireWorkbook()),
        engineOptions(period)
      );
      return outcome.ok ? outcome.result.summary : null;
    },

    canDownload: () => true,

    async getSettings() {
      return { ...settings };
    },

    async saveSettings(partial) {
      settings = sanitise({ ...settings, ...partial });
      storeSettings(key, settings);
      return { ...settings };
    },
  };
}
