/**
 * Issue 12: How the sheet was read in the preview. A workbook whose target column has a heading
 * the product does not know: the column shows Not used; setting it to Target reclassifies with the
 * right counts; after a reload, opening the same workbook finds the mapping again.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openPreview } from "./browser";
import { readSummaryTotals, openPart } from "./pageReaders";

let browser: Browser;
let bytes: Buffer;

/** Three indicators; the target column is headed "Expected level" (not a heading the product knows). */
async function makeWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("KPIs");
  sheet.addRow(["Ref", "Indicator", "Polarity", "Expected level", "Q1 2022/23", "Q2 2022/23"]);
  sheet.addRow(["A1", "Visits in time (%)", "H", 70, 72, 75]);
  sheet.addRow(["A2", "Plans reviewed in time (%)", "H", 90, 88, 85]);
  sheet.addRow(["A3", "Re-referrals (%)", "L", 10, 12, 8]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function openWorkbook(page: Page): Promise<void> {
  await page.getByLabel("Open workbook…").setInputFiles({
    name: "expected-level.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: bytes,
  });
  await page.getByText("Indicator table on sheet: KPIs").waitFor({ timeout: 60000 });
  // Issue 13: opening shows the workbook and the period picker; Classify classifies it.
  await page.getByRole("button", { name: "Classify quarter" }).click();
  await page.getByTestId("summary-total").waitFor({ timeout: 60000 });
}

beforeAll(async () => {
  browser = await launchBrowser();
  bytes = await makeWorkbook();
});
afterAll(async () => {
  await browser?.close();
});

describe("preview: How the sheet was read", () => {
  it("sets an unread column to Target, reclassifies, and keeps the mapping across a reload", async () => {
    const { page, errors } = await openPreview(browser);
    await openWorkbook(page);
    // No column is read as the target: all three are No target specified.
    expect((await readSummaryTotals(page)).count).toMatchObject({ noTarget: 3, onTarget: 0 });
    await openPart(page, "sheet-reading");
    await page.getByText("D · Expected level → Not used").waitFor();

    await page.getByRole("combobox", { name: "Role of column D" }).click();
    await page.getByRole("option", { name: "Target", exact: true }).click();
    await page
      .getByText("D · Expected level → Target (your saved choice)", { exact: true })
      .waitFor({ timeout: 60000 });
    // Q2: A1 75 ≥ 70 and A3 8 ≤ 10 (lower is better) on target; A2 85 < 90, no tolerance.
    const totals = await readSummaryTotals(page);
    expect(totals.count).toMatchObject({ onTarget: 2, outsideTolerance: 1, noTarget: 0 });
    expect(totals.percent).toMatchObject({ onTarget: 67, outsideTolerance: 33 });

    const shots = process.env.SCREENSHOT_DIR;
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await page
        .locator("section", { has: page.getByRole("heading", { name: "How the sheet was read" }) })
        .screenshot({ path: path.join(shots, "how-the-sheet-was-read.png") });
    }

    await page.reload();
    await page.getByLabel("Quarter").waitFor({ timeout: 60000 });
    await openWorkbook(page);
    await openPart(page, "sheet-reading");
    await page
      .getByText("D · Expected level → Target (your saved choice)", { exact: true })
      .waitFor({ timeout: 60000 });
    expect((await readSummaryTotals(page)).count).toMatchObject({
      onTarget: 2,
      outsideTolerance: 1,
    });
    // The page's favicon is not served (404); every other error is a fault.
    expect(errors.filter((e) => !/Failed to load resource: .*404/.test(e))).toEqual([]);
    await page.context().close();
  });
});
