/**
 * Reads an ExcelJS workbook into the engine's WorkbookGrid. Hidden rows and columns are read like
 * visible ones (hiding is not deleting). A merged block keeps its value in its first cell; cells
 * below it in the same column repeat it (a vertically merged area name applies to every row),
 * other merged cells read as empty so a merged title or section row is not repeated across columns.
 */
import ExcelJS from "exceljs";
import type { CellValue, SheetGrid, WorkbookGrid } from "../engine/types";
import { isOwnSheet } from "./sheetNames";
import { toCellValue } from "./cellValue";

function isDate1904(wb: ExcelJS.Workbook): boolean {
  const props = wb.properties as unknown as { date1904?: boolean } | undefined;
  return Boolean(props?.date1904);
}

/** The value a merged (non-master) cell should read as. */
function mergedValue(cell: ExcelJS.Cell): unknown {
  const master = cell.master;
  if (!master || master === cell) return cell.value;
  return master.col === cell.col ? master.value : null;
}

/** Rows read between two chances for the page to draw (the preview reads in slices). */
const ROWS_PER_STEP = 500;

export function readSheetGrid(ws: ExcelJS.Worksheet, date1904 = false): SheetGrid {
  const steps = readSheetGridSteps(ws, date1904);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** readSheetGrid as steps: each `yield` lets a caller draw the page (xlsx/applyPlan runInSlices). */
export function* readSheetGridSteps(
  ws: ExcelJS.Worksheet,
  date1904 = false
): Generator<void, SheetGrid> {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  let width = 0;
  for (let rowNumber = 1; rowNumber <= ws.rowCount; rowNumber++) {
    if (rowNumber % ROWS_PER_STEP === 0) yield;
    const row = ws.findRow(rowNumber);
    if (!row || !row.hasValues) continue;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const raw = cell.type === ExcelJS.ValueType.Merge ? mergedValue(cell) : cell.value;
      const value = toCellValue(raw, date1904);
      if (value === null) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      while (values.length <= r) {
        values.push([]);
        formats.push([]);
      }
      values[r][c] = value;
      formats[r][c] = cell.numFmt ?? null;
      width = Math.max(width, c + 1);
    });
  }
  // Square the block: the engine expects every row to have the same length.
  for (let r = 0; r < values.length; r++) {
    const rowValues = values[r];
    const rowFormats = formats[r];
    for (let c = 0; c < width; c++) {
      if (rowValues[c] === undefined) rowValues[c] = null;
      if (rowFormats[c] === undefined) rowFormats[c] = null;
    }
  }
  return { name: ws.name, top: 0, left: 0, values, formats };
}

/** Name of the sheet that was active when the file was saved, if Excel recorded one. */
function savedActiveSheet(wb: ExcelJS.Workbook): string | undefined {
  const views = wb.views as { activeTab?: number }[] | undefined;
  const index = views?.[0]?.activeTab;
  const visible = wb.worksheets;
  if (typeof index !== "number" || !visible[index]) return undefined;
  return visible[index].name;
}

/**
 * Every analyst sheet (not our own output sheets, not very hidden ones). `activeSheet` defaults to
 * the sheet the file was saved on.
 */
export function readWorkbookGrid(wb: ExcelJS.Workbook, activeSheet?: string): WorkbookGrid {
  const steps = readWorkbookGridSteps(wb, activeSheet);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export function* readWorkbookGridSteps(
  wb: ExcelJS.Workbook,
  activeSheet?: string
): Generator<void, WorkbookGrid> {
  const date1904 = isDate1904(wb);
  const sheets: SheetGrid[] = [];
  for (const ws of wb.worksheets)
    if (!isOwnSheet(ws) && ws.state !== "veryHidden")
      sheets.push(yield* readSheetGridSteps(ws, date1904));
  const active = activeSheet ?? savedActiveSheet(wb);
  return {
    sheets,
    activeSheet: active && sheets.some((s) => s.name === active) ? active : undefined,
  };
}
