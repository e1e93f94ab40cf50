/**
 * The preview draws a window of a sheet: a stray value at XFD100000 makes 16,384 columns the view
 * can scroll to, but only the rows and columns asked for are read, and reading adds nothing to
 * the workbook (it is the one the preview saves).
 */
import ExcelJS from "exceljs";
import { buildSheetModel, readRows, sheetFrame } from "../../src/preview/sheetModel";
import {
  columnAt,
  columnOffsets,
  columnWindow,
  OVERSCAN_COLUMNS,
} from "../../src/preview/columnWindow";

function strayValueSheet(): ExcelJS.Worksheet {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Indicators");
  ws.getCell("A1").value = "Ref";
  ws.getCell("XFD100000").value = 1;
  return ws;
}

describe("the preview's sheet model", () => {
  it("counts every column the sheet uses and reads only the window's rows", () => {
    const ws = strayValueSheet();
    const model = buildSheetModel(ws, 50);
    expect(model.columnCount).toBe(16_384);
    expect(model.widths).toHaveLength(16_384);
    expect(model.rows).toHaveLength(50);
    expect(model.rows[0]).toHaveLength(16_384);
    expect(model.rows[0][0].text).toBe("Ref");
  });

  it("reads a range of columns far to the right, and adds no rows or cells to the workbook", () => {
    const ws = strayValueSheet();
    const columnsBefore = ws.columns?.length;
    const rows = readRows(ws, 99_998, 100_000, 16_384, 16_380);
    expect(rows).toHaveLength(2);
    expect(rows[1].map((c) => c.text)).toEqual(["", "", "", "1"]);
    expect(rows[1][3].numeric).toBe(true);
    expect(ws.findRow(99_999)).toBeUndefined();
    expect(ws.getRow(1).cellCount).toBe(1);
    expect(sheetFrame(ws).columnCount).toBe(16_384);
    expect(ws.columns?.length).toBe(columnsBefore);
  });
});

describe("the columns drawn", () => {
  // Widths 100, 50, 200, then 100 more of 10 px: edges at 0, 100, 150, 350, 360, …
  const offsets = columnOffsets([100, 50, 200, ...Array<number>(100).fill(10)]);

  it("finds the column under a point", () => {
    expect(columnAt(offsets, 0)).toBe(0);
    expect(columnAt(offsets, 99)).toBe(0);
    expect(columnAt(offsets, 100)).toBe(1);
    expect(columnAt(offsets, 349)).toBe(2);
    expect(columnAt(offsets, 355)).toBe(3);
    expect(columnAt(offsets, 10_000)).toBe(102);
  });

  it("draws the frozen columns and those in view with a margin, never past the last", () => {
    // Scrolled 1,000 px: past the frozen column A (100 px) the view starts at x = 1,100,
    // column 3 + (1,100 − 350) / 10 = 78; it ends at x = 1,000 + 200 = 1,200, column 88.
    expect(columnWindow(offsets, 1, 1_000, 200)).toEqual({
      frozen: 1,
      from: 78 - OVERSCAN_COLUMNS,
      to: 103,
    });
    // At the left edge nothing before the frozen columns is drawn twice; the view ends at
    // x = 120, in column 1 (100–150).
    expect(columnWindow(offsets, 1, 0, 120)).toEqual({
      frozen: 1,
      from: 1,
      to: 1 + 1 + OVERSCAN_COLUMNS,
    });
  });
});
