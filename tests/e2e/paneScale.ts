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
  /** From the click to the summary in the pane (the page's clock). */
  msToSummary: number;
  paneElements: number;
  heapMb: number | null;
  /** Longest time (ms) from the click to the summary with no change of the progress bar's value
   * or label (the click, each change and the summary's appearance are the moments compared). */
  longestProgressGapMs: number;
  progressChanges: number;
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

interface Recorded {
  __longTasks: number[];
  __progress: number[];
  __clickedAt: number;
  __summaryAt: number;
}

/**
 * Records, in the page, when the long tasks happen and when the progress moves: each change of the
 * progress bar's aria-valuenow or of its label, seen by a MutationObserver on the pane.
 */
function startRecording(): void {
  const w = window as unknown as Recorded;
  w.__longTasks = [];
  w.__progress = [];
  w.__clickedAt = 0;
  w.__summaryAt = 0;
  document.addEventListener("click", () => (w.__clickedAt ||= performance.now()), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
  }).observe({ type: "longtask" });
  let last = "";
  const pane = document.querySelector("main") ?? document.body;
  new MutationObserver(() => {
    const bar = pane.querySelector('[role="progressbar"]');
    const label = bar?.closest("[class*=fui-Field]")?.textContent ?? "";
    const now = bar ? `${bar.getAttribute("aria-valuenow") ?? ""}|${label}` : "";
    if (now !== last && now !== "") w.__progress.push(performance.now());
    last = now;
    if (!w.__summaryAt && pane.querySelector('[data-testid="summary-total"]'))
      w.__summaryAt = performance.now();
  }).observe(pane, { subtree: true, childList: true, attributes: true, characterData: true });
}

export async function measureClassify(page: Page, rows: number): Promise<PaneScaleFigures> {
  await page.evaluate(startRecording);
  await page.getByRole("button", { name: "Classify quarter" }).click({ timeout: 300_000 });
  await page
    .locator('main[aria-busy="true"]')
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await page.locator('main[aria-busy="false"]').waitFor({ timeout: 300_000 });
  await page.getByTestId("summary-total").waitFor({ timeout: 300_000 });
  // Let the pane settle (the work after the summary shows counts too).
  await page.waitForTimeout(1500);
  return page.evaluate((count) => {
    const w = window as unknown as Recorded;
    const [from, to] = [w.__clickedAt, w.__summaryAt];
    const tasks = w.__longTasks;
    const moments = [from, ...w.__progress.filter((t) => t > from && t < to), to];
    const gaps = moments.slice(1).map((t, i) => t - moments[i]);
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return {
      rows: count,
      longestTaskMs: Math.round(Math.max(0, ...tasks)),
      tasksOver200: tasks.filter((d) => d > 200).length,
      msToSummary: Math.round(to - from),
      paneElements: document.querySelector("main")?.querySelectorAll("*").length ?? 0,
      heapMb: memory ? Math.round(memory.usedJSHeapSize / 2 ** 20) : null,
      longestProgressGapMs: Math.round(Math.max(0, ...gaps)),
      progressChanges: moments.length - 2,
    };
  }, rows);
}
