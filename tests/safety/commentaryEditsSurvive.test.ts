/**
 * Nothing lost in the commentary: a reviewer's edit of one indicator survives a redraft of other
 * indicators and a rerun; only a redraft of that indicator drops it. Checked on the ExcelJS adapter
 * (command line, preview) and on the Office.js adapter over the fake Excel.
 */
import type ExcelJS from "exceljs";
import { createExcelPort } from "../../src/excel/excelPort";
import { defaultEngine } from "../../src/excel/engineBinding";
import { memorySettingsStore } from "../../src/excel/settingsStore";
import type { RunResult } from "../../src/engine/types";
import { classifyWorkbook, editTargetOf, redraftCommentary, saveCommentary } from "../../src/xlsx";
import { fakeRun } from "../excel/fake";
import { indicatorWorkbook } from "../excel/helpers";
import { councilWorkbook, reopen } from "./support/councilWorkbook";
import { logCell } from "./support/logSheet";

const EDIT = "=The Trust has recruited four social workers; the figure should recover in Q3.";

let result: RunResult;

function classify(workbook: ExcelJS.Workbook): Record<string, string> {
  const outcome = classifyWorkbook(workbook, { quarter: "Q2 2018/19" });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  result = outcome.result;
  return outcome.edits;
}

/** The pane's redraft: the period of the run shown, and its draft (the log may not list `ref`). */
function redraft(workbook: ExcelJS.Workbook, ref: string): string {
  const target = editTargetOf(result, ref);
  return redraftCommentary(workbook, ref, {
    period: target.period,
    knownDraft: target.fresh?.draft,
  });
}

describe("an edited commentary survives (ExcelJS adapter)", () => {
  let workbook: ExcelJS.Workbook;

  beforeEach(async () => {
    workbook = await reopen(councilWorkbook());
    classify(workbook);
    // OK1 is on target, so the log does not list it (docs/workbook-output.md) until the reviewer edits it.
    saveCommentary(workbook, "OK1", EDIT, editTargetOf(result, "OK1"));
  });

  it("a redraft of other indicators leaves the edit as typed, as text", async () => {
    redraft(workbook, "OK2");
    redraft(workbook, "F3");
    const reopened = await reopen(workbook);
    expect(logCell(reopened, "OK1", "Council challenge")).toBe(EDIT);
  });

  it("a rerun keeps the edit and reports it", async () => {
    redraft(workbook, "OK3");
    const reopened = await reopen(workbook);
    expect(classify(reopened)).toEqual({ OK1: EDIT });
    expect(logCell(await reopen(reopened), "OK1", "Council challenge")).toBe(EDIT);
  });

  it("a redraft of that indicator puts the machine draft back", async () => {
    const draft = redraft(workbook, "OK1");
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
      engine: defaultEngine,
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
