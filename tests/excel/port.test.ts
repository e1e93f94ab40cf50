import { createExcelPort } from "../../src/excel/excelPort";
import { defaultEngine } from "../../src/excel/engineBinding";
import { memorySettingsStore } from "../../src/excel/settingsStore";
import { STATE_SHEET_NAME } from "../../src/engine/formatState";
import { FORMAT_MIRROR_SHEET, LOG_SHEET } from "../../src/excel/types";
import { fakeRun, FakeRequestContext, WorkbookData } from "./fake";
import { indicatorWorkbook, Q2_COLUMN, sheetSnapshot } from "./helpers";

function portFor(data: WorkbookData, contexts: FakeRequestContext[] = [], settings = {}) {
  return createExcelPort({
    engine: defaultEngine,
    run: fakeRun(data, contexts),
    settings: memorySettingsStore(settings),
    isSetSupported: () => true,
  });
}

describe("Excel port", () => {
  it("clear restores every recorded format and empties the status column it added", async () => {
    const data = indicatorWorkbook(12);
    const sheet = data.sheet("Indicators")!;
    // The analyst's own formatting on some of the cells the run will colour.
    sheet.touch(2, Q2_COLUMN).format.fill = "#123456";
    sheet.touch(3, Q2_COLUMN).format.numberFormat = "0.0";
    sheet.touch(4, Q2_COLUMN).format.bold = true;
    const before = sheetSnapshot(data, "Indicators");

    const outcome = await portFor(data).classify(undefined);
    expect(outcome.ok).toBe(true);
    expect(sheetSnapshot(data, "Indicators")).not.toEqual(before);

    // A new port and context: the state lives in the workbook, as after closing and reopening.
    const contexts: FakeRequestContext[] = [];
    await portFor(data, contexts).clear();
    expect(sheetSnapshot(data, "Indicators")).toEqual(before);
    expect(data.sheet(STATE_SHEET_NAME)).toBeUndefined();
    expect(data.sheet(FORMAT_MIRROR_SHEET)).toBeUndefined();
    expect(data.sheet(LOG_SHEET)).toBeDefined();
    expect(contexts[0].syncCount).toBe(2);
  });

  it("clear restores the original formats after a rerun (earliest original wins)", async () => {
    const data = indicatorWorkbook(8);
    data.sheet("Indicators")!.touch(1, Q2_COLUMN).format.fill = "#ABCDEF";
    const before = sheetSnapshot(data, "Indicators");
    const port = portFor(data);
    await port.classify("Q2 2018/19");
    await port.classify("Q2 2018/19");
    await port.clear();
    expect(sheetSnapshot(data, "Indicators")).toEqual(before);
  });

  it("adds data validation only when asked, and clear removes it", async () => {
    const data = indicatorWorkbook(5);
    const before = sheetSnapshot(data, "Indicators");
    const port = portFor(data, [], { dataValidation: true });
    await port.classify(undefined);
    expect(data.sheet("Indicators")!.get(1, Q2_COLUMN)?.validation).toEqual({
      decimal: { formula1: 0, formula2: 100, operator: "Between" },
    });
    await port.clear();
    expect(sheetSnapshot(data, "Indicators")).toEqual(before);
  });

  it("answers a protected sheet with a message saying what to do, and changes nothing", async () => {
    const data = indicatorWorkbook(5);
    data.sheet("Indicators")!.protected = true;
    const before = sheetSnapshot(data, "Indicators");
    await expect(portFor(data).classify(undefined)).rejects.toThrow(
      /"Indicators" is protected.*Unprotect Sheet/
    );
    expect(sheetSnapshot(data, "Indicators")).toEqual(before);
    expect(data.sheets.map((s) => s.name)).toEqual(["Indicators"]);
  });

  it("translates Excel's refusal to write to a protected sheet met during the write", async () => {
    const data = indicatorWorkbook(5);
    const port = portFor(data);
    await port.classify(undefined);
    data.sheet(LOG_SHEET)!.protected = true;
    // Another quarter, so the log has cells to change (a same-quarter rerun now writes none there).
    await expect(port.classify("Q1 2018/19")).rejects.toThrow(/protected.*Unprotect Sheet/);
  });

  it("answers cell edit mode with a message saying what to do", async () => {
    const data = indicatorWorkbook(5);
    data.cellEditMode = true;
    await expect(portFor(data).classify(undefined)).rejects.toThrow(/editing a cell.*Enter or Esc/);
    await expect(portFor(data).clear()).rejects.toThrow(/editing a cell/);
  });

  it("refuses politely when the host lacks ExcelApi 1.9", async () => {
    const port = createExcelPort({
      engine: defaultEngine,
      run: fakeRun(indicatorWorkbook(3)),
      settings: memorySettingsStore(),
      isSetSupported: () => false,
    });
    await expect(port.classify(undefined)).rejects.toThrow(/Excel API 1\.9.*Update Office/);
  });

  it("says when there is no table, without throwing", async () => {
    const data = new WorkbookData();
    data.fill("Notes", [["Just some notes"]]);
    const outcome = await portFor(data).classify(undefined);
    expect(outcome.ok).toBe(false);
  });

  it("inspects without writing anything", async () => {
    const data = indicatorWorkbook(5);
    const before = sheetSnapshot(data, "Indicators");
    const outcome = await portFor(data).inspect();
    expect(outcome.ok && outcome.quarters.map((q) => q.label)).toEqual([
      "Q1 2018/19",
      "Q2 2018/19",
    ]);
    expect(outcome.ok && outcome.defaultQuarter?.label).toBe("Q2 2018/19");
    expect(sheetSnapshot(data, "Indicators")).toEqual(before);
    expect(data.sheets.map((s) => s.name)).toEqual(["Indicators"]);
  });

  it("selects a cell given as Sheet!J12 and activates its sheet", async () => {
    const data = indicatorWorkbook(3);
    data.addSheet("Other");
    data.activeSheet = "Other";
    await portFor(data).selectCell("Indicators!J3");
    expect(data.activeSheet).toBe("Indicators");
    expect(data.selection).toBe("Indicators!2,9");
  });

  it("keeps a reviewer's edit in the Challenge log across a rerun, and redraft drops it", async () => {
    const data = indicatorWorkbook(4);
    const port = portFor(data);
    await port.classify(undefined);
    await port.saveCommentary("P2", "=Edited by the reviewer");
    const rerun = await port.classify(undefined);
    expect(rerun.ok && rerun.edits.P2).toBe("=Edited by the reviewer");
    const draft = await port.redraft("P2");
    const again = await port.classify(undefined);
    expect(again.ok && again.edits.P2).toBeUndefined();
    expect(typeof draft).toBe("string");
  });

  it("stores settings through the settings store", async () => {
    const port = portFor(indicatorWorkbook(1));
    const saved = await port.saveSettings({ toleranceMode: "points", palette: "highContrast" });
    expect(saved.toleranceMode).toBe("points");
    expect((await port.getSettings()).palette).toBe("highContrast");
  });
});

