/**
 * Cell formats as JSON for the state sheet, and fresh style objects. ExcelJS may share one style
 * object between cells, so we always assign a new object rather than mutate `cell.fill`.
 */
import type ExcelJS from "exceljs";

export function styleJson(cell: ExcelJS.Cell): string {
  return JSON.stringify(cell.style ?? {});
}

export function cloneStyle(cell: ExcelJS.Cell): Partial<ExcelJS.Style> {
  return JSON.parse(styleJson(cell)) as Partial<ExcelJS.Style>;
}

/** Puts a recorded format back; a damaged entry is skipped rather than guessed. */
export function restoreStyle(cell: ExcelJS.Cell, json: string): void {
  try {
    const style = JSON.parse(json) as unknown;
    if (style && typeof style === "object") cell.style = style as Partial<ExcelJS.Style>;
  } catch {
    // Not ours to repair: leave the cell as it is.
  }
}

export function solidFill(hex: string): ExcelJS.FillPattern {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${hex.replace("#", "").toUpperCase()}` } };
}

export function setFill(cell: ExcelJS.Cell, hex: string): void {
  cell.style = { ...cloneStyle(cell), fill: solidFill(hex) };
}

/** Clears a sheet of ours in place (keeps its position among the tabs, so reruns match). */
export function emptySheet(ws: ExcelJS.Worksheet, maxColumn?: number): void {
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (maxColumn !== undefined && col > maxColumn) return;
      cell.value = null;
      cell.style = {};
    });
  });
}
