/**
 * Issue 19 in the browser: a two-row header (a group heading `Outturn` over two years, `Targets`
 * over two more, a polarity column headed `Polarity (H/L)`) is read in the built pane without any
 * setting. Statuses worked out by hand before running it:
 *   latest result period 2021/22 (E); its target is F (`Targets` over 2021/22); G is next year's
 *   target and is never "the latest figure".
 *   A1 higher is better: 72 < 75, no tolerance column → outside tolerance.
 *   A2 lower is better: 19 ≤ 20 → on or better than target.
 *   A3 higher is better: 91 ≥ 90 → on or better than target.
 * Set SCREENSHOT_DIR to keep a picture of How the sheet was read.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { launchBrowser, openPreview } from "./browser";
import { readSummaryTotals, openPart } from "./pageReaders";

let browser: Browser;

async function makeWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Scorecard");
  sheet.addRow([null, null, null, "Outturn", null, "Targets", null]);
  sheet.addRow(["Ref", "Indicator", "Polarity (H/L)", "2020/21", "2021/22", "2021/22", "2022/23"]);
  sheet.addRow(["A1", "Visits in time (%)", "H", 70, 72, 75, 78]);
  sheet.addRow(["A2", "Re-referrals (%)", "L", 22, 19, 20, 18]);
  sheet.addRow(["A3", "Plans reviewed in time (%)", "H", 88, 91, 90, 92]);
  sheet.mergeCells("D1:E1");
  sheet.mergeCells("F1:G1");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("preview: a two-row header read by its group headings (issue 19)", () => {
  it("reads Outturn and Targets groups over year columns, rates 2021/22 and shows the evidence", async () => {
    const { page, errors } = await openPreview(browser);
    await page.getByLabel("Open workbook…").setInputFiles({
      name: "two-row-header.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await makeWorkbook(),
    });
    await page.getByText("Indicator table on sheet: Scorecard").waitFor({ timeout: 60000 });
    await page.getByRole("button", { name: "Classify quarter" }).click();
    await page.getByTestId("summary-total").waitFor({ timeout: 60000 });
    await page.getByRole("heading", { name: /^Summary, 2021\/22/ }).waitFor({ timeout: 60000 });

    const totals = await readSummaryTotals(page);
    expect(totals.count).toMatchObject({ onTarget: 2, insideTolerance: 0, outsideTolerance: 1 });

    await openPart(page, "sheet-reading");
    const section = page.locator("section", { has: page.locator("#sheet-reading-title") });
    await section.getByText(/^C · Polarity \(H\/L\) → Polarity/).waitFor({ timeout: 60000 });
    await section.getByText(/^E · .*2021\/22 → Period: 2021\/22$/).waitFor();
    await section.getByText(/^F · .*2021\/22 → Target for 2021\/22$/).waitFor();
    await section.getByText(/^G · .*2022\/23 → Target for 2022\/23$/).waitFor();
    // Each reading says why: the polarity from its heading and its H/L entries.
    await expect(section.getByText(/H\/L entries/).count()).resolves.toBeGreaterThan(0);

    const shots = process.env.SCREENSHOT_DIR;
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await page.setViewportSize({ width: 450, height: 900 });
      await section.screenshot({ path: path.join(shots, "two-row-header-reading.png") });
    }
    expect(errors.filter((e) => !/Failed to load resource: .*404/.test(e))).toEqual([]);
    await page.context().close();
  });
});
