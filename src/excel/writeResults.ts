/**
 * The write phase of classify: everything queued, then ONE sync (on Excel on the web, one more per
 * ~4 MB of queued text, because the web refuses requests over 5 MB: a Challenge log of more than
 * about 8,000 indicators).
 * Queued actions grow with the number of status colour runs, not with rows: fills use
 * multi-area `getRanges` calls (≤ 500 areas, ≤ 8,000 address characters each).
 */
import type { FormatSnapshot } from "../engine/formatState";
import { STATE_SHEET_NAME } from "../engine/formatState";
import type { PlanValue, WritePlan } from "../engine/plan-types";
import { cellAddress, packAreaAddresses, toColumnRuns } from "./addresses";
import type { ValidationGroup } from "./dataValidation";
import {
  blockOriginals,
  columnBlocks,
  queueEmptyStatusColumn,
  queueMirror,
  queueRestore,
} from "./formatMirror";
import { queueFills } from "./fills";
import { replaceSheet, sheetFor, untracked, WriteBudget, writeMatrix } from "./sheetWrites";
import { writeLogSheet } from "./logSheet";
import type { OwnSheet } from "./ownSheets";
import { FORMAT_MIRROR_SHEET, type SyncReport } from "./types";

export interface WriteInput {
  plan: WritePlan;
  /** Snapshot of an earlier run still in the workbook (restored first, so reruns are idempotent). */
  previous: FormatSnapshot | null;
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

/** Status header and cells as one column of values, header row to last status row. */
function statusColumnRows(plan: WritePlan): { top: number; rows: PlanValue[][] } {
  const top = plan.statusHeader.row;
  const bottom = Math.max(top, ...plan.statusCells.map((c) => c.row));
  const rows: PlanValue[][] = Array.from({ length: bottom - top + 1 }, () => [""]);
  rows[0] = [plan.statusHeader.text];
  for (const cell of plan.statusCells) rows[cell.row - top] = [cell.text];
  return { top, rows };
}

function targetCells(plan: WritePlan): { row: number; col: number }[] {
  const { top, rows } = statusColumnRows(plan);
  const cells = rows.map((_, i) => ({ row: top + i, col: plan.statusColumn }));
  for (const group of plan.fills) cells.push(...group.cells);
  return cells;
}

function queueAreas(
  sheet: Excel.Worksheet,
  cells: { row: number; col: number }[],
  apply: (areas: Excel.RangeAreas) => void
): void {
  for (const address of packAreaAddresses(toColumnRuns(cells)))
    apply(untracked(sheet.getRanges(address)));
}

export async function writeClassification(
  context: Excel.RequestContext,
  input: WriteInput,
  report: SyncReport
): Promise<FormatSnapshot> {
  const { plan, previous } = input;
  const has = (name: string) => input.sheetNames.includes(name);
  const budget = new WriteBudget(context, () => report.syncs++, input.requestLimit);
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const mirror = sheetFor(context, FORMAT_MIRROR_SHEET, has(FORMAT_MIRROR_SHEET));
  mirror.visibility = "VeryHidden";

  // 1. Undo the earlier run's formats first: what is then on the sheet is the analyst's original.
  // A previous run on a sheet since renamed or deleted cannot be undone there; it is dropped.
  if (previous && (previous.sheet === plan.sheet || input.sheetNames.includes(previous.sheet))) {
    const previousSheet =
      previous.sheet === plan.sheet
        ? sheet
        : context.workbook.worksheets.getItemOrNullObject(previous.sheet);
    queueRestore(previousSheet, mirror, previous);
    if (previous.sheet !== plan.sheet) queueEmptyStatusColumn(previousSheet, previous);
  }

  // 2. Mirror the original formats of every column block this run writes to.
  const blocks = columnBlocks(targetCells(plan));
  queueMirror(sheet, mirror, blocks);

  // 3. Status column: one text-safe values write.
  const status = statusColumnRows(plan);
  await writeMatrix(sheet, status.top, plan.statusColumn, status.rows, budget);

  // 4. Fills grouped by colour, as multi-area ranges.
  await queueFills(sheet, plan.fills, budget);

  // 5. Optional data validation on rated value cells.
  const validated = new Set<string>();
  for (const group of input.validations) {
    queueAreas(sheet, group.cells, (areas) => {
      areas.dataValidation.rule = group.rule;
    });
    for (const cell of group.cells) validated.add(cellAddress(cell.row, cell.col));
  }

  // 6. Summary sheet (ours alone: rewritten); the log: only our changed cells (logSheet.ts).
  const { summary, log } = input;
  await replaceSheet(
    context,
    summary.name,
    summary.exists,
    plan.summarySheet.rows,
    budget,
    plan.summarySheet
  );
  const logRows = input.compactLogRows?.(plan.logSheet.rows) ?? plan.logSheet.rows;
  await writeLogSheet(context, log, input.logRows ?? null, logRows, budget, plan.logSheet);

  // 7. State: what Clear needs, kept in the workbook so it survives closing and reopening.
  const sameSheet = previous?.sheet === plan.sheet;
  const snapshot: FormatSnapshot = {
    sheet: plan.sheet,
    statusColumn: plan.statusColumn,
    statusColumnAdded: (sameSheet && previous!.statusColumnAdded) || !input.statusColumnExisted,
    originals: blockOriginals(blocks, validated),
  };
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
