import ExcelJS from "exceljs";
import { LOG_HEADERS } from "../../src/engine/challengeLog";
import { readSheetGrid, readWorkbookGrid } from "../../src/xlsx/readGrid";
import {
  dateToSerial,
  NOT_CALCULATED,
  toCellValue,
  UNREADABLE_DATE,
} from "../../src/xlsx/cellValue";

describe("ExcelJS values as the engine sees them", () => {
  it.each<[unknown, unknown]>([
    [null, null],
    ["", null],
    ["  91 ", "  91 "],
    [91, 91],
    [true, true],
    [
      { richText: [{ text: "Timeliness of " }, { text: "assessments", font: { bold: true } }] },
      "Timeliness of assessments",
    ],
    [{ formula: "A1*2", result: 42 }, 42],
    [{ formula: "1/0", result: { error: "#DIV/0!" } }, { error: "#DIV/0!" }],
    // Never calculated: the cell is taken (the status column must not land on it), value unknown.
    [{ formula: "A1", result: undefined }, NOT_CALCULATED],
    [{ sharedFormula: "B2", result: "x" }, "x"],
    [{ text: "Guidance", hyperlink: "http://example.org" }, "Guidance"],
    [{ error: "#N/A" }, { error: "#N/A" }],
  ])("%j → %j", (raw, expected) => {
    expect(toCellValue(raw)).toEqual(expected);
  });

  it("turns dates into Excel serial numbers (1900 and 1904 systems)", () => {
    const date = new Date(Date.UTC(2018, 8, 30));
    expect(toCellValue(date)).toBe(43373);
    expect(dateToSerial(date, true)).toBe(43373 - 1462);
  });

  it("reads a date beyond Excel's calendar as Excel shows it, never as an empty cell", () => {
    expect(toCellValue(new Date(Number.NaN))).toBe(UNREADABLE_DATE);
  });
});

describe("readSheetGrid", () => {
  function sheet(): ExcelJS.Worksheet {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.addRow(["Title across the top"]);
    ws.mergeCells("A1:D1");
    ws.addRow(["Ref", "Area", "Q2 2018/19"]);
    ws.addRow(["A1", "Social Care", 0.91]);
    ws.addRow(["A2", null, 0.5]);
    ws.mergeCells("B3:B4");
    ws.getCell("C3").numFmt = "0%";
    ws.getRow(4).hidden = true;
    return ws;
  }

  it("reads values and number formats in parallel, squared to the widest row", () => {
    const grid = readSheetGrid(sheet());
    expect(grid.top).toBe(0);
    expect(grid.left).toBe(0);
    expect(grid.values[2]).toEqual(["A1", "Social Care", 0.91]);
    expect(grid.formats?.[2][2]).toBe("0%");
    for (const row of grid.values) expect(row).toHaveLength(3);
  });

  it("keeps a merged title in its first cell only, and repeats a vertically merged area", () => {
    const grid = readSheetGrid(sheet());
    expect(grid.values[0]).toEqual(["Title across the top", null, null]);
    expect(grid.values[3]).toEqual(["A2", "Social Care", 0.5]);
  });

  it("reads hidden rows like visible ones", () => {
    expect(readSheetGrid(sheet()).values[3][0]).toBe("A2");
  });
});

describe("readWorkbookGrid", () => {
  it("leaves out our own sheets (by content) and very hidden ones, and honours the saved active sheet", () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["n"]);
    wb.addWorksheet("Indicators").addRow(["Ref"]);
    wb.addWorksheet("Challenge log").addRow([...LOG_HEADERS]);
    const summary = wb.addWorksheet("Challenge summary");
    summary.addRows([
      ["Contract measures at the end of Q2 2018/19"],
      [],
      [],
      ["Service area", "Outside tolerance"],
    ]);
    wb.addWorksheet("Challenge log (2)").addRow(["Date", "Challenge", "Owner"]);
    const secret = wb.addWorksheet("Secret");
    secret.state = "veryHidden";
    wb.views = [
      {
        x: 0,
        y: 0,
        width: 100,
        height: 100,
        visibility: "visible",
        activeTab: 1,
      } as ExcelJS.WorkbookView,
    ];
    const grid = readWorkbookGrid(wb);
    expect(grid.sheets.map((s) => s.name)).toEqual(["Notes", "Indicators", "Challenge log (2)"]);
    expect(grid.activeSheet).toBe("Indicators");
    expect(readWorkbookGrid(wb, "Notes").activeSheet).toBe("Notes");
  });
});
