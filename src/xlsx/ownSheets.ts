/* eslint-disable office-addins/call-sync-before-read -- ExcelJS objects, not Office.js proxies */
/** The Challenge summary and Challenge log sheets: values, widths, header styling, hidden column. */
import type ExcelJS from "exceljs";
import { LOG_COL, LOG_WIDTH } from "../engine/challengeLog";
import type { PlannedSheet } from "../engine/plan-types";
import { SUMMARY_HEADER_ROW } from "../engine/summarySheet";
import { ownSheetForWriting } from "./sheetNames";
import { emptySheet } from "./styles";

const HEADER_FILL: ExcelJS.FillPattern = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFD9E1F2" },
};
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF8EA9DB" } };

function styleHeader(row: ExcelJS.Row, width: number): void {
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    cell.style = {
      font: { bold: true },
      fill: HEADER_FILL,
      border: { bottom: THIN },
      alignment: { vertical: "top", wrapText: true },
    };
  }
}

function writeRows(ws: ExcelJS.Worksheet, sheet: PlannedSheet): void {
  sheet.rows.forEach((values, r) => {
    values.forEach((value, c) => {
      // Strings stay strings: ExcelJS stores them as text, never as formulas.
      ws.getCell(r + 1, c + 1).value = value;
    });
  });
  (sheet.columnWidths ?? []).forEach((width, c) => {
    ws.getColumn(c + 1).width = width;
  });
  const width = sheet.rows.reduce((widest, r) => Math.max(widest, r.length), 0);
  for (let c = 0; c < width; c++) ws.getColumn(c + 1).hidden = sheet.hiddenColumns.includes(c);
}

function styleSummary(ws: ExcelJS.Worksheet, sheet: PlannedSheet): void {
  ws.getCell(1, 1).style = { font: { bold: true, size: 13 } };
  const header = sheet.rows[SUMMARY_HEADER_ROW] ?? [];
  styleHeader(ws.getRow(SUMMARY_HEADER_ROW + 1), header.length);
  const totalAt = sheet.rows.findIndex((r) => r[0] === "Total");
  if (totalAt >= 0) {
    for (const at of [totalAt, totalAt + 1]) {
      for (let c = 1; c <= header.length; c++) {
        const cell = ws.getCell(at + 1, c);
        cell.style = { font: { bold: true }, border: at === totalAt ? { top: THIN } : {} };
      }
    }
  }
  for (let r = SUMMARY_HEADER_ROW + 2; r <= sheet.rows.length; r++) {
    for (let c = 2; c <= header.length; c++) {
      const cell = ws.getCell(r, c);
      cell.style = { ...cell.style, alignment: { horizontal: "right" } };
    }
  }
}

function styleLog(ws: ExcelJS.Worksheet, sheet: PlannedSheet): void {
  styleHeader(ws.getRow(1), LOG_WIDTH);
  const wrapped = [
    LOG_COL.indicator,
    LOG_COL.council,
    LOG_COL.trust,
    LOG_COL.action,
    LOG_COL.draft,
  ];
  for (let r = 2; r <= sheet.rows.length; r++) {
    for (let c = 0; c < LOG_WIDTH; c++) {
      ws.getCell(r, c + 1).style = {
        numFmt: "@",
        alignment: { vertical: "top", wrapText: wrapped.includes(c as (typeof wrapped)[number]) },
      };
    }
  }
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
}

/**
 * Replaces the content of one of our sheets in place. The log is cleared only in its own columns,
 * so a column a reviewer added to the right survives.
 */
export function writeOwnSheet(
  wb: ExcelJS.Workbook,
  sheet: PlannedSheet,
  kind: "summary" | "log"
): void {
  const ws = ownSheetForWriting(wb, kind);
  emptySheet(ws, kind === "log" ? LOG_WIDTH : undefined);
  if (kind === "summary") styleSummary(ws, sheet);
  else styleLog(ws, sheet);
  writeRows(ws, sheet);
}
