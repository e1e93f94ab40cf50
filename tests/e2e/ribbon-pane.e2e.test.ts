/**
 * Issue 22 on the BUILT add-in page with the real Office runtime (addinPage.ts): the pane's picker
 * follows the sheet's periods and always shows the quarter classified; the ribbon's Classify uses
 * the quarter chosen in the pane and opens the pane on its outcome.
 */
import type { Browser, Page } from "playwright-core";
import { RecordingHost } from "../../bench/officejs/recorder";
import type { MemorySheet } from "../../bench/officejs/workbook";
import { launchBrowser } from "./browser";
import { sampleBytes } from "./expected";
import { insertColumn, memoryBookFrom } from "./officeRuntime/memoryBook";
import { lastOutcome, openAddin, panesShown, ribbon } from "./addinPage";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function sampleHost(): Promise<RecordingHost> {
  return new RecordingHost(await memoryBookFrom(sampleBytes()));
}

/** The header row's index and the column of `heading` on the indicator sheet. */
function headingAt(sheet: MemorySheet, heading: string): { row: number; col: number } {
  for (let row = 0; row < sheet.values.length; row++) {
    const col = (sheet.values[row] ?? []).indexOf(heading);
    if (col >= 0) return { row, col };
  }
  throw new Error(`No heading "${heading}" on ${sheet.name}.`);
}

/** The analyst inserts the next quarter's column after Q2 2018/19 and types its figures. */
function insertNextQuarter(sheet: MemorySheet): void {
  const { row: header, col: q2 } = headingAt(sheet, "Q2 2018/19");
  insertColumn(sheet, q2 + 1);
  sheet.setValue(header, q2 + 1, "Q3 2018/19");
  for (let row = header + 1; row < sheet.values.length; row++) {
    const value = sheet.value(row, q2);
    if (typeof value !== "number") continue;
    sheet.setValue(row, q2 + 1, value);
    sheet.setNumberFormat(row, q2 + 1, sheet.numberFormat(row, q2));
  }
}

const picker = (page: Page) => page.getByLabel("Quarter");
const pickerOptions = (page: Page): Promise<string[]> =>
  picker(page).locator("option").allTextContents();

async function waitForSummaryOf(page: Page, quarter: string): Promise<void> {
  await page.getByRole("heading", { name: `Summary, ${quarter}` }).waitFor({ timeout: 90000 });
}

describe("the pane and the ribbon (issue 22)", () => {
  it("a quarter column inserted, the ribbon classifies it and the picker shows it; no reload", async () => {
    const host = await sampleHost();
    const { page, errors, external } = await openAddin(browser, host, { width: 320, height: 900 });
    await page.waitForFunction(() => {
      const select = document.querySelector("select");
      return select?.value === "Q2 2018/19";
    });
    expect(await pickerOptions(page)).not.toContain("Q3 2018/19");
    // The pane listens for worksheet changes (the in-memory host accepts it, never raises one).
    for (let tries = 0; host.server.eventHandlers < 1 && tries < 100; tries++)
      await page.waitForTimeout(100);
    expect(host.server.eventHandlers).toBeGreaterThanOrEqual(1);

    insertNextQuarter(host.server.book.sheet("Indicators")!);
    expect(await ribbon(page, "classifyQuarter")).toBe("completed");
    const outcome = await lastOutcome(page);
    expect(outcome).toEqual(expect.objectContaining({ ok: true }));
    expect(outcome?.message).toMatch(/^Q3 2018\/19 classified on "Indicators"/);
    await waitForSummaryOf(page, "Q3 2018/19");
    // The picker lists the new quarter and shows it (read again after the command).
    await page.waitForFunction(() =>
      [...document.querySelectorAll("select option")].some((o) => o.textContent === "Q3 2018/19")
    );
    expect((await pickerOptions(page))[0]).toBe("Q3 2018/19");
    expect(await picker(page).inputValue()).toBe("Q3 2018/19");
    // The ribbon opened the pane on its outcome.
    expect(await panesShown(page)).toBeGreaterThanOrEqual(1);

    // An earlier quarter chosen in the pane: the ribbon classifies that one, and the pane shows it.
    await picker(page).selectOption("Q1 2018/19");
    expect(await ribbon(page, "classifyQuarter")).toBe("completed");
    expect((await lastOutcome(page))?.message).toMatch(/^Q1 2018\/19 classified/);
    await waitForSummaryOf(page, "Q1 2018/19");
    expect(await picker(page).inputValue()).toBe("Q1 2018/19");
    const sheet = host.server.book.sheet("Indicators")!;
    expect(() => headingAt(sheet, "Status Q1 2018/19")).not.toThrow();

    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });
});
