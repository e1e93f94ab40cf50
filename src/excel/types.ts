/** Shared types of the Office.js adapter. */
import type { WorkbookSettings } from "../ports/workbookPort";
import { MIRROR_SHEET_NAME } from "../engine/formatState";

/** Runs a batch against a fresh request context; defaults to `Excel.run`. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Persisted workbook settings (Office.context.document.settings in the add-in). */
export interface SettingsStore {
  load(): WorkbookSettings;
  /** Stores the settings in the document and saves them (saveAsync). */
  save(settings: WorkbookSettings): Promise<void>;
}

/** Rows read in the first sync; a larger used range is read on in chunks of CHUNK_ROWS. */
export const FIRST_READ_ROWS = 20_000;
/**
 * The first read on Excel on the web (5 MB a response): 20,000 rows of a typical council table
 * (~300 B a row with number formats) are refused and halved, a round trip lost; 11,000 rows fit
 * with the log's keys and the state (4.6 MB at 50,000 rows after two quarters), and still take a
 * 10,000-row table with its headings in one sync.
 */
export const WEB_FIRST_READ_ROWS = 11_000;

/** The first read's rows for a request limit (finite: Excel on the web). */
export function firstReadRows(requestLimit: number): number {
  return Number.isFinite(requestLimit) ? WEB_FIRST_READ_ROWS : FIRST_READ_ROWS;
}
export const CHUNK_ROWS = 5_000;
/** Target size of one later read's response; narrow sheets then need fewer chunks. */
export const READ_BUDGET_CHARS = 4_000_000;
/** Never halve a chunk below this after payload errors; past it the error goes to the user. */
export const MIN_CHUNK_ROWS = 250;

/** What one adapter operation cost in round trips (benchmarks and tests report it). */
export interface SyncReport {
  syncs: number;
  readSyncs: number;
  rowsRead: number;
}

/** Hidden sheet that mirrors the original formats of the cells a run overwrote (same addresses). */
export const FORMAT_MIRROR_SHEET = MIRROR_SHEET_NAME;
export const SUMMARY_SHEET = "Challenge summary";
export const LOG_SHEET = "Challenge log";
