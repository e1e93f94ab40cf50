/**
 * The task pane's only way to the workbook. The Office.js adapter (src/excel) and the browser
 * preview (src/preview, on ExcelJS) implement it; components never call Office.js directly.
 *
 * Methods reject with an Error whose `message` is written for the user (what happened and what
 * to do); adapters translate host errors (protected sheet, edit mode, payload limits) into that.
 */
import type {
  ColumnKey,
  Finding,
  Polarity,
  Quarter,
  RunFailure,
  RunResult,
  Summary,
  ToleranceMode,
} from "../engine/types";
import type { PaletteName } from "../engine/plan-types";
import type { ColumnPeriodChoice } from "../engine/columnChoices";
import type { TableRescue } from "../engine/tableRescue";
import { DEFAULT_REPORT_NAMES } from "../report/names";
import type { LogCells } from "../report/logCells";
import type { PeriodChoice } from "./periodChoice";

/** What Clear classification did, in words for the user. */
export interface ClearOutcome {
  /** False when there was nothing to clear. */
  cleared: boolean;
  message: string;
}

export interface WorkbookSettings {
  toleranceMode: ToleranceMode;
  palette: PaletteName;
  /** Sheet chosen by the analyst; undefined = detect. */
  sheet?: string;
  columnOverrides?: Partial<Record<ColumnKey, number>>;
  /** Columns set to "Not used" in How the sheet was read (0-based). */
  columnsNotUsed?: number[];
  /** Columns whose period (and kind: figures or target) the analyst named (engine/columnChoices.ts). */
  columnPeriods?: ColumnPeriodChoice[];
  /** Polarity set per indicator (key: ref, else name). */
  polarityOverrides?: Record<string, Polarity>;
  /** Install data validation on rated value cells (off by default). */
  dataValidation: boolean;
  smallCohortThreshold: number;
  /** Who and when the Word report names: "" = not set, a marked placeholder (docs/report.md). */
  providerName: string;
  committeeName: string;
  authorName: string;
  /** `YYYY-MM-DD` or "". */
  reportDate: string;
}

export const DEFAULT_SETTINGS: WorkbookSettings = {
  toleranceMode: "threshold",
  palette: "default",
  dataValidation: false,
  smallCohortThreshold: 10,
  ...DEFAULT_REPORT_NAMES,
};

export type InspectOutcome =
  | { ok: true; sheet: string; quarters: Quarter[]; defaultQuarter: Quarter | null }
  | {
      ok: false;
      message: string;
      findings: Finding[];
      /** A sheet with indicator rows but no period column: its columns, for the analyst to name. */
      rescue?: TableRescue;
    };

export type ClassifyOutcome =
  | {
      ok: true;
      result: RunResult;
      /** Reviewer-edited commentary by ref (kept across reruns); absent ref = the draft stands. */
      edits: Record<string, string>;
      /**
       * The period each edit was written for, by ref, where the workbook records it. An edit of
       * another period is offered in the pane, never shown as this period's text.
       */
      editedFor?: Record<string, string>;
      /**
       * Refs with a row in the Challenge log for this period (docs/workbook-output.md: the concern group, volumetric
       * measures moving against expectation, rows people typed in or added). Absent = unknown.
       */
      logRefs?: string[];
    }
  | { ok: false; message: string; findings: Finding[]; rescue?: TableRescue };

/** A run that could not start, as the pane is told it: the rescue (if any) travels with it. */
export function failureOutcome(failure: RunFailure): {
  ok: false;
  message: string;
  findings: Finding[];
  rescue?: TableRescue;
} {
  const { message, findings, rescue } = failure;
  return rescue ? { ok: false, message, findings, rescue } : { ok: false, message, findings };
}

export interface ProgressStep {
  /** Short phrase for the user: "Reading the sheet", "Writing statuses". */
  label: string;
  /** 0..1 */
  fraction: number;
}

export interface WorkbookPort {
  readonly host: "excel" | "preview";
  /** Finds the table and its quarters without writing anything. */
  inspect(): Promise<InspectOutcome>;
  /** Classifies the quarter (label in any accepted form; default quarter when omitted) and writes the results. */
  classify(
    quarter: string | undefined,
    onProgress?: (step: ProgressStep) => void,
    /** Cancel: the run stops before its first write (src/ports/cancel.ts); later it finishes. */
    signal?: AbortSignal
  ): Promise<ClassifyOutcome>;
  /**
   * Restores every format the classification overwrote and removes the status column it added;
   * resolves to what was restored and kept, or "nothing to clear". Rejects, changing nothing,
   * when the classified cells cannot be found with certainty.
   */
  clear(): Promise<ClearOutcome>;
  /** Selects a cell given as `Sheet!J12` (activates the sheet). */
  selectCell(cell: string): Promise<void>;
  /** Stores a reviewer's edit of one indicator's commentary in the workbook (Challenge log). */
  saveCommentary(ref: string, text: string): Promise<void>;
  /** Drops the reviewer's edit for one indicator; resolves to the draft now in effect. */
  redraft(ref: string): Promise<string>;
  /**
   * Adds the indicator's row (its current draft, the last classified period) to the Challenge log;
   * resolves to false when the log already had it. Optional for hosts that cannot.
   */
  addToChallengeLog?(ref: string): Promise<boolean>;
  /**
   * The Challenge log's rows (header first) as the workbook holds them, with each cell's number
   * format, for the report's appendix; null when there is no log. Optional: a host without it
   * gives a report whose appendix says so.
   */
  readChallengeLog?(): Promise<LogCells | null>;
  /**
   * The summary of another period of the same table, classified with the workbook's settings and
   * nothing written (the report's summary picture sets the previous period beside this one); null
   * when that period cannot be classified. Optional: without it the report has no summary picture.
   */
  summaryOfPeriod?(period: string): Promise<Summary | null>;
  /** False where the host is known to ignore downloads (Excel on Mac, iPad); then the pane offers Copy. */
  canDownload?(): boolean;
  /** The period chosen in the pane's picker; the ribbon's Classify uses it (docs/taskpane-and-preview.md). */
  readonly periodChoice?: PeriodChoice;
  /**
   * Calls `onChange` when the workbook's cells may have new periods (cells changed) or the pane
   * became visible; resolves to the function that stops watching. Optional: a host without it
   * refreshes the periods after its own commands only.
   */
  watchWorkbook?(onChange: () => void): Promise<() => void>;
  getSettings(): Promise<WorkbookSettings>;
  saveSettings(settings: Partial<WorkbookSettings>): Promise<WorkbookSettings>;
}
