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

/** Squaring may cost at most this many times the cells that exist, plus a small allowance. */
const SQUARE_FACTOR = 4;
const SQUARE_ALLOWANCE = 10_000;

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

/**
 * Memory in proportion to the cells that hold something. The block is squared to its widest row
 * only when that costs at most a few times the cells that exist (a normal table); otherwise rows
 * stay ragged (the engine's GridView reads what is missing as empty), so one stray value at
 * XFD100000 costs one cell and 100,000 empty row arrays, not 100,000 × 16,384 cells.
 */
export function readSheetGrid(ws: ExcelJS.Worksheet, date1904 = false): SheetGrid {
  return drain(readSheetGridSteps(ws, date1904));
}

/** Rows read between two chances for the page to draw (the preview reads in slices). */
const ROWS_PER_STEP = 500;

function drain<T>(steps: Generator<void, T>): T {
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
  let cells = 0;
  let width = 0;
  let rowsRead = 0;
  const rows: { row: ExcelJS.Row; rowNumber: number }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => rows.push({ row, rowNumber }));
  for (const { row, rowNumber } of rows) {
    if (++rowsRead % ROWS_PER_STEP === 0) yield;
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
      const rowValues = values[r];
      const rowFormats = formats[r];
      // Fill the gap densely (no holes: a holey array is slower and reads as undefined).
      while (rowValues.length < c) {
        rowValues.push(null);
        rowFormats.push(null);
      }
      rowValues[c] = value;
      rowFormats[c] = cell.numFmt ?? null;
      cells++;
      width = Math.max(width, c + 1);
    });
  }
  if (values.length * width <= SQUARE_FACTOR * cells + SQUARE_ALLOWANCE) {
    for (let r = 0; r < values.length; r++) {
      while (values[r].length < width) {
        values[r].push(null);
        formats[r].push(null);
      }
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
  return drain(readWorkbookGridSteps(wb, activeSheet));
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
