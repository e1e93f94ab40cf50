/** The preview draws a bounded sheet: a stray value at XFD100000 must not make 16,384 columns. */
import ExcelJS from "exceljs";
import { buildSheetModel, MAX_SHOWN_COLUMNS } from "../../src/preview/sheetModel";

describe("buildSheetModel", () => {
  it("shows at most MAX_SHOWN_COLUMNS columns and the window's rows, and says how many there are", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Indicators");
    ws.getCell("A1").value = "Ref";
    ws.getCell("XFD100000").value = 1;
    const model = buildSheetModel(ws, 50);
    expect(model.columnCount).toBe(MAX_SHOWN_COLUMNS);
    expect(model.totalColumns).toBe(16_384);
    expect(model.rows).toHaveLength(50);
    expect(model.rows[0]).toHaveLength(MAX_SHOWN_COLUMNS);
    expect(model.rows[0][0].text).toBe("Ref");
  });
});
