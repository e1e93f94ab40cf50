/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS objects, not Office.js proxies */
/**
 * docs/workbook-output.md: what people typed in the Challenge log — values, the formats they gave their cells,
 * formulas, their own columns — survives a rerun on the command line and in the preview (the
 * ExcelJS adapter), also when they left a blank row inside the log.
 */
import type ExcelJS from "exceljs";
import { classifyWorkbook } from "../../src/xlsx";
import { councilWorkbook, reopen } from "./support/councilWorkbook";
import { LOG, logRowOf, typeInLog } from "./support/logSheet";

function classify(workbook: ExcelJS.Workbook): void {
  const outcome = classifyWorkbook(workbook, { quarter: "Q2 2018/19" });
  if (!outcome.ok) throw new Error(outcome.failure.message);
}

function column(sheet: ExcelJS.Worksheet, heading: string): number {
  const values = sheet.getRow(1).values as unknown[];
  return values.findIndex((v) => v === heading);
}

describe("the Challenge log keeps what people typed, formats included", () => {
  it("keeps a dated Agreed action, a formatted Trust response, a formula and an own column, with a blank row inside the log", async () => {
    const workbook = await reopen(councilWorkbook());
    classify(workbook);
    const typed = await reopen(workbook);
    const log = typed.getWorksheet(LOG)!;
    const refs = [2, 3, 4].map((r) => String(log.getRow(r).getCell(column(log, "Ref")).value));
    // A reviewer types a date (formatted as a date), a bold red response and a formula.
    typeInLog(typed, refs[0], "Agreed action", new Date(Date.UTC(2026, 11, 12)));
    logRowOf(typed, refs[0])!.getCell(column(log, "Agreed action")).numFmt = "dd/mm/yyyy";
    typeInLog(typed, refs[1], "Trust response", "Recovery plan agreed");
    logRowOf(typed, refs[1])!.getCell(column(log, "Trust response")).font = {
      bold: true,
      color: { argb: "FFC00000" },
    };
    typeInLog(typed, refs[2], "Agreed action", { formula: "1+1", result: 2 });
    // Their own column, then a blank row inserted between the first and second rows.
    const own = log.columnCount + 1;
    log.getCell(1, own).value = "Owner";
    refs.forEach((ref) => (logRowOf(typed, ref)!.getCell(own).value = `Owner of ${ref}`));
    log.spliceRows(3, 0, []);

    const rerun = await reopen(typed);
    classify(rerun);
    const after = await reopen(rerun);
    const sheet = after.getWorksheet(LOG)!;
    const dated = logRowOf(after, refs[0])!.getCell(column(sheet, "Agreed action"));
    expect(dated.value).toEqual(new Date(Date.UTC(2026, 11, 12)));
    expect(dated.numFmt).toBe("dd/mm/yyyy");
    const response = logRowOf(after, refs[1])!.getCell(column(sheet, "Trust response"));
    expect(response.value).toBe("Recovery plan agreed");
    expect(response.font).toMatchObject({ bold: true, color: { argb: "FFC00000" } });
    const formula = logRowOf(after, refs[2])!.getCell(column(sheet, "Agreed action"));
    expect(formula.formula).toBe("1+1");
    // Each row's own column still belongs to its ref: the blank row put nothing out of line.
    for (const ref of refs)
      expect(logRowOf(after, ref)!.getCell(column(sheet, "Owner")).value).toBe(`Owner of ${ref}`);
  });
});
