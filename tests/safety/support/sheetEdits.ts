/**
 * An analyst's edits between two runs, on an ExcelJS sheet: rows and columns inserted or deleted.
 * Two models of the application doing it: one that moves defined names with the cells (Excel,
 * LibreOffice: ExcelJS's splice does this) and one that does not (a script editing the file).
 */
import type ExcelJS from "exceljs";

export type NameModel = "movesNames" | "keepsNames";

export type SheetEdit =
  | { kind: "insertRow"; at: number; values?: ExcelJS.CellValue[] }
  | { kind: "deleteRow"; at: number }
  | { kind: "insertColumn"; at: number; values?: ExcelJS.CellValue[] }
  | { kind: "deleteColumn"; at: number };

type NameMatrices = { matrixMap: Record<string, unknown> };

function namesModel(wb: ExcelJS.Workbook): unknown {
  return JSON.parse(JSON.stringify(wb.definedNames.model)) as unknown;
}

/** Applies one edit (1-based `at`); with "keepsNames" the defined names stay where they were. */
export function applyEdit(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  edit: SheetEdit,
  names: NameModel
): void {
  const before = namesModel(wb);
  switch (edit.kind) {
    case "insertRow":
      ws.spliceRows(edit.at, 0, edit.values ?? []);
      break;
    case "deleteRow":
      ws.spliceRows(edit.at, 1);
      break;
    case "insertColumn":
      ws.spliceColumns(edit.at, 0, edit.values ?? []);
      break;
    case "deleteColumn":
      ws.spliceColumns(edit.at, 1);
      break;
  }
  if (names === "keepsNames") {
    (wb.definedNames as unknown as NameMatrices).matrixMap = {};
    wb.definedNames.model = before as typeof wb.definedNames.model;
  }
}
