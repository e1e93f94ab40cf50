/**
 * The very hidden sheet that remembers the formats a classification overwrote, and the defined
 * name anchored to the status heading (Excel and LibreOffice move it with the cell; a script that
 * edits the file may not, so the heading text is always checked too: src/engine/stateLocate.ts).
 */
import type ExcelJS from "exceljs";
import { columnIndex, columnLetters, quoteSheetName } from "../engine/address";
import {
  decodeSnapshot,
  encodeSnapshot,
  MIRROR_SHEET_NAME,
  STATE_SHEET_NAME,
  type FormatSnapshot,
} from "../engine/formatState";
import type { Cell } from "../engine/stateLocate";
import { toPlanValue } from "./cellValue";
import { emptySheet } from "./styles";
import { cellAt } from "./cellAt";

const STATE_SCHEMA_PREFIX = "perf-challenge/state@";

/** Defined name on the status heading cell the last run wrote. */
export const STATUS_ANCHOR_NAME = "_PerfChallenge_Status";

export type StateRead =
  | { kind: "none" }
  | { kind: "damaged" }
  /** A sheet of our name the add-in did not write (no schema in A1): never overwritten. */
  | { kind: "foreign" }
  | { kind: "ok"; snapshot: FormatSnapshot };

export function readState(wb: ExcelJS.Workbook): StateRead {
  const ws = wb.getWorksheet(STATE_SHEET_NAME);
  if (!ws) return { kind: "none" };
  const rows: (string | number | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: (string | number | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      values[col - 1] = toPlanValue(cell.value);
    });
    rows[rowNumber - 1] = Array.from(values, (v) => v ?? null);
  });
  if (rows.length === 0) return { kind: "damaged" };
  const schema = rows[0]?.[0];
  if (typeof schema !== "string" || !schema.startsWith(STATE_SCHEMA_PREFIX))
    return ws.state === "veryHidden" ? { kind: "damaged" } : { kind: "foreign" };
  const snapshot = decodeSnapshot(Array.from(rows, (r) => r ?? []));
  return snapshot ? { kind: "ok", snapshot } : { kind: "damaged" };
}

/** The snapshot, or null when there is none or it is damaged (see readState to tell which). */
export function readSnapshot(wb: ExcelJS.Workbook): FormatSnapshot | null {
  const state = readState(wb);
  return state.kind === "ok" ? state.snapshot : null;
}

export function writeSnapshot(wb: ExcelJS.Workbook, snapshot: FormatSnapshot): void {
  const ws = wb.getWorksheet(STATE_SHEET_NAME) ?? wb.addWorksheet(STATE_SHEET_NAME);
  emptySheet(ws);
  encodeSnapshot(snapshot).forEach((cells, r) => {
    cells.forEach((text, c) => {
      cellAt(ws, r + 1, c + 1).value = text;
    });
  });
  ws.state = "veryHidden";
}

/** Removes the state, the anchor and the add-in's mirror sheet (restored from already). */
export function removeStateSheet(wb: ExcelJS.Workbook): void {
  for (const name of [STATE_SHEET_NAME, MIRROR_SHEET_NAME]) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  removeStatusAnchor(wb);
}

/** Where the anchor name points now, when it names one cell of `sheet`. */
export function readStatusAnchor(wb: ExcelJS.Workbook, sheet: string): Cell | null {
  const ranges = wb.definedNames.getRanges(STATUS_ANCHOR_NAME).ranges;
  if (ranges.length !== 1) return null;
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(ranges[0]);
  if (!match) return null;
  const name = (match[1] ?? match[2]).replace(/''/g, "'");
  if (name.toLowerCase() !== sheet.toLowerCase()) return null;
  return { row: Number(match[4]) - 1, col: columnIndex(match[3]) };
}

export function removeStatusAnchor(wb: ExcelJS.Workbook): void {
  const names = wb.definedNames as unknown as { matrixMap: Record<string, unknown> };
  delete names.matrixMap[STATUS_ANCHOR_NAME];
}

export function writeStatusAnchor(wb: ExcelJS.Workbook, sheet: string, at: Cell): void {
  removeStatusAnchor(wb);
  const address = `$${columnLetters(at.col)}$${at.row + 1}`;
  wb.definedNames.add(`${quoteSheetName(sheet)}!${address}`, STATUS_ANCHOR_NAME);
}

export function removeMirrorSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet(MIRROR_SHEET_NAME);
  if (ws) wb.removeWorksheet(ws.id);
}
