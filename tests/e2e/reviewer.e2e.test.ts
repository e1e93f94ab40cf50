/**
 * Issue 13 on the sample in the preview (the same pane as in Excel): filter by area and status,
 * search, Copy with a filter, Go to cell, an axe scan with the filters open; an edit made for Q2
 * is offered (not shown) when Q1 is classified; keyboard-only Redraft confirm and cancel.
 */
import { openCommentaryFilters } from "./pageReaders";
import type { Browser, Page } from "playwright-core";
import { COMMENTARY_GROUP_TITLE } from "../../src/engine/types";
import { classify, launchBrowser, previewUrl } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function classifiedPage(): Promise<Page> {
  // bypassCSP: axe is injected as a script tag, which the page's CSP rightly refuses.
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    bypassCSP: true,
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  await page.goto(previewUrl());
  await page.getByLabel("Quarter").waitFor({ timeout: 60000 });
  await classify(page);
  return page;
}

const focusedName = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute("aria-label") ?? el?.textContent?.trim() ?? "";
  });

describe("reviewers in the preview", () => {
  it("filters by area and status, searches, copies what is shown, goes to a cell; axe-clean", async () => {
    const page = await classifiedPage();
    await openCommentaryFilters(page);
    const area = page.locator('label:has-text("Service area") select');
    const firstArea = await area.locator("option").nth(1).textContent();
    await area.selectOption({ index: 1 });
    await page
      .locator('label:has-text("Status group") select')
      .selectOption({ label: COMMENTARY_GROUP_TITLE.good });
    // The filters apply on the next render: wait until only the chosen group is listed and the
    // cards on screen are the ones "Copy N shown" counts, before reading them.
    await page.waitForFunction(() => {
      const shown = /Copy (\d+) shown/.exec(document.body.innerText);
      return (
        document.querySelectorAll("h3").length === 1 &&
        shown !== null &&
        document.querySelectorAll('[role="article"], article').length === Number(shown[1])
      );
    });
    const cards = page.getByRole("article");
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++)
      expect(await cards.nth(i).innerText()).toContain(`Area: ${firstArea}`);
    // The disclosure mark (▾, aria-hidden) is not part of the heading's words.
    const headings = (await page.locator("h3").allInnerTexts()).map((h) =>
      h.replace(/^[▾▸]\s*/, "")
    );
    expect(headings).toEqual([`${COMMENTARY_GROUP_TITLE.good} (${count})`]);

    await page.getByRole("button", { name: `Copy ${count} shown` }).click();
    await page.getByText(`${count} shown commentaries copied.`).first().waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(COMMENTARY_GROUP_TITLE.good)).toBe(true);
    expect(copied).not.toContain(COMMENTARY_GROUP_TITLE.concern);
    for (let i = 0; i < count; i++)
      expect(copied).toContain(await cards.nth(i).locator("h4").innerText());

    // Axe with the filters open and set.
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const serious = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(d: Document): Promise<{ violations: { id: string; impact: string }[] }> };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => v.id);
    });
    expect(serious).toEqual([]);

    // Search: one card's ref finds that card; Go to cell selects its value cell in the grid.
    await page.getByRole("button", { name: "Show all" }).click();
    const headline = await cards.first().locator("h4").innerText();
    const ref = headline.split(" - ")[0];
    await page.locator('label:has-text("Search ref, name or text") input').fill(headline);
    await page.waitForFunction(() => document.querySelectorAll("article").length === 1);
    const go = cards.first().getByRole("button", { name: /^Go to cell / });
    const cellRef = (await go.getAttribute("aria-label"))!.replace(/^Go to cell (\S+).*$/, "$1");
    expect(ref.length).toBeGreaterThan(0);
    await go.click();
    const selected = page.locator(`td[data-cell="${cellRef.split("!")[1]}"][aria-current="true"]`);
    await selected.waitFor();
    expect(await selected.evaluate((el) => el === document.activeElement)).toBe(true);
    // Selecting moved the grid, not the page.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.context().close();
  });

  it("offers the Q2 edit when Q1 is classified, never shows it as Q1's text", async () => {
    const page = await classifiedPage();
    const card = page.getByRole("article").first();
    const ref = (await card.locator("h4").innerText()).split(" - ")[0];
    await card.getByRole("button", { name: `Edit commentary for ${ref}` }).click();
    await page.getByRole("textbox", { name: `Commentary for ${ref}` }).fill("Q2 reviewer wording.");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await card.getByText("Q2 reviewer wording.").waitFor();

    await page.getByLabel("Quarter").selectOption("Q1 2018/19");
    await classify(page);
    await page.getByRole("heading", { name: "Summary, Q1 2018/19" }).waitFor();
    const q1 = page.getByRole("article", { name: new RegExp(`^${ref} - `) });
    await q1.getByText("Edited for Q2 2018/19 — use it here?").waitFor();
    expect(await q1.getByText("Edited by a reviewer").count()).toBe(0);
    expect(await q1.locator("p").filter({ hasText: "Q2 reviewer wording." }).isVisible()).toBe(
      false
    );
    await page.context().close();
  });

  it("keyboard only: Redraft opens a modal confirmation; Escape cancels, Enter replaces; focus comes back", async () => {
    const page = await classifiedPage();
    const card = page.getByRole("article").nth(1);
    const ref = (await card.locator("h4").innerText()).split(" - ")[0];
    await card.getByRole("button", { name: `Edit commentary for ${ref}` }).click();
    await page.getByRole("textbox", { name: `Commentary for ${ref}` }).fill("Edited.");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter"); // Save
    const redraft = card.getByRole("button", { name: `Redraft commentary for ${ref}` });
    await redraft.waitFor();
    await redraft.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog", { name: "Replace the edited text?" });
    await dialog.waitFor();
    expect(await focusedName(page)).toBe("Keep my edit");
    // Nothing behind is active: the pane's Classify button sits in an inert subtree.
    expect(
      await page
        .getByRole("button", { name: "Classify quarter" })
        .evaluate((el) => el.closest("[inert]") !== null)
    ).toBe(true);
    await page.keyboard.press("Tab");
    expect(await focusedName(page)).toBe("Replace with draft");
    await page.keyboard.press("Tab");
    expect(await focusedName(page)).toBe("Keep my edit");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(
      (name) => document.activeElement?.getAttribute("aria-label") === name,
      `Redraft commentary for ${ref}`
    );

    await page.keyboard.press("Enter");
    await dialog.waitFor();
    await page.keyboard.press("Shift+Tab");
    expect(await focusedName(page)).toBe("Replace with draft");
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(
      (name) => document.activeElement?.getAttribute("aria-label") === name,
      `Edit commentary for ${ref}`
    );
    expect(await card.getByText("Edited by a reviewer").count()).toBe(0);
    await page.context().close();
  });
});
