/**
 * Issue 22 on the BUILT add-in page with the real Office runtime (addinPage.ts): the pane's picker
 * follows the sheet's periods and always shows the quarter classified; the ribbon's Classify uses
 * the quarter chosen in the pane and opens the pane on its outcome.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { RecordingHost } from "../../bench/officejs/recorder";
import type { MemorySheet } from "../../bench/officejs/workbook";
import { launchBrowser } from "./browser";
import { sampleBytes } from "./expected";
import { insertColumn, memoryBookFrom } from "./officeRuntime/memoryBook";
import { lastOutcome, openAddin, panesShown, ribbon } from "./addinPage";
import { brokenHeadingWords, paneHeight, tabsToFirstEdit } from "./paneMeasure";

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

describe("the pane in the order its users need (issue 22)", () => {
  async function classifiedAt(width: number): Promise<Page> {
    const host = await sampleHost();
    const { page } = await openAddin(browser, host, { width, height: 900 });
    expect(await ribbon(page, "classifyQuarter")).toBe("completed");
    await page.getByTestId("summary-total").waitFor({ timeout: 60000 });
    await page
      .getByRole("button", { name: /^Edit commentary for / })
      .first()
      .waitFor();
    return page;
  }

  it("the first commentary Edit is at most 10 Tab presses from the top; the skip link leads there", async () => {
    const page = await classifiedAt(320);
    const presses = await tabsToFirstEdit(page);
    console.log(
      `Tab presses to the first Edit at 320 px: ${presses}; pane ${await paneHeight(page)} px tall`
    );
    expect(presses).not.toBeNull();
    expect(presses!).toBeLessThanOrEqual(10);
    // The skip link is the first stop and moves the focus to the commentary.
    await page.mouse.click(1, 1);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Skip to the commentary"
    );
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("commentary-title");
    await page.context().close();
  });

  it.each([320, 450])("at %i px the summary's headings keep every word whole", async (width) => {
    const page = await classifiedAt(width);
    const headings = page.locator('th[data-status] [data-part="heading"]');
    expect(await headings.count()).toBeGreaterThanOrEqual(4);
    expect(await brokenHeadingWords(page)).toEqual([]);
    // The measure sees a broken word: squeezed headings that may break anywhere break.
    const squeeze = await page.addStyleTag({
      content:
        '[data-part="heading"] { writing-mode: horizontal-tb !important; transform: none !important; width: 2.5em; overflow-wrap: anywhere !important; }',
    });
    expect((await brokenHeadingWords(page)).length).toBeGreaterThan(0);
    await squeeze.evaluate((element) => (element as HTMLElement).remove());
    // And nothing runs off the side.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width
    );
    await page.context().close();
  });

  it("Escape in the editor with typed text asks before discarding it", async () => {
    const page = await classifiedAt(320);
    const edit = page.getByRole("button", { name: /^Edit commentary for / }).first();
    const ref = (await edit.getAttribute("aria-label"))!.replace("Edit commentary for ", "");
    await edit.click();
    const box = page.getByLabel(`Commentary for ${ref}`, { exact: true });
    await box.waitFor();
    await box.press("End");
    await page.keyboard.type(" The panel asked for a recovery plan.");
    await page.keyboard.press("Escape");
    const ask = page.getByRole("alertdialog");
    await ask.waitFor();
    expect(await ask.textContent()).toContain("Discard the changes you typed?");
    // The safe choice has the focus; Escape again keeps editing, the text still there.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Keep editing");
    await page.keyboard.press("Escape");
    expect(await ask.count()).toBe(0);
    expect(await box.inputValue()).toContain("The panel asked for a recovery plan.");
    // Asked again, Discard leaves the card as it was.
    await box.press("Escape");
    await page.getByRole("button", { name: "Discard changes" }).click();
    expect(await page.getByLabel(`Commentary for ${ref}`, { exact: true }).count()).toBe(0);
    expect(await page.getByText("The panel asked for a recovery plan.").count()).toBe(0);
    // With nothing typed, Escape closes at once.
    await page.getByRole("button", { name: `Edit commentary for ${ref}` }).click();
    await page.getByLabel(`Commentary for ${ref}`, { exact: true }).press("Escape");
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    expect(await page.getByLabel(`Commentary for ${ref}`, { exact: true }).count()).toBe(0);
    await page.context().close();
  });
});

/** Where the screenshots go (ignored by git; docs/images holds the ones looked at). */
const ARTIFACTS = path.resolve(__dirname, "artifacts");

/** Screenshot of one part of the pane, from its top, at most `maxHeight` px of it. */
async function shootPart(page: Page, selector: string, file: string, maxHeight = 1000) {
  const box = await page.evaluate((css) => {
    const element = document.querySelector(css);
    if (!element) return null;
    const rect = element.getBoundingClientRect();
    return { y: rect.top + window.scrollY, height: rect.height };
  }, selector);
  expect([selector, box !== null]).toEqual([selector, true]);
  const width = page.viewportSize()!.width;
  await page.screenshot({
    path: path.join(ARTIFACTS, file),
    fullPage: true,
    clip: {
      x: 0,
      y: Math.max(0, box!.y - 8),
      width,
      height: Math.min(box!.height + 16, maxHeight),
    },
  });
}

describe("screenshots of each part of the pane (docs/taskpane-and-preview.md)", () => {
  it.each([320, 450])("at %i px", async (width) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // The sample with things to show: one row's earlier figures typed as text (one card listing
    // its cells), and two rows with no polarity (read from their tolerance: findings).
    const host = await sampleHost();
    const sheet = host.server.book.sheet("Indicators")!;
    const { row: header } = headingAt(sheet, "Ref");
    const polarity = headingAt(sheet, "Polarity").col;
    for (const label of ["Q3 2017/18", "Q4 2017/18", "Q1 2018/19"]) {
      const col = headingAt(sheet, label).col;
      sheet.setValue(header + 3, col, `${Math.round(Number(sheet.value(header + 3, col)) * 100)}%`);
    }
    sheet.setValue(header + 5, polarity, "");
    sheet.setValue(header + 6, polarity, "");
    const { page } = await openAddin(browser, host, { width, height: 900 });
    expect(await ribbon(page, "classifyQuarter")).toBe("completed");
    await page.getByTestId("summary-total").waitFor({ timeout: 60000 });
    await page
      .getByRole("button", { name: /^Edit commentary for / })
      .first()
      .waitFor();
    // Open the closed parts (the screenshots show what is in them).
    for (const id of ["findings", "sheet-reading"]) {
      const toggle = page.locator(`#${id}-title button`);
      if ((await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
    }
    await page.getByText(/ → /).first().waitFor({ timeout: 60000 });
    // Let the lazy pictures draw.
    await page.waitForTimeout(1500);
    // No hover or focus colours in the pictures.
    await page.mouse.move(0, 0);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: path.join(ARTIFACTS, `pane-top-${width}.png`) });
    await shootPart(
      page,
      'section[aria-labelledby="commentary-title"]',
      `pane-commentary-${width}.png`
    );
    await shootPart(
      page,
      'section[aria-labelledby="findings-title"]',
      `pane-findings-${width}.png`
    );
    await shootPart(
      page,
      'section[aria-labelledby="sheet-reading-title"]',
      `pane-sheet-reading-${width}.png`
    );
    // One card lists the row's cells.
    expect(await page.getByText(/^3 cells/).count()).toBeGreaterThanOrEqual(1);
    await page.context().close();
  });
});
