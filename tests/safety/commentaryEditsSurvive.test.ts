/**
 * Nothing lost in the commentary: a reviewer's edit of one indicator survives a redraft of other
 * indicators and a rerun; only a redraft of that indicator drops it. Checked on the ExcelJS adapter
 * (command line, preview) and on the Office.js adapter over the fake Excel.
 */
import type ExcelJS from "exceljs";
import { createExcelPort } from "../../src/excel/excelPort";
import { memorySettingsStore } from "../../src/excel/settingsStore";
import { classifyWorkbook, redraftCommentary, saveCommentary } from "../../src/xlsx";
import { fakeRun } from "../excel/fake";
import { indicatorWorkbook } from "../excel/helpers";
import { councilWorkbook, reopen } from "./support/councilWorkbook";
import { logCell } from "./support/logSheet";

const EDIT = "=The Trust has recruited four social workers; the figure should recover in Q3.";

function classify(workbook: ExcelJS.Workbook): Record<string, string> {
  const outcome = classifyWorkbook(workbook, { quarter: "Q2 2018/19" });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.edits;
}

describe("an edited commentary survives (ExcelJS adapter)", () => {
  let workbook: ExcelJS.Workbook;

  beforeEach(async () => {
    workbook = await reopen(councilWorkbook());
    classify(workbook);
    saveCommentary(workbook, "OK1", EDIT);
  });

  it("a redraft of other indicators leaves the edit as typed, as text", async () => {
    redraftCommentary(workbook, "OK2");
    redraftCommentary(workbook, "F3");
    const reopened = await reopen(workbook);
    expect(logCell(reopened, "OK1", "Council challenge")).toBe(EDIT);
  });

  it("a rerun keeps the edit and reports it", async () => {
    redraftCommentary(workbook, "OK3");
    const reopened = await reopen(workbook);
    expect(classify(reopened)).toEqual({ OK1: EDIT });
    expect(logCell(await reopen(reopened), "OK1", "Council challenge")).toBe(EDIT);
  });

  it("a redraft of that indicator puts the machine draft back", async () => {
    const draft = redraftCommentary(workbook, "OK1");
    expect(draft.length).toBeGreaterThan(0);
    expect(draft).not.toBe(EDIT);
    const reopened = await reopen(workbook);
    expect(logCell(reopened, "OK1", "Council challenge")).toBe(draft);
    expect(classify(reopened)).toEqual({});
  });
});

describe("an edited commentary survives (Office.js adapter, fake Excel)", () => {
  it("a redraft of another indicator and a rerun keep the edit", async () => {
    const data = indicatorWorkbook(4);
    const port = createExcelPort({
      run: fakeRun(data),
      settings: memorySettingsStore(),
      isSetSupported: () => true,
    });
    await port.classify("Q2 2018/19");
    await port.saveCommentary("P1", EDIT);
    await port.redraft("P2");
    await port.redraft("P3");
    const rerun = await port.classify("Q2 2018/19");
    expect(rerun.ok && rerun.edits).toEqual({ P1: EDIT });
  });
});
