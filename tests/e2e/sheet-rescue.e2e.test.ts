/**
 * Issue 19: a sheet the product could not read, in the preview. A scorecard whose period headings
 * are words (`Last year`, `Outturn twenty-twenty`): the pane shows the refusal with its fix and
 * *How the sheet was read* for the refused header row; the analyst names two columns' periods and
 * the target column's period, reads the sheet again and classifies it — statuses worked out by
 * hand. Set SCREENSHOT_DIR to keep a picture of the rescue screen.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openPreview } from "./browser";
import { readSummaryTotals } from "./pageReaders";

let browser: Browser;
let bytes: Buffer;

async function makeWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Scorecard");
  sheet.addRow(["Children's services scorecard"]);
  sheet.addRow([]);
  sheet.addRow(["PI", "Indicator", "Good is", "Last year", "Outturn twenty-twenty", "Aim"]);
  // Higher is better: 82 against the aim 80 → on target.
  sheet.addRow(["NI 60", "Core assessments in time", "High", 74, 82, 80]);
  // Lower is better: 13.1 against 12, no tolerance → outside tolerance.
  sheet.addRow(["NI 65", "Second child protection plans", "Low", 15.2, 13.1, 12]);
  // Higher is better: 55 against 55 → on target.
  sheet.addRow(["NI 62", "Stability of placements", "High", 50, 55, 55]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function namePeriod(page: Page, letter: string, option: string, period: string) {
  await page.getByRole("combobox", { name: `Role of column ${letter}` }).click();
  await page.getByRole("option", { name: option }).click();
  const label = option.startsWith("Target") ? "Target period" : "Period";
  const box = page.getByRole("textbox", { name: `${label} of column ${letter}` });
  await box.fill(period);
  await box.press("Enter");
}

beforeAll(async () => {
  browser = await launchBrowser();
  bytes = await makeWorkbook();
});
afterAll(async () => {
  await browser?.close();
});

describe("preview: a sheet it could not read", () => {
  it("offers the columns to name, then reads and classifies the sheet", async () => {
    const { page, errors } = await openPreview(browser);
    await page.getByLabel("Open workbook…").setInputFiles({
      name: "scorecard-words.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: bytes,
    });
    await page
      .getByText("E · Outturn twenty-twenty → Not read: no period found")
      .waitFor({ timeout: 60000 });
    await page.getByText(/Near misses: D3 "Last year": no period found/).waitFor();

    await namePeriod(page, "D", "Figures for a period…", "2005/06");
    await page.getByText("D · Last year → Period: 2005/06 (saved, not read yet)").waitFor();
    await namePeriod(page, "E", "Figures for a period…", "2006/07");
    await page
      .getByText("E · Outturn twenty-twenty → Period: 2006/07 (saved, not read yet)")
      .waitFor();
    await namePeriod(page, "F", "Target for a period…", "2006/07");
    await page.getByText("F · Aim → Target for 2006/07 (saved, not read yet)").waitFor();

    const shots = process.env.SCREENSHOT_DIR;
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await page
        .locator("section", { has: page.getByRole("heading", { name: "How the sheet was read" }) })
        .screenshot({ path: path.join(shots, "sheet-rescue.png") });
    }

    await page.getByRole("button", { name: "Read the sheet again" }).click();
    await page.getByText("Indicator table on sheet: Scorecard").waitFor({ timeout: 60000 });
    await page.getByRole("button", { name: "Classify quarter" }).click();
    await page.getByTestId("summary-total").waitFor({ timeout: 60000 });
    expect((await readSummaryTotals(page)).count).toMatchObject({
      onTarget: 2,
      outsideTolerance: 1,
    });
    // The page's favicon is not served (404); every other error is a fault.
    expect(errors.filter((e) => !/Failed to load resource: .*404/.test(e))).toEqual([]);
    await page.context().close();
  });
});
