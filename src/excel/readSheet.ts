/**
 * The read phase: everything classify needs, in ONE sync for a sheet of up to FIRST_READ_ROWS
 * used rows, then one sync per CHUNK_ROWS rows beyond that (halved and retried when Excel says
 * the payload is too large). Reads: the chosen sheet's used range (values, number formats, value
 * types), the sheet list, the active sheet, and the used ranges of our own log and state sheets.
 */
import type { CellValue, SheetGrid } from "../engine/types";
import type { PlanValue } from "../engine/plan-types";
import { STATE_SHEET_NAME } from "../engine/formatState";
import { syncReadChunk } from "./chunkSync";
import { isPayloadLimitError } from "./errors";
import {
  probeNumberedNames,
  queueOwnSheetProbes,
  resolveOwnSheet,
  type OwnSheet,
} from "./ownSheets";
import {
  CHUNK_ROWS,
  FIRST_READ_ROWS,
  MIN_CHUNK_ROWS,
  READ_BUDGET_CHARS,
  type SyncReport,
} from "./types";
import { queueWidthProbe, type WidthProbe } from "./widthProbe";

export interface WorkbookRead {
  activeSheet: string;
  sheetNames: string[];
  /** The chosen sheet (setting or active sheet); null when it is missing or empty. */
  grid: SheetGrid | null;
  /** The add-in's own log and summary sheets (recognised by content, or the names to add). */
  log: OwnSheet;
  summary: OwnSheet;
  stateRows: unknown[][] | null;
  /** True when no cell of the used range carries data validation (we may add ours and remove it later). */
  noDataValidation: boolean;
  /** The chosen sheet is protected (checked before writing, so a refused run changes nothing). */
  sheetProtected: boolean;
  /** Column widths of the chosen sheet, so Clear can put the status column's back. */
  widthProbe?: WidthProbe;
}

/**
 * Excel's error values. Office.js returns an error cell's value as this text; `valueTypes` would
 * say "Error", but loading it costs ~30 % of the read's response, enough to push a 20,000-row read
 * past Excel on the web's 5 MB. The price: a text cell holding exactly "#N/A" reads as the error.
 */
const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#EXTERNAL!",
]);

/** Office.js gives "" for an empty cell and the error text for an error cell; the engine wants null / {error}. */
function toCellValue(value: unknown): CellValue {
  if (typeof value === "string" && EXCEL_ERRORS.has(value)) return { error: value };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}

function appendRows(grid: SheetGrid, range: Excel.Range): void {
  const values = range.values as unknown[][];
  const formats = range.numberFormat as string[][];
  for (let r = 0; r < values.length; r++) {
    grid.values.push(values[r].map((v) => toCellValue(v)));
    grid.formats!.push(formats[r].map((f) => (f === "General" ? null : f)));
  }
}

function sheetRows(top: number, bottom: number): string {
  return `${top + 1}:${bottom + 1}`;
}

function usedValues(range: Excel.Range): PlanValue[][] | null {
  if (range.isNullObject) return null;
  return (range.values as unknown[][]).map((row) =>
    row.map((v) =>
      v === "" || v === undefined
        ? null
        : typeof v === "number" || typeof v === "string"
          ? v
          : String(v)
    )
  );
}

/**
 * Rows per later chunk: CHUNK_ROWS, or more when the first read shows narrow rows, so that each
 * response stays near READ_BUDGET_CHARS (Excel on the web answers at most 5 MB).
 */
function chunkRowsFor(first: Excel.Range, grid: SheetGrid): number {
  if (first.isNullObject || grid.values.length === 0) return CHUNK_ROWS;
  const sample = grid.values.slice(0, 200);
  // The response carries values and number formats ("General" where the engine sees null).
  const formats = grid.formats!.slice(0, 200).map((row) => row.map((f) => f ?? "General"));
  const perRow = (JSON.stringify(sample).length + JSON.stringify(formats).length) / sample.length;
  return Math.max(CHUNK_ROWS, Math.min(FIRST_READ_ROWS, Math.floor(READ_BUDGET_CHARS / perRow)));
}

