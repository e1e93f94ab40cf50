/**
 * Nothing lost in the Challenge log: what the trust and the council typed in Trust response and
 * Agreed action survives a rerun — matched by ref even after the reviewer sorted the log, after the
 * table gained and lost rows, and after a run of another quarter.
 */
import type ExcelJS from "exceljs";
import { classifyWorkbook } from "../../src/xlsx";
import { newFormulaCells } from "../corpus/support/compareWorkbooks";
import { councilWorkbook, reopen } from "./support/councilWorkbook";
import { LOG, logCell, swapLogRows, typeInLog } from "./support/logSheet";

// Rows the log lists in Q2 (docs/workbook-output.md: of concern — OK2 and F4 inside or outside tolerance, OK3 outside).
const TYPED: Record<string, { trust: ExcelJS.CellValue; action: ExcelJS.CellValue }> = {
  OK2: {
    trust: "Improvement plan agreed with the Trust's board.\nReview in Q3.",
    action: "Report back to panel, 12 December",
  },
  OK3: { trust: "=Care leavers' service restructured", action: 3 },
  F4: { trust: "@Head of Service to reply", action: "-" },
};

function classify(workbook: ExcelJS.Workbook, quarter = "Q2 2018/19"): void {
  const outcome = classifyWorkbook(workbook, { quarter });
  if (!outcome.ok) throw new Error(outcome.failure.message);
}

async function classifiedWithTyping(): Promise<ExcelJS.Workbook> {
  const workbook = await reopen(councilWorkbook());
  classify(workbook);
  const typed = await reopen(workbook);
  for (const [ref, { trust, action }] of Object.entries(TYPED)) {
    typeInLog(typed, ref, "Trust response", trust);
    typeInLog(typed, ref, "Agreed action", action);
  }
  return reopen(typed);
}

function expectTypingKept(workbook: ExcelJS.Workbook): void {
  for (const [ref, { trust, action }] of Object.entries(TYPED)) {
    expect([
      ref,
      logCell(workbook, ref, "Trust response"),
      logCell(workbook, ref, "Agreed action"),
    ]).toEqual([ref, trust, action]);
  }
}

describe("Trust response and Agreed action survive a rerun", () => {
  it("on a rerun of the same quarter", async () => {
    const workbook = await classifiedWithTyping();
    classify(workbook);
    expectTypingKept(await reopen(workbook));
  });

  it("after the reviewer sorted the log and added a column of their own", async () => {
    const workbook = await classifiedWithTyping();
    swapLogRows(workbook, 2, 4);
    const log = workbook.getWorksheet(LOG)!;
    const notesCol = log.columnCount + 2;
    log.getCell(1, notesCol).value = "Reviewer notes";
    log.getCell(3, notesCol).value = "Ask about agency staff";
    classify(workbook);
    const rerun = await reopen(workbook);
    expectTypingKept(rerun);
    expect(rerun.getWorksheet(LOG)!.getCell(3, notesCol).value).toBe("Ask about agency staff");
  });

  it("after the table lost an indicator and gained one", async () => {
    const workbook = await classifiedWithTyping();
    const sheet = workbook.getWorksheet("Indicators")!;
    // OK3 (row 4) leaves the table; a new indicator NEW1 takes its row.
    sheet.getCell(4, 1).value = "NEW1";
    sheet.getCell(4, 2).value = "A new indicator";
    classify(workbook);
    const rerun = await reopen(workbook);
    expectTypingKept(rerun);
    expect(logCell(rerun, "NEW1", "Trust response") ?? null).toBeNull();
  });

  it("after a run of another quarter", async () => {
    const workbook = await classifiedWithTyping();
    classify(workbook, "Q1 2018/19");
    expectTypingKept(await reopen(workbook));
  });

  it("typed text stays text (never a formula) in the log", async () => {
    const workbook = await classifiedWithTyping();
    classify(workbook);
    const rerun = await reopen(workbook);
    expect(newFormulaCells(null, rerun)).toEqual([]);
    expect(typeof logCell(rerun, "OK3", "Trust response")).toBe("string");
  });
});
