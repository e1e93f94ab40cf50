/** The very hidden sheet that remembers the formats a classification overwrote. */
import type ExcelJS from "exceljs";
import {
  decodeSnapshot,
  encodeSnapshot,
  STATE_SHEET_NAME,
  type FormatSnapshot,
} from "../engine/formatState";
import { parseCellAddress } from "../engine/address";
import { toPlanValue } from "./cellValue";
import { emptySheet, StyleCache } from "./styles";

export function readSnapshot(wb: ExcelJS.Workbook): FormatSnapshot | null {
  const ws = wb.getWorksheet(STATE_SHEET_NAME);
  if (!ws) return null;
  const rows: (string | number | null)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: (string | number | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = toPlanValue(cell.value);
    });
    rows[rowNumber - 1] = Array.from(values, (v) => v ?? null);
  });
  return decodeSnapshot(Array.from(rows, (r) => r ?? []));
}

export function writeSnapshot(wb: ExcelJS.Workbook, snapshot: FormatSnapshot): void {
  const ws = wb.getWorksheet(STATE_SHEET_NAME) ?? wb.addWorksheet(STATE_SHEET_NAME);
  emptySheet(ws);
  encodeSnapshot(snapshot).forEach((cells, r) => {
    cells.forEach((text, c) => {
      ws.getCell(r + 1, c + 1).value = text;
    });
  });
  ws.state = "veryHidden";
}

export function removeStateSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet(STATE_SHEET_NAME);
  if (ws) wb.removeWorksheet(ws.id);
}

/** Puts every recorded format back and empties the status cells of a column we added. */
export function restoreSnapshot(wb: ExcelJS.Workbook, snapshot: FormatSnapshot): void {
  const ws = wb.getWorksheet(snapshot.sheet);
  if (!ws) return;
  const styles = new StyleCache();
  for (const [address, json] of Object.entries(snapshot.originals)) {
    const at = parseCellAddress(address);
    if (!at || at.sheet !== null || at.col < 0) continue;
    const cell = ws.getCell(at.row + 1, at.col + 1);
    // A damaged record is skipped rather than guessed.
    const style = styles.parse(json);
    if (style) cell.style = style;
    if (snapshot.statusColumnAdded && at.col === snapshot.statusColumn) cell.value = null;
  }
}
