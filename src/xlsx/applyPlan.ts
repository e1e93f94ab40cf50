/**
 * Writes a WritePlan into an ExcelJS workbook (docs/workbook-output.md). An earlier run is undone first, where its
 * cells are now (src/xlsx/restoreState.ts), so what is then on the sheet is the analyst's own; the
 * formats of every cell this run is about to overwrite are recorded in the state sheet, with the
 * markers that find them again after the analyst's edits, and a defined name on the heading.
 */
import type ExcelJS from "exceljs";
import { localAddress } from "../engine/address";
import type { FormatSnapshot } from "../engine/formatState";
import type { WritePlan } from "../engine/plan-types";
import { buildMarkers } from "../engine/stateMarkers";
import type { RunResult, SheetGrid } from "../engine/types";
import { statusColumnConflict } from "../engine/statusConflicts";
import { restoreEarlierRun, WorkbookStateError, type EarlierRun } from "./restoreState";
import { removeMirrorSheet, writeSnapshot, writeStatusAnchor } from "./stateSheet";
import { solidFill, StyleCache } from "./styles";
import { writeOwnSheet } from "./ownSheets";
import { cellAt } from "./cellAt";

/** Text format, so a status typed over later is still text. */
const TEXT_FORMAT = "@";

/** What the plan was made from: the run and the sheet as read, and the earlier run found. */
export interface PlanSource {
  result: RunResult;
  grid: SheetGrid;
  earlier: EarlierRun;
}

/** Cells read between two chances for the page to draw (the preview runs these steps in slices). */
const CELLS_PER_STEP = 2000;

function* recordOriginals(
  ws: ExcelJS.Worksheet,
  plan: WritePlan,
  styles: StyleCache
): Generator<void, Record<string, string>> {
  const originals: Record<string, string> = Object.create(null) as Record<string, string>;
  let read = 0;
  const record = (row: number, col: number): boolean => {
    const address = localAddress(row, col);
    if (!(address in originals)) originals[address] = styles.jsonOf(cellAt(ws, row + 1, col + 1));
    return ++read % CELLS_PER_STEP === 0;
  };
  record(plan.statusHeader.row, plan.statusColumn);
  for (const status of plan.statusCells) if (record(status.row, plan.statusColumn)) yield;
  for (const group of plan.fills)
    for (const { row, col } of group.cells) if (record(row, col)) yield;
  return originals;
}

function isEmpty(cell: ExcelJS.Cell): boolean {
  return cell.value === null || cell.value === undefined || cell.value === "";
}

function* writeStatusColumn(
  ws: ExcelJS.Worksheet,
  plan: WritePlan,
  styles: StyleCache
): Generator<void> {
  let written = 0;
  const header = cellAt(ws, plan.statusHeader.row + 1, plan.statusColumn + 1);
  // Look like the table's own header: the style of the heading to the left, in bold.
  const neighbour =
    plan.statusColumn > 0 ? cellAt(ws, plan.statusHeader.row + 1, plan.statusColumn) : header;
  header.style = styles.derive(neighbour, "header", (s) => ({
    ...s,
    numFmt: TEXT_FORMAT,
    font: { ...(s.font ?? {}), bold: true },
  }));
  header.value = plan.statusHeader.text;
  for (const status of plan.statusCells) {
    const cell = cellAt(ws, status.row + 1, plan.statusColumn + 1);
    cell.style = styles.derive(cell, "text", (s) => ({ ...s, numFmt: TEXT_FORMAT }));
    // A string is stored as text by ExcelJS, never as a formula.
    cell.value = status.text;
    if (++written % CELLS_PER_STEP === 0) yield;
  }
  ws.getColumn(plan.statusColumn + 1).width = plan.statusColumnWidth;
}

export function applyPlan(
  wb: ExcelJS.Workbook,
  plan: WritePlan,
  source: PlanSource
): FormatSnapshot {
  const steps = applyPlanSteps(wb, plan, source);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * applyPlan as steps: each `yield` is a point where a caller may let the page draw (runInSlices).
 * The writes and their order are the same however it is driven.
 */
export function* applyPlanSteps(
  wb: ExcelJS.Workbook,
  plan: WritePlan,
  source: PlanSource
): Generator<void, FormatSnapshot> {
  const ws = wb.getWorksheet(plan.sheet);
  if (!ws) throw new Error(`The sheet ${plan.sheet} is no longer in the workbook.`);
  const { earlier } = source;
  if (earlier.kind === "found" && earlier.snapshot.sheet === plan.sheet) {
    const conflict = statusColumnConflict(
      plan,
      source.grid,
      earlier.located,
      earlier.snapshot.statusColumnAdded
    );
    if (conflict) throw new WorkbookStateError(conflict);
  }
  if (earlier.kind === "found") restoreEarlierRun(wb, earlier.snapshot, earlier.located);
  // The new record keeps styles itself; a mirror left by the add-in in Excel is no longer needed.
  removeMirrorSheet(wb);
  yield;

  // After the restore, what is on the sheet is the analyst's own: record it. From here on no style
  // object is changed in place (cells are given other objects), so one cache serves the write.
  const styles = new StyleCache();
  const statusHeaderCell = cellAt(ws, plan.statusHeader.row + 1, plan.statusColumn + 1);
  const sameColumn =
    earlier.kind === "found" &&
    earlier.snapshot.sheet === plan.sheet &&
    earlier.located.statusColumn === plan.statusColumn;
  const snapshot: FormatSnapshot = {
    sheet: plan.sheet,
    statusColumn: plan.statusColumn,
    // Whether the column was ours is known best by the run that first wrote it.
    statusColumnAdded: sameColumn ? earlier.snapshot.statusColumnAdded : isEmpty(statusHeaderCell),
    originals: yield* recordOriginals(ws, plan, styles),
  };
  yield;
  const markers = buildMarkers(
    plan,
    source.result,
    source.grid,
    ws.getColumn(plan.statusColumn + 1).width ?? null
  );
  if (markers) snapshot.markers = markers;
  yield;
  writeSnapshot(wb, snapshot);
  writeStatusAnchor(wb, plan.sheet, { row: plan.statusHeader.row, col: plan.statusColumn });
  yield;

  yield* writeStatusColumn(ws, plan, styles);
  let written = 0;
  for (const group of plan.fills) {
    for (const { row, col } of group.cells) {
      const cell = cellAt(ws, row + 1, col + 1);
      cell.style = styles.derive(cell, `fill ${group.color}`, (s) => ({
        ...s,
        fill: solidFill(group.color),
      }));
      if (++written % CELLS_PER_STEP === 0) yield;
    }
  }
  writeOwnSheet(wb, plan.summarySheet, "summary");
  yield;
  writeOwnSheet(wb, plan.logSheet, "log");
  return snapshot;
}

/** Runs steps, letting the page draw whenever a slice has taken `budgetMs`. */
export async function runInSlices<T>(steps: Generator<void, T>, budgetMs = 30): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= budgetMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
}
