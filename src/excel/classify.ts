/**
 * classifyInContext: the whole "Classify quarter" against one Excel request context.
 *
 * SYNC COUNT per classify (measured in tests/excel with the fake Excel and by the bench on the
 * real runtime; docs/excel-adapter.md, docs/performance.md "Office.js (session 3)"):
 *   - the first read takes 20,000 rows on desktop, 11,000 on Excel on the web (5 MB a response),
 *     with the sheet list, the state, and the Challenge log's header, Ref and Period columns;
 *   - beyond that: one read per chunk (≥ 5,000 rows, sized to ~4 MB) + the write(s): web
 *     measured 2 / 4 / 8 syncs at 10,000 / 20,000 / 50,000 rows;
 *   - the log's other columns are read only for the rows of the period classified (logKeys.ts):
 *     none on the first run of a new quarter; on a rerun, those rows in ~4 MB chunks;
 *   - plus one sync per halving after a payload-limit error, and, on Excel on the web only, one
 *     write sync per ~4 MB of queued text (a Challenge log of more than ~7,000 indicators);
 *   - no clean-up sync: every range is untracked as it is made.
 *   - rare path: when no sheet is set and the active sheet holds no table, each other sheet
 *     read costs its own read sync(s) until one holds a table.
 */
import type { ClassifyOutcome, ProgressStep, WorkbookSettings } from "../ports/workbookPort";
import { DEFAULT_SETTINGS, failureOutcome } from "../ports/workbookPort";
import { validationGroups } from "./dataValidation";
import { protectedSheetError, UserFacingError } from "./errors";
import { writeProblem } from "../engine/writePlan";
import { statusColumnConflict } from "../engine/statusConflicts";
import { defaultEngine, type EngineApi } from "./engineBinding";
import { CANCELLED_MESSAGE } from "../ports/cancel";
import { readLogBody } from "./logKeys";
import { readWorkbook } from "./readSheet";
import { firstReadRows, type SyncReport } from "./types";
import { findEarlierRun } from "./earlierRun";
import { writeClassification } from "./writeResults";
import { readAndRun } from "./readAndRun";
import { defaultRequestLimit } from "./requestLimit";
import { locateEarlierRun } from "../engine/stateLocate";
import { probedWidth } from "./widthProbe";

export { readAndRun } from "./readAndRun";
export { defaultRequestLimit } from "./requestLimit";

export interface ClassifyOptions {
  /** Quarter label in any accepted form; default quarter when omitted. */
  quarter?: string;
  settings?: Partial<WorkbookSettings>;
  onProgress?: (step: ProgressStep) => void;
  /** Cancel: honoured up to the first write (src/ports/cancel.ts). */
  signal?: AbortSignal;
  engine?: EngineApi;
  /**
   * Most characters one write batch may carry. Default: 4,000,000 on Excel on the web and unknown
   * hosts (the web refuses requests over 5 MB), unlimited on Windows and Mac desktop.
   */
  requestLimit?: number;
}

export interface ClassifyRun {
  outcome: ClassifyOutcome;
  report: SyncReport;
}

export async function classifyInContext(
  context: Excel.RequestContext,
  options: ClassifyOptions = {}
): Promise<ClassifyRun> {
  const settings: WorkbookSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const engine = options.engine ?? defaultEngine;
  const progress = options.onProgress ?? (() => undefined);
  const report: SyncReport = { syncs: 0, readSyncs: 0, rowsRead: 0 };
  const requestLimit = options.requestLimit ?? defaultRequestLimit();
  const firstRows = firstReadRows(requestLimit);

  progress({ label: "Reading the sheet", fraction: 0.1 });
  const { read, outcome } = await readAndRun(
    context,
    settings,
    options.quarter,
    engine,
    report,
    firstRows
  );
  if (!outcome.ok) {
    return {
      outcome: failureOutcome(outcome.failure),
      report,
    };
  }
  const result = outcome.result;
  if (read.sheetProtected) throw protectedSheetError("classifying", result.sheet);
  const problem = writeProblem(result);
  if (problem) throw new UserFacingError(problem, "InvalidArgument");
  // Before anything is written: an earlier run that cannot be found with certainty stops here.
  const earlier = await findEarlierRun(
    {
      stateRows: read.stateRows,
      sheetNames: read.sheetNames,
      decode: engine.decodeSnapshot,
      readSheet: async (name) =>
        name === read.grid?.name
          ? read.grid
          : (await readWorkbook(context, name, report, firstRows)).grid,
      locate: locateEarlierRun,
    },
    read.grid
  );

  progress({ label: "Classifying", fraction: 0.5 });
  // The log's rows this period may change, our columns only, in budgeted chunks (logKeys.ts).
  const logRows = await readLogBody(context, read.log, report, result.quarter.label);
  const plan = await engine.planWrite(result, { logRows }, settings.palette);
  const validations =
    settings.dataValidation && read.noDataValidation && read.grid
      ? validationGroups(result, read.grid)
      : [];

  if (earlier.kind === "found" && earlier.snapshot.sheet === plan.sheet && read.grid) {
    const conflict = statusColumnConflict(
      plan,
      read.grid,
      earlier.located,
      earlier.snapshot.statusColumnAdded
    );
    if (conflict) throw new UserFacingError(conflict, "StateNotCertain");
  }

  if (options.signal?.aborted) throw new UserFacingError(CANCELLED_MESSAGE, "Cancelled");
  progress({ label: "Writing statuses", fraction: 0.7 });
  await writeClassification(
    context,
    {
      plan,
      result,
      grid: read.grid ?? { name: result.sheet, top: 0, left: 0, values: [] },
      earlier,
      statusWidthBefore: probedWidth(read.widthProbe, plan.statusColumn),
      sheetNames: read.sheetNames,
      log: read.log,
      logRows,
      summary: read.summary,
      statusColumnExisted: result.layout.existingStatusColumn !== null,
      validations,
      encodeSnapshot: engine.encodeSnapshot,
      compactLogRows: engine.compactLogRows,
      requestLimit,
    },
    report
  );
  progress({ label: "Done", fraction: 1 });
  const period = result.quarter.label;
  return {
    outcome: {
      ok: true,
      result,
      edits: engine.readEdits(plan.logSheet.rows, period),
      logRefs: engine.logRefsOf(plan.logSheet.rows, period),
    },
    report,
  };
}
