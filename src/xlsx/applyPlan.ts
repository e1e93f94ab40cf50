/**
 * Writes a WritePlan into an ExcelJS workbook (SPEC 8). Formats of every cell it is about to
 * overwrite are recorded in the state sheet first, merged with an earlier run's snapshot; an
 * earlier run's fills are put back before the new ones go on, so a rerun equals one run.
 */
import type ExcelJS from "exceljs";
import { localAddress } from "../engine/address";
import { mergeSnapshots, type FormatSnapshot } from "../engine/formatState";
import type { WritePlan } from "../engine/plan-types";
import { readSnapshot, restoreSnapshot, writeSnapshot } from "./stateSheet";
import { solidFill, StyleCache, styleJson } from "./styles";
import { writeOwnSheet } from "./ownSheets";

/** Text format, so a status typed over later is still text. */
const TEXT_FORMAT = "@";

function cellsToTouch(plan: WritePlan): { row: number; col: number }[] {
  return [
    { row: plan.statusHeader.row, col: plan.statusColumn },
    ...plan.statusCells.map((s) => ({ row: s.row, col: plan.statusColumn })),
    ...plan.fills.flatMap((group) => group.cells),
  ];
}

function recordOriginals(ws: ExcelJS.Worksheet, plan: WritePlan): Record<string, string> {
  const originals: Record<string, string> = {};
  for (const { row, col } of cellsToTouch(plan)) {
    const address = localAddress(row, col);
    if (!(address in originals)) originals[address] = styleJson(ws.getCell(row + 1, col + 1));
  }
  return originals;
}

function isEmpty(cell: ExcelJS.Cell): boolean {
  return cell.value === null || cell.value === undefined || cell.value === "";
}

/** Cells written between two chances for the page to draw (the preview runs these in slices). */
const CELLS_PER_STEP = 2000;

function* writeStatusColumn(
  ws: ExcelJS.Worksheet,
  plan: WritePlan,
  styles: StyleCache
): Generator<void> {
  const header = ws.getCell(plan.statusHeader.row + 1, plan.statusColumn + 1);
  // Look like the table's own header: the style of the heading to the left, in bold.
  const neighbour =
    plan.statusColumn > 0 ? ws.getCell(plan.statusHeader.row + 1, plan.statusColumn) : header;
  header.style = styles.derive(neighbour, "header", (s) => ({
    ...s,
    numFmt: TEXT_FORMAT,
    font: { ...(s.font ?? {}), bold: true },
  }));
  header.value = plan.statusHeader.text;
  let written = 0;
  for (const status of plan.statusCells) {
    const cell = ws.getCell(status.row + 1, plan.statusColumn + 1);
    cell.style = styles.derive(cell, "text", (s) => ({ ...s, numFmt: TEXT_FORMAT }));
    // A string is stored as text by ExcelJS, never as a formula.
    cell.value = status.text;
    if (++written % CELLS_PER_STEP === 0) yield;
  }
}

/**
 * The writes of applyPlan as steps: each `yield` is a point where a caller may let the page draw
 * (applyPlanInSlices). The order and the result are the same however it is driven.
 */
export function* applyPlanSteps(
  wb: ExcelJS.Workbook,
  plan: WritePlan
): Generator<void, FormatSnapshot> {
  const ws = wb.getWorksheet(plan.sheet);
  if (!ws) throw new Error(`The sheet ${plan.sheet} is no longer in the workbook.`);
  const previous = readSnapshot(wb);
  if (previous) restoreSnapshot(wb, previous);
  yield;

  const statusHeaderCell = ws.getCell(plan.statusHeader.row + 1, plan.statusColumn + 1);
  const fresh: FormatSnapshot = {
    sheet: plan.sheet,
    statusColumn: plan.statusColumn,
    statusColumnAdded: isEmpty(statusHeaderCell),
    originals: recordOriginals(ws, plan),
  };
  yield;
  const snapshot = mergeSnapshots(previous, fresh);
  writeSnapshot(wb, snapshot);
  yield;

  const styles = new StyleCache();
  yield* writeStatusColumn(ws, plan, styles);
  let written = 0;
  for (const group of plan.fills) {
    for (const { row, col } of group.cells) {
      const cell = ws.getCell(row + 1, col + 1);
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

export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): FormatSnapshot {
  const steps = applyPlanSteps(wb, plan);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
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
