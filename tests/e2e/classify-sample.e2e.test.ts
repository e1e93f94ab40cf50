/**
 * The preview with the bundled sample: classify it and compare what the page shows with the engine
 * and with the seed report's figures; fills in the grid; keyboard-only use; accessibility; no
 * request leaves the page's origin; a screenshot for a human to look at.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { PALETTES } from "../../src/engine/palette";
import { planWrite } from "../../src/engine/writePlan";
import { columnLetters } from "../../src/preview/sheetModel";
import { STATUS_LABEL, type RunResult } from "../../src/engine/types";
import { classify, launchBrowser, openPreview, previewUrl } from "./browser";
import { expectedRun, sampleBytes } from "./expected";
import { SHOWN_STATUSES, readAreaNames, readGridFills, readSummaryTotals } from "./pageReaders";

const ARTIFACTS = path.resolve(__dirname, "artifacts");
let browser: Browser;
let expected: RunResult;

beforeAll(async () => {
  browser = await launchBrowser();
  expected = await expectedRun(sampleBytes());
});
afterAll(async () => {
  await browser?.close();
});

describe("preview with the bundled sample", () => {
  it("classifies the sample: summary as the seed report, fills in the grid, nothing fetched from elsewhere", async () => {
    const { page, requests, errors } = await openPreview(browser);
    await classify(page);

    const totals = await readSummaryTotals(page);
    // The seed report's table (docs/workbook-output.md): 2 / 5 / 13 / 0 of 20 -> 10% / 25% / 65% / 0%.
    expect(SHOWN_STATUSES.map((s) => totals.percent[s])).toEqual([10, 25, 65, 0]);
    expect(SHOWN_STATUSES.map((s) => totals.count[s])).toEqual([2, 5, 13, 0]);
    // ... and exactly what the engine computes from the same file in Node.
    expect(SHOWN_STATUSES.map((s) => totals.percent[s])).toEqual(
      SHOWN_STATUSES.map((s) => expected.summary.percent[s])
    );
    expect(await readAreaNames(page)).toEqual([
      ...expected.summary.areas.map((a) => a.area),
      `Total (${expected.summary.total.count})`,
    ]);

    // Every cell the write plan fills (value and status cells) shows that fill in the grid.
    const fills = await readGridFills(page);
    const planned = planWrite(expected, { logRows: null }, "default").fills;
    expect(planned.length).toBeGreaterThan(0);
    for (const group of planned) {
      expect(group.color.toUpperCase()).toBe(PALETTES.default[group.status].toUpperCase());
      for (const cell of group.cells)
        expect(fills[`${columnLetters(cell.col)}${cell.row + 1}`]).toBe(group.color.toUpperCase());
    }
    // The status column carries the label, so colour is not the only signal.
    const statusHeader = page.locator(`td:text-is("Status ${expected.quarter.label}")`);
    await expect(statusHeader.count()).resolves.toBe(1);
    await expect(
      page.locator(`td:text-is("${STATUS_LABEL.outsideTolerance}")`).count()
    ).resolves.toBe(expected.summary.total.outsideTolerance);

    // The classification's own sheets appear as tabs.
    await page.getByRole("tab", { name: "Challenge summary" }).waitFor();
    await page.getByRole("tab", { name: "Challenge log" }).waitFor();

    // Show the classified quarter and the status column (the Ref and Indicator columns are frozen).
    await page.getByRole("tabpanel").evaluate((grid) => grid.scrollTo({ left: grid.scrollWidth }));
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "classified-sample.png") });

    const origin = new URL(previewUrl()).origin;
    expect(
      requests.filter(
        (url) => !url.startsWith(origin) && !url.startsWith("blob:") && !url.startsWith("data:")
      )
    ).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
    await page.context().close();
  });

  it("works from the keyboard alone: Tab to Classify, Enter, Tab on to the commentary", async () => {
    const { page } = await openPreview(browser);
    const classifyButton = page.getByRole("button", { name: "Classify quarter" });
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await classifyButton.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByTestId("summary-total").waitFor();
    const totals = await readSummaryTotals(page);
    expect(totals.count.onTarget).toBe(expected.summary.total.onTarget);

    const firstEdit = page.getByRole("button", { name: /^Edit commentary for/ }).first();
    let onEdit = false;
    for (let i = 0; i < 40 && !onEdit; i++) {
      await page.keyboard.press("Tab");
      onEdit = await firstEdit.evaluate((el) => el === document.activeElement);
    }
    expect(onEdit).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByRole("textbox", { name: /^Commentary for/ }).waitFor();
    await page.context().close();
  });

  it("has no serious or critical accessibility violations (axe-core), before and after classifying", async () => {
    // axe is injected as a script tag, which the page's CSP (script-src 'self') rightly refuses.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(previewUrl());
    await page.getByLabel("Quarter").waitFor({ timeout: 60000 });
    const axePath = require.resolve("axe-core/axe.min.js");
    const scan = async (): Promise<string[]> => {
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(ctx: Document): Promise<{
                violations: {
                  id: string;
                  impact: string;
                  help: string;
                  nodes: { target: string[] }[];
                }[];
              }>;
            };
          }
        ).axe;
        const result = await axe.run(document);
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
        }));
      });
      return violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(", ")})`);
    };
    expect(await scan()).toEqual([]);
    await classify(page);
    expect(await scan()).toEqual([]);
    await context.close();
  });

  // Font independence: the machine's own sans-serif, then fonts much wider than any pane font
  // (monospace, and a generous letter spacing), so the test passes whatever fonts are installed.
  it.each([
    ["the machine's fonts", ""],
    ["a wide monospace font", "* { font-family: monospace !important; }"],
    ["wide letter spacing", "* { letter-spacing: 0.12em !important; }"],
  ])("stays readable at 320 px wide with %s: nothing runs off the side", async (name, css) => {
    const { page } = await openPreview(browser, { width: 320, height: 900 });
    if (css) await page.addStyleTag({ content: css });
    await classify(page);
    const overflow = await page.evaluate(() => {
      const main = document.querySelector("main") as HTMLElement;
      const summary = document.querySelector('[aria-label="Summary table"]') as HTMLElement;
      return {
        page: document.documentElement.scrollWidth,
        pane: main.scrollWidth - main.clientWidth,
        summary: summary.scrollWidth - summary.clientWidth,
      };
    });
    expect(overflow.page).toBeLessThanOrEqual(320);
    expect(overflow.pane).toBeLessThanOrEqual(1);
    // The whole summary table fits: no sideways scrolling needed to read the seed's five columns.
    expect(overflow.summary).toBeLessThanOrEqual(1);
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = `narrow-320${css ? `-${name.replace(/\W+/g, "-")}` : ""}.png`;
    await page.screenshot({ path: path.join(ARTIFACTS, file), fullPage: false });
    await page.context().close();
  });
});
