/**
 * The write phase of classify: everything queued, then ONE sync (on Excel on the web, one more per
 * ~4 MB of queued text, because the web refuses requests over 5 MB: a Challenge log of more than
 * about 8,000 indicators).
 * Queued actions grow with the cells whose colour differs from their run's main colour (fills.ts:
 * multi-area `getRanges` calls, ≤ 500 areas, ≤ 8,000 address characters each), not with rows.
 */
import type { FormatSnapshot } from "../engine/formatState";
import { STATE_SHEET_NAME } from "../engine/formatState";
import type { PlanValue, WritePlan } from "../engine/plan-types";
import { buildMarkers } from "../engine/stateMarkers";
import type { RunResult, SheetGrid } from "../engine/types";
import type { EarlierRun } from "./earlierRun";
import { cellAddress, packAreaAddresses, toColumnRuns } from "./addresses";
import type { ValidationGroup } from "./dataValidation";
import {
  ADDRESS_ACTION_CHARS,
  blockOriginals,
  columnBlocks,
  POINTS_PER_CHARACTER,
  queueMirror,
  queueRestoreLocated,
} from "./formatMirror";
import { queueFills } from "./fills";
import { replaceSheet, sheetFor, untracked, WriteBudget } from "./sheetWrites";
import { writeStatusRun } from "./statusWrites";
import { writeLogSheet } from "./logSheet";
import { queueSummaryChart } from "./summaryChart";
import type { OwnSheet } from "./ownSheets";
import { FORMAT_MIRROR_SHEET, type SyncReport } from "./types";

export interface WriteInput {
  plan: WritePlan;
  /** The run and the sheet as read: the state's markers are taken from them. */
  result: RunResult;
  grid: SheetGrid;
  /** The earlier run, found where the analyst's edits moved it (restored first: reruns are idempotent). */
  earlier: EarlierRun;
  /** Width of the status column before this run, in characters (null: not known, the standard width). */
  statusWidthBefore: number | null;
  sheetNames: readonly string[];
  /** Where the Challenge log and summary go (ours from an earlier run, or a free name). */
  log: OwnSheet;
  /** The log as read (our columns, keyed by sheet row): only changed cells are written back. */
  logRows?: PlanValue[][] | null;
  summary: OwnSheet;
  /** The status column existed before this run (engine found `Status Q…`). */
  statusColumnExisted: boolean;
  validations: ValidationGroup[];
  encodeSnapshot(snapshot: FormatSnapshot): string[][];
  /** Most characters one write batch may carry (see ClassifyOptions.requestLimit). */
  requestLimit: number;
  /** Fingerprints instead of second copies of unedited drafts (EngineApi.compactLogRows). */
  compactLogRows?: (rows: readonly PlanValue[][]) => PlanValue[][];
}

/**
 * Status header and cells as runs of consecutive rows: only the cells the run writes, so a
 * section row in between keeps its own format and every written cell is found again by its ref.
 */
function statusColumnRuns(plan: WritePlan): { top: number; rows: PlanValue[][] }[] {
  const texts = new Map<number, string>([[plan.statusHeader.row, plan.statusHeader.text]]);
  for (const cell of plan.statusCells) texts.set(cell.row, cell.text);
  const runs: { top: number; rows: PlanValue[][] }[] = [];
  for (const row of [...texts.keys()].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.top + last.rows.length === row) last.rows.push([texts.get(row) ?? ""]);
    else runs.push({ top: row, rows: [[texts.get(row) ?? ""]] });
  }
  return runs;
}

function targetCells(plan: WritePlan): { row: number; col: number }[] {
  const cells = statusColumnRuns(plan).flatMap((run) =>
    run.rows.map((_, i) => ({ row: run.top + i, col: plan.statusColumn }))
  );
  for (const group of plan.fills) cells.push(...group.cells);
  return cells;
}

async function queueAreas(
  sheet: Excel.Worksheet,
  cells: { row: number; col: number }[],
  budget: WriteBudget,
  apply: (areas: Excel.RangeAreas) => void
): Promise<void> {
  for (const address of packAreaAddresses(toColumnRuns(cells))) {
    await budget.spend(address.length + ADDRESS_ACTION_CHARS);
    apply(untracked(sheet.getRanges(address)));
  }
}

