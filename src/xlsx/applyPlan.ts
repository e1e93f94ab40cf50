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

function writeStatusColumn(ws: ExcelJS.Worksheet, plan: WritePlan, styles: StyleCache): void {
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
  for (const status of plan.statusCells) {
    const cell = ws.getCell(status.row + 1, plan.statusColumn + 1);
    cell.style = styles.derive(cell, "text", (s) => ({ ...s, numFmt: TEXT_FORMAT }));
    // A string is stored as text by ExcelJS, never as a formula.
    cell.value = status.text;
  }
}

export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): FormatSnapshot {
  const ws = wb.getWorksheet(plan.sheet);
  if (!ws) throw new Error(`The sheet ${plan.sheet} is no longer in the workbook.`);
  const previous = readSnapshot(wb);
  if (previous) restoreSnapshot(wb, previous);

  const statusHeaderCell = ws.getCell(plan.statusHeader.row + 1, plan.statusColumn + 1);
  const fresh: FormatSnapshot = {
    sheet: plan.sheet,
    statusColumn: plan.statusColumn,
    statusColumnAdded: isEmpty(statusHeaderCell),
    originals: recordOriginals(ws, plan),
  };
  const snapshot = mergeSnapshots(previous, fresh);
  writeSnapshot(wb, snapshot);

  const styles = new StyleCache();
  writeStatusColumn(ws, plan, styles);
  for (const group of plan.fills) {
    for (const { row, col } of group.cells) {
      const cell = ws.getCell(row + 1, col + 1);
      cell.style = styles.derive(cell, `fill ${group.color}`, (s) => ({
        ...s,
        fill: solidFill(group.color),
      }));
    }
  }
  writeOwnSheet(wb, plan.summarySheet, "summary");
  writeOwnSheet(wb, plan.logSheet, "log");
  return snapshot;
}
