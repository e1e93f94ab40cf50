/**
 * Measures Classify in the preview's pane (the task pane that runs in Excel) on a workbook of many
 * indicators: longest main-thread task (a `longtask` PerformanceObserver), time from click to the
 * summary, the pane's element count and the JS heap. Shared by the e2e test and `npm run bench`.
 */
import type { Page } from "playwright-core";

export interface PaneScaleFigures {
  rows: number;
  longestTaskMs: number;
  tasksOver200: number;
  msToSummary: number;
  paneElements: number;
  heapMb: number | null;
}

export async function openWorkbook(page: Page, bytes: Buffer, name: string): Promise<void> {
  await page.getByLabel("Open workbook…").setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: bytes,
  });
  await page.getByText(/^Indicator table on sheet:/).waitFor({ timeout: 240_000 });
  // An older build classified on opening: wait until the pane is idle (and stays idle).
  for (let settled = 0; settled < 2; settled++) {
    await page.locator('main[aria-busy="false"]').waitFor({ timeout: 300_000 });
    await page.waitForTimeout(1000);
  }
}

export async function measureClassify(page: Page, rows: number): Promise<PaneScaleFigures> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: "longtask" });
  });
  const started = Date.now();
  await page.getByRole("button", { name: "Classify quarter" }).click({ timeout: 300_000 });
  await page
    .locator('main[aria-busy="true"]')
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await page.locator('main[aria-busy="false"]').waitFor({ timeout: 300_000 });
  await page.getByTestId("summary-total").waitFor({ timeout: 300_000 });
  const msToSummary = Date.now() - started;
  // Let the pane settle (the work after the summary shows counts too).
  await page.waitForTimeout(1500);
  return page
    .evaluate((count) => {
      const w = window as unknown as { __longTasks: number[] };
      const tasks = w.__longTasks;
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return {
        rows: count,
        longestTaskMs: Math.round(Math.max(0, ...tasks)),
        tasksOver200: tasks.filter((d) => d > 200).length,
        msToSummary: 0,
        paneElements: document.querySelector("main")?.querySelectorAll("*").length ?? 0,
        heapMb: memory ? Math.round(memory.usedJSHeapSize / 2 ** 20) : null,
      };
    }, rows)
    .then((figures) => ({ ...figures, msToSummary }));
}