describe("Excel port after the classified sheet was renamed", () => {
  it("clear says how to recover instead of failing obscurely", async () => {
    const data = indicatorWorkbook(4);
    const port = portFor(data);
    await port.classify(undefined);
    data.sheet("Indicators")!.name = "Indicators 2019";
    await expect(port.clear()).rejects.toThrow(
      /"Indicators" is no longer in the workbook.*Rename it back/
    );
  });
});

describe("Excel port on a rerun for another quarter", () => {
  it("takes the old quarter's fills away and colours only the new quarter", async () => {
    const data = indicatorWorkbook(6);
    const before = sheetSnapshot(data, "Indicators");
    const port = portFor(data);
    await port.classify("Q2 2018/19");
    await port.classify("Q1 2018/19");
    const sheet = data.sheet("Indicators")!;
    for (let row = 1; row <= 6; row++) {
      expect(sheet.get(row, Q2_COLUMN)?.format.fill ?? null).toBeNull();
      expect(sheet.get(row, Q2_COLUMN - 1)?.format.fill).not.toBeNull();
    }
    await port.clear();
    expect(sheetSnapshot(data, "Indicators")).toEqual(before);
  });
});

describe("Excel port beside the analyst's own sheets named like ours", () => {
  it("leaves the analyst's Challenge log alone and reuses its own numbered log on a rerun", async () => {
    const data = indicatorWorkbook(4);
    data.fill(LOG_SHEET, [["My notes for the meeting"], ["Ask about P2"]]);
    const theirs = sheetSnapshot(data, LOG_SHEET);
    const port = portFor(data);
    await port.classify(undefined);
    const ours = data.sheet(`${LOG_SHEET} (2)`)!;
    expect(ours).toBeDefined();
    const header = [...Array(10).keys()].map((c) => ours.get(0, c)?.value);
    const trustCol = header.indexOf("Trust response");
    ours.touch(1, trustCol).value = "Agreed at the October meeting";
    const sheetCount = data.sheets.length;
    await port.classify(undefined);
    expect(data.sheets).toHaveLength(sheetCount);
    expect(data.sheet(`${LOG_SHEET} (2)`)!.get(1, trustCol)?.value).toBe(
      "Agreed at the October meeting"
    );
    expect(sheetSnapshot(data, LOG_SHEET)).toEqual(theirs);
  });
});
