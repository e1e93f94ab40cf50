/**
 * Clear classification restores the sheet exactly: every fill, font, border and number format the
 * run overwrote, and the status column it added — after one run, after a rerun, and after a run of
 * another quarter — also once the file has been saved and reopened in between.
 */
import { classifyWorkbook, clearClassification } from "../../src/xlsx";
import { councilWorkbook, Q2_COL, reopen, sheetLook } from "./support/councilWorkbook";

/** The analyst's file as opened from disk (ExcelJS fills in default styles on reading). */
const openedCouncilWorkbook = () => reopen(councilWorkbook());

describe("Clear classification (ExcelJS adapter)", () => {
  it("restores fills, formats and the status column after one run", async () => {
    const workbook = await openedCouncilWorkbook();
    const before = sheetLook(workbook.getWorksheet("Indicators")!);
    const run = classifyWorkbook(workbook, { quarter: "Q2 2018/19" });
    expect(run.ok).toBe(true);
    const classified = await reopen(workbook);
    expect(sheetLook(classified.getWorksheet("Indicators")!)).not.toEqual(before);
    expect(clearClassification(classified)).toBe(true);
    const cleared = await reopen(classified);
    expect(sheetLook(cleared.getWorksheet("Indicators")!)).toEqual(before);
  });

  it("restores the originals, not its own fills, after a rerun and a run of another quarter", async () => {
    let workbook = await openedCouncilWorkbook();
    const before = sheetLook(workbook.getWorksheet("Indicators")!);
    for (const quarter of ["Q2 2018/19", "Q2 2018/19", "Q1 2018/19"]) {
      expect(classifyWorkbook(workbook, { quarter }).ok).toBe(true);
      workbook = await reopen(workbook);
    }
    expect(clearClassification(workbook)).toBe(true);
    expect(sheetLook((await reopen(workbook)).getWorksheet("Indicators")!)).toEqual(before);
  });

  it("a run really colours the cells clear has to restore (the test above is not vacuous)", async () => {
    const workbook = councilWorkbook();
    const fillBefore = JSON.stringify(workbook.getWorksheet("Indicators")!.getCell(2, Q2_COL).fill);
    classifyWorkbook(workbook, { quarter: "Q2 2018/19" });
    expect(JSON.stringify(workbook.getWorksheet("Indicators")!.getCell(2, Q2_COL).fill)).not.toBe(
      fillBefore
    );
  });

  it("says there is nothing to clear on a workbook never classified, and changes nothing", async () => {
    const workbook = await openedCouncilWorkbook();
    const before = sheetLook(workbook.getWorksheet("Indicators")!);
    expect(clearClassification(workbook)).toBe(false);
    expect(sheetLook(workbook.getWorksheet("Indicators")!)).toEqual(before);
  });
});
