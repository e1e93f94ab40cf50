/**
 * A small council workbook for the safety tests: healthy rows, faulty rows and hostile names, with
 * the analyst's own formatting on cells the add-in colours (so restoring is really tested).
 */
import ExcelJS from "exceljs";
import { HEALTHY_ROWS, newWorkbook, type RowSpec, writeTable } from "../../corpus/builders/table";
import { loadWorkbook, workbookToBytes } from "../../../src/xlsx";

export const COUNCIL_ROWS: RowSpec[] = [
  ...HEALTHY_ROWS,
  { ...HEALTHY_ROWS[0], ref: "F1", indicator: "Stored as text", q2: "88%" },
  { ...HEALTHY_ROWS[0], ref: "F2", indicator: "Divided by zero", q2: { error: "#DIV/0!" } },
  { ...HEALTHY_ROWS[0], ref: "F3", indicator: '=HYPERLINK("https://example.invalid","x")', q2: 91 },
  { ...HEALTHY_ROWS[0], ref: "F4", indicator: "@SUM(A1:A2)", q2: 70 },
  { ...HEALTHY_ROWS[1], ref: "F5", indicator: '<img src=x onerror="alert(1)">', q2: 30 },
];

/** 1-based column of the Q2 values (J) and the sheet rows of the indicators (2..). */
export const Q2_COL = 10;

export function councilWorkbook(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("Indicators");
  writeTable(sheet, COUNCIL_ROWS);
  // The analyst's formatting on cells a run will colour: a fill, a font, a border, a format.
  sheet.getCell(2, Q2_COL).fill = {
    type: "pattern",
    pattern: "solid",
    fgColor: { argb: "FFFFFF00" },
  };
  sheet.getCell(3, Q2_COL).font = { bold: true, italic: true, color: { argb: "FF1F4E79" } };
  sheet.getCell(4, Q2_COL).border = { bottom: { style: "double", color: { argb: "FF000000" } } };
  sheet.getCell(5, Q2_COL).numFmt = "0.0";
  sheet.getCell(1, 1).font = { bold: true };
  sheet.getColumn(2).width = 42;
  return workbook;
}

/** Through bytes and back, as saving and reopening the file does. */
export async function reopen(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await workbookToBytes(workbook));
}

/** Everything about one sheet's cells that a person could see: value, format, fill, font, border, alignment. */
export function sheetLook(sheet: ExcelJS.Worksheet): Record<string, string> {
  const look: Record<string, string> = {};
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const { numFmt, fill, font, border, alignment, protection } = cell.style ?? {};
      const seen = { value: cell.value ?? null, numFmt, fill, font, border, alignment, protection };
      const text = JSON.stringify(seen, (_k, v: unknown) =>
        v === undefined || (typeof v === "object" && v !== null && Object.keys(v).length === 0)
          ? undefined
          : v
      );
      if (text !== '{"value":null}') look[cell.address] = text;
    });
  });
  return look;
}

/** Every row of a sheet as plain values, for byte-free comparisons of our own sheets. */
export function sheetValues(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, r) => {
    rows[r - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}