export async function writeClassification(
  context: Excel.RequestContext,
  input: WriteInput,
  report: SyncReport
): Promise<FormatSnapshot> {
  const { plan, earlier } = input;
  const has = (name: string) => input.sheetNames.includes(name);
  const budget = new WriteBudget(context, () => report.syncs++, input.requestLimit);
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const mirror = sheetFor(context, FORMAT_MIRROR_SHEET, has(FORMAT_MIRROR_SHEET));
  mirror.visibility = "VeryHidden";

  // 1. Undo the earlier run where its cells are now: what is then on the sheet is the analyst's.
  // An earlier run on a sheet since deleted went with it (findEarlierRun refuses a renamed one).
  if (earlier.kind === "found") {
    const previousSheet =
      earlier.snapshot.sheet === plan.sheet
        ? sheet
        : context.workbook.worksheets.getItem(earlier.snapshot.sheet);
    await budget.spend(queueRestoreLocated(previousSheet, earlier.snapshot, earlier.located));
  }

  // 2. Mirror the original formats of every column block this run writes to.
  const blocks = columnBlocks(targetCells(plan));
  await budget.spend(queueMirror(plan.sheet, mirror, blocks));

  // 3. Status column: text-safe labels per run of rows (statusWrites.ts), a width that fits them.
  for (const run of statusColumnRuns(plan)) {
    const labels = run.rows.map(([label]) => String(label ?? ""));
    await writeStatusRun(sheet, run.top, plan.statusColumn, labels, budget);
  }
  untracked(sheet.getRangeByIndexes(0, plan.statusColumn, 1, 1)).format.columnWidth =
    plan.statusColumnWidth * POINTS_PER_CHARACTER;

  // 4. Fills grouped by colour, as multi-area ranges.
  await queueFills(sheet, plan.fills, budget);

  // 5. Optional data validation on rated value cells.
  const validated = new Set<string>();
  for (const group of input.validations) {
    await queueAreas(sheet, group.cells, budget, (areas) => {
      areas.dataValidation.rule = group.rule;
    });
    for (const cell of group.cells) validated.add(cellAddress(cell.row, cell.col));
  }

  // 6. Summary sheet (ours alone: rewritten) and its chart; the log: only our changed cells.
  // The summary's stacked-bar chart goes in the same batch (summaryChart.ts): no sync of its own.
  const { summary, log } = input;
  const summarySheet = await replaceSheet(
    context,
    summary.name,
    summary.exists,
    plan.summarySheet.rows,
    budget,
    plan.summarySheet
  );
  queueSummaryChart(summarySheet, input.result, summary.hasChart === true);
  const logRows = input.compactLogRows?.(plan.logSheet.rows) ?? plan.logSheet.rows;
  await writeLogSheet(context, log, input.logRows ?? null, logRows, budget, plan.logSheet);

  // 7. State: what Clear needs, kept in the workbook so it survives closing and reopening.
  const sameColumn =
    earlier.kind === "found" &&
    earlier.snapshot.sheet === plan.sheet &&
    earlier.located.statusColumn === plan.statusColumn;
  const snapshot: FormatSnapshot = {
    sheet: plan.sheet,
    statusColumn: plan.statusColumn,
    statusColumnAdded:
      (sameColumn && earlier.snapshot.statusColumnAdded) || !input.statusColumnExisted,
    originals: blockOriginals(blocks, validated),
  };
  // The width before the FIRST run: on a rerun of the same column the earlier record holds it.
  const widthBefore = sameColumn ? earlier.located.statusWidth : input.statusWidthBefore;
  const markers = buildMarkers(plan, input.result, input.grid, widthBefore);
  if (markers) snapshot.markers = markers;
  const state = await replaceSheet(
    context,
    STATE_SHEET_NAME,
    has(STATE_SHEET_NAME),
    input.encodeSnapshot(snapshot),
    budget
  );
  state.visibility = "VeryHidden";

  report.syncs++;
  await context.sync();
  return snapshot;
}
