/**
 * Issue 10 in the Office.js adapter: the analyst inserts next quarter's column, or an indicator
 * row, between two runs (Excel moves the cells). The rerun and Clear find the earlier run's cells
 * by heading and reference, so the analyst's "Regional" column is never emptied and formats go
 * back to the right rows. Expected statuses are worked out from the figures.
 */
import { createExcelPort } from "../../src/excel/excelPort";
import { defaultEngine } from "../../src/excel/engineBinding";
import { memorySettingsStore } from "../../src/excel/settingsStore";
import { STATE_SHEET_NAME } from "../../src/engine/formatState";
import { FORMAT_MIRROR_SHEET } from "../../src/excel/types";
import { fakeRun, type WorkbookData } from "./fake";
import { indicatorWorkbook, Q2_COLUMN, sheetSnapshot } from "./helpers";

const REGIONAL_COLUMN = Q2_COLUMN + 1;

function portFor(data: WorkbookData) {
  return createExcelPort({
    engine: defaultEngine,
    run: fakeRun(data),
    settings: memorySettingsStore({}),
    isSetSupported: () => true,
  });
}

/** Four indicators (P1..P4, Q2 values 95, 85, 70, 91) and the analyst's Regional column. */
function regionalWorkbook(): WorkbookData {
  const data = indicatorWorkbook(4);
  data.fill("Indicators", [["Regional"], [93], [84], [71], [90]], { left: REGIONAL_COLUMN });
  data.sheet("Indicators")!.touch(2, REGIONAL_COLUMN).format.fill = "#ABCDEF";
  return data;
}

const columnValues = (data: WorkbookData, col: number) =>
  [0, 1, 2, 3, 4].map((r) => data.sheet("Indicators")!.get(r, col)?.value ?? "");

describe("Office.js adapter: edits between runs", () => {
  it("a Q3 column inserted after Q2: Regional keeps its values and fill, Q3 is classified", async () => {
    const data = regionalWorkbook();
    const port = portFor(data);
    expect((await port.classify("Q2 2018/19")).ok).toBe(true);
    const sheet = data.sheet("Indicators")!;
    expect(sheet.get(0, REGIONAL_COLUMN + 1)?.value).toBe("Status Q2 2018/19");
    const regional = columnValues(data, REGIONAL_COLUMN);
    const regionalFill = sheet.get(2, REGIONAL_COLUMN)?.format.fill;
    sheet.splice("columns", REGIONAL_COLUMN, 1);
    // Q3: target 90, tolerance 80, higher is better: 92 on, 81 inside, 50 outside, 90 on.
    data.fill("Indicators", [["Q3 2018/19"], [92], [81], [50], [90]], { left: REGIONAL_COLUMN });

    const rerun = await portFor(data).classify(undefined);
    expect(rerun.ok && rerun.result.quarter.label).toBe("Q3 2018/19");
    expect(rerun.ok && rerun.result.classifications.map((c) => c.status)).toEqual([
      "onTarget",
      "insideTolerance",
      "outsideTolerance",
      "onTarget",
    ]);
    expect(columnValues(data, REGIONAL_COLUMN + 1)).toEqual(regional);
    expect(sheet.get(2, REGIONAL_COLUMN + 1)?.format.fill).toBe(regionalFill);
    expect(sheet.get(0, REGIONAL_COLUMN + 2)?.value).toBe("Status Q3 2018/19");
  });

  it("an inserted row: Clear puts each format back on its own row and restores exactly", async () => {
    const data = regionalWorkbook();
    const sheet = data.sheet("Indicators")!;
    sheet.touch(3, Q2_COLUMN).format.numberFormat = "0%";
    await portFor(data).classify("Q2 2018/19");
    sheet.splice("rows", 2, 1);
    data.fill(
      "Indicators",
      [["N1", "New count", "Social care", "Higher is better", "Number", 300, 280, 310, 330]],
      { top: 2 }
    );
    // What Clear must give back: the edited sheet without anything the run wrote.
    const pristine = regionalWorkbook();
    pristine.sheet("Indicators")!.touch(3, Q2_COLUMN).format.numberFormat = "0%";
    pristine.sheet("Indicators")!.splice("rows", 2, 1);
    pristine.fill(
      "Indicators",
      [["N1", "New count", "Social care", "Higher is better", "Number", 300, 280, 310, 330]],
      { top: 2 }
    );

    const outcome = await portFor(data).clear();
    expect(outcome.cleared).toBe(true);
    expect(outcome.message).toMatch(/found where your edits had moved them/);
    expect(outcome.message).toMatch(/Kept: the Challenge summary and Challenge log/);
    expect(sheetSnapshot(data, "Indicators")).toEqual(sheetSnapshot(pristine, "Indicators"));
    expect(sheet.get(4, Q2_COLUMN)?.format.numberFormat).toBe("0%");
  });

  it("refuses, changing nothing and keeping the state, when the heading is gone or the mirror missing", async () => {
    const data = regionalWorkbook();
    await portFor(data).classify("Q2 2018/19");
    const sheet = data.sheet("Indicators")!;
    sheet.touch(0, REGIONAL_COLUMN + 1).value = "Analyst notes";
    const before = sheetSnapshot(data, "Indicators");
    await expect(portFor(data).clear()).rejects.toThrow(
      /can no longer be found.*Nothing was changed/
    );
    await expect(portFor(data).classify(undefined)).rejects.toThrow(/can no longer be found/);
    expect(sheetSnapshot(data, "Indicators")).toEqual(before);
    expect(data.sheet(STATE_SHEET_NAME)).toBeDefined();

    sheet.touch(0, REGIONAL_COLUMN + 1).value = "Status Q2 2018/19";
    data.sheets.splice(data.sheets.indexOf(data.sheet(FORMAT_MIRROR_SHEET)!), 1);
    await expect(portFor(data).clear()).rejects.toThrow(
      /PerfChallenge formats" that keeps them is missing/
    );
    expect(data.sheet(STATE_SHEET_NAME)).toBeDefined();
  });

  it("says there is nothing to clear, and a damaged state is refused, never overwritten", async () => {
    const data = regionalWorkbook();
    expect(await portFor(data).clear()).toEqual({
      cleared: false,
      message: expect.stringMatching(/^Nothing to clear/),
    });
    await portFor(data).classify("Q2 2018/19");
    data.sheet(STATE_SHEET_NAME)!.touch(0, 1).value = "{not json";
    const before = sheetSnapshot(data, "Indicators");
    await expect(portFor(data).classify(undefined)).rejects.toThrow(/is damaged/);
    await expect(portFor(data).clear()).rejects.toThrow(/is damaged/);
    expect(sheetSnapshot(data, "Indicators")).toEqual(before);
  });

  it("sets a width that fits the labels on the status column, and Clear puts the old one back", async () => {
    const data = regionalWorkbook();
    const sheet = data.sheet("Indicators")!;
    sheet.columnWidths.set(REGIONAL_COLUMN + 1, 30);
    await portFor(data).classify("Q2 2018/19");
    // "Outside tolerance" etc.: at least 19 characters of 7 points.
    expect(sheet.columnWidths.get(REGIONAL_COLUMN + 1)).toBeGreaterThanOrEqual(19 * 7);
    await portFor(data).classify("Q2 2018/19");
    await portFor(data).clear();
    expect(sheet.columnWidths.get(REGIONAL_COLUMN + 1)).toBeCloseTo(30);
  });
});
