/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS objects, not Office.js proxies: nothing to load or sync. */
/**
 * Opening another workbook (made here with ExcelJS) shows it and the period picker without
 * classifying (issue 13); Classify then classifies it; a finding selects its cell in
 * the grid; Download gives a workbook that ExcelJS reads back with the status column.
 */
import { readFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { STATUS_LABEL, type RunResult } from "../../src/engine/types";
import { parseCellReference } from "../../src/preview/sheetModel";
import { launchBrowser, openPreview } from "./browser";
import { expectedRun } from "./expected";
import { OTHER_SHEET, makeOtherWorkbook } from "./makeWorkbook";
import { SHOWN_STATUSES, readAreaNames, readSummaryTotals, openPart } from "./pageReaders";

let browser: Browser;
let otherBytes: Buffer;
let expected: RunResult;

beforeAll(async () => {
  browser = await launchBrowser();
  otherBytes = await makeOtherWorkbook();
  expected = await expectedRun(otherBytes);
});
afterAll(async () => {
  await browser?.close();
});

describe("preview: open, select, download", () => {
  it("opens another workbook, classifies it on request, selects a finding's cell and downloads the result", async () => {
    const { page } = await openPreview(browser);
    await page.getByLabel("Open workbook…").setInputFiles({
      name: "other-kpis.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: otherBytes,
    });
    // Opening shows the workbook and the period picker, and classifies nothing (issue 13)…
    await page.getByText(`Indicator table on sheet: ${OTHER_SHEET}`).waitFor({ timeout: 60000 });
    expect(await page.getByTestId("summary-total").count()).toBe(0);
    // …until the manager presses Classify: the summary shows the new workbook's areas and counts.
    await page.getByRole("button", { name: "Classify quarter" }).click();
    await page.getByTestId("summary-total").waitFor({ timeout: 60000 });
    expect(await readAreaNames(page)).toEqual([
      ...expected.summary.areas.map((a) => a.area),
      `Total (${expected.summary.total.count})`,
    ]);
    const totals = await readSummaryTotals(page);
    for (const status of SHOWN_STATUSES)
      expect(totals.count[status]).toBe(expected.summary.total[status]);

    // A finding (the value typed as "tbc") selects, scrolls to and focuses its cell in the grid.
    const finding = expected.findings.find(
      (f) => parseCellReference(f.cell)?.sheet === OTHER_SHEET
    );
    expect(finding).toBeDefined();
    const address = finding!.cell.split("!")[1];
    await openPart(page, "findings");
    await page
      .getByRole("button", {
        name: new RegExp(`Select cell ${finding!.cell.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
      })
      .first()
      .click();
    const selected = page.locator(`td[data-cell="${address}"][aria-current="true"]`);
    await selected.waitFor();
    expect(await selected.evaluate((el) => el === document.activeElement)).toBe(true);

    // Download: the saved workbook has the status column after the table.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download", exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("other-kpis-classified.xlsx");
    const saved = path.join(
      mkdtempSync(path.join(os.tmpdir(), "pc-e2e-")),
      download.suggestedFilename()
    );
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(OTHER_SHEET)!;
    const headerRow = sheet.getRow(expected.layout.headerRow + 1);
    const headers = (headerRow.values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
    const statusColumn = headers.indexOf(`Status ${expected.quarter.label}`);
    expect(statusColumn).toBeGreaterThan(0);
    for (const c of expected.classifications) {
      expect(sheet.getRow(c.row + 1).getCell(statusColumn).value).toBe(STATUS_LABEL[c.status]);
    }
    expect(wb.getWorksheet("Challenge summary")).toBeDefined();
    expect(wb.getWorksheet("Challenge log")).toBeDefined();
    await page.context().close();
  });

  it("says so, in words, when the chosen file is not a workbook", async () => {
    const { page } = await openPreview(browser);
    await page.getByLabel("Open workbook…").setInputFiles({
      name: "notes.xlsx",
      mimeType: "text/plain",
      buffer: Buffer.from("not a workbook"),
    });
    await page.getByRole("alert").filter({ hasText: "notes.xlsx" }).waitFor({ timeout: 30000 });
    await page.context().close();
  });
});
