/**
 * What the workbook gets after a run (docs/workbook-output.md), as pure data. Both adapters (Office.js and
 * ExcelJS) apply a WritePlan; neither decides what to write.
 */
import type { Status } from "./types";

/** A cell write; text values are always written as text, never as formulas. */
export type PlanValue = string | number | null;

export interface StatusCellWrite {
  /** 0-based sheet row. */
  row: number;
  text: string;
  status: Status;
}

export interface FillGroup {
  status: Status;
  /** Fill colour as `#RRGGBB`. */
  color: string;
  /** 0-based sheet cells on the indicator sheet. */
  cells: { row: number; col: number }[];
}

export interface PlannedSheet {
  name: string;
  /** Row-major values starting at A1. */
  rows: PlanValue[][];
  /** 0-based columns to hide (e.g. the log's machine-draft column). */
  hiddenColumns: number[];
  /** 0-based column widths in characters, where useful. */
  columnWidths?: number[];
}

export interface WritePlan {
  sheet: string;
  /** 0-based column of the status column (reused on a rerun). */
  statusColumn: number;
  statusHeader: { row: number; text: string };
  /** Width of the status column in characters, so its labels sit inside their fill. */
  statusColumnWidth: number;
  statusCells: StatusCellWrite[];
  fills: FillGroup[];
  summarySheet: PlannedSheet;
  logSheet: PlannedSheet;
}

/** What an earlier run left in the workbook that the next run must respect. */
export interface ExistingWorkbookState {
  /** Values of an existing "Challenge log" sheet, row-major from A1, or null when absent. */
  logRows: PlanValue[][] | null;
}

export type PaletteName = "default" | "highContrast";