/** Reads rows `from..to` of the used range in as few syncs as the payload allows. */
async function readRemainingRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  grid: SheetGrid,
  width: number,
  from: number,
  to: number,
  report: SyncReport,
  firstChunkRows: number
): Promise<void> {
  let size = firstChunkRows;
  let row = from;
  while (row <= to) {
    const last = Math.min(to, row + size - 1);
    // Untracked, and built from the sheet (not the used range of an earlier request), so no range
    // outlives its request and Excel.run needs no clean-up round trip.
    const chunk = sheet.getRangeByIndexes(row, grid.left, last - row + 1, width).untrack();
    chunk.load("values, numberFormat");
    // Deliberate: one sync per chunk keeps each response under the 5 MB limit (bounded, see top).
    const retry = await syncReadChunk(context, report, size);
    if (retry !== null) {
      size = retry;
      continue;
    }
    appendRows(grid, chunk);
    row = last + 1;
  }
}

/** Queues and runs the first read; `sheetName` undefined = the active sheet. */
export async function readWorkbook(
  context: Excel.RequestContext,
  sheetName: string | undefined,
  report: SyncReport,
  firstReadRows = FIRST_READ_ROWS
): Promise<WorkbookRead> {
  let firstRows = firstReadRows;
  for (;;) {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const active = worksheets.getActiveWorksheet();
    active.load("name");
    const sheet = sheetName ? worksheets.getItemOrNullObject(sheetName) : active;
    if (sheet !== active) sheet.load("name");
    const protection = sheet.protection;
    protection.load("protected");
    const used = sheet.getUsedRangeOrNullObject(true).untrack();
    used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    const first = used
      .getIntersectionOrNullObject(sheet.getRange(sheetRows(0, firstRows - 1)).untrack())
      .untrack();
    first.load("values, numberFormat, rowIndex, columnIndex");
    const validation = used.dataValidation.load("type");
    const widthProbe = queueWidthProbe(sheet);
    const ownProbes = queueOwnSheetProbes(context);
    const stateUsed = worksheets
      .getItemOrNullObject(STATE_SHEET_NAME)
      .getUsedRangeOrNullObject(true)
      .untrack();
    stateUsed.load("values");
    try {
      report.syncs++;
      report.readSyncs++;
      // Deliberate: one sync per chunk keeps each response under the 5 MB limit (bounded, see top).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (isPayloadLimitError(error) && firstRows > MIN_CHUNK_ROWS) {
        firstRows = Math.max(MIN_CHUNK_ROWS, Math.floor(firstRows / 2));
        continue;
      }
      throw error;
    }
    const sheetNames = worksheets.items.map((w) => w.name);
    if (probeNumberedNames(context, ownProbes, sheetNames)) {
      // A rerun: the log's header row (its body is read later, in chunks: logSheet.ts); rarely,
      // an analyst's own "Challenge log" is in the way and "(2)" … are looked at too.
      report.syncs++;
      report.readSyncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    const read: WorkbookRead = {
      activeSheet: active.name,
      sheetNames,
      grid: null,
      log: resolveOwnSheet("log", ownProbes, sheetNames),
      summary: resolveOwnSheet("summary", ownProbes, sheetNames),
      stateRows: usedValues(stateUsed),
      noDataValidation: used.isNullObject || validation.type === "None",
      sheetProtected: !sheet.isNullObject && protection.protected,
      widthProbe,
    };
    if (sheet.isNullObject || used.isNullObject) return read;
    const grid: SheetGrid = {
      name: sheet.name,
      top: used.rowIndex,
      left: used.columnIndex,
      values: [],
      formats: [],
    };
    const bottom = used.rowIndex + used.rowCount - 1;
    let next = used.rowIndex;
    if (!first.isNullObject) {
      appendRows(grid, first);
      next = first.rowIndex + (first.values as unknown[][]).length;
    }
    report.rowsRead = used.rowCount;
    await readRemainingRows(
      context,
      sheet,
      grid,
      used.columnCount,
      next,
      bottom,
      report,
      chunkRowsFor(first, grid)
    );
    read.grid = grid;
    return read;
  }
}
