/** Reads what the preview page shows, as plain data the tests compare with the engine's result. */
import type { Page } from "playwright-core";
import type { Status } from "../../src/engine/types";

export interface ShownTotals {
  count: Record<string, number>;
  percent: Record<string, number>;
}

export async function readSummaryTotals(page: Page): Promise<ShownTotals> {
  return page.getByTestId("summary-total").evaluate((row) => {
    const count: Record<string, number> = {};
    const percent: Record<string, number> = {};
    row.querySelectorAll<HTMLElement>("[data-status]").forEach((cell) => {
      const status = cell.dataset.status as string;
      count[status] = Number(cell.querySelector('[data-part="count"]')?.textContent?.trim());
      percent[status] = Number(
        cell.querySelector('[data-part="percent"]')?.textContent?.replace("%", "").trim()
      );
    });
    return { count, percent };
  });
}

export async function readAreaNames(page: Page): Promise<string[]> {
  return page.locator("main table tbody th[scope=row]").allInnerTexts();
}

/** Fills drawn in the sheet view (cell address -> #RRGGBB). */
export async function readGridFills(page: Page): Promise<Record<string, string>> {
  return page
    .locator("td[data-fill]")
    .evaluateAll((cells) =>
      Object.fromEntries(
        cells.map((cell) => [
          (cell as HTMLElement).dataset.cell as string,
          (cell as HTMLElement).dataset.fill as string,
        ])
      )
    );
}

export const SHOWN_STATUSES: Status[] = [
  "outsideTolerance",
  "insideTolerance",
  "onTarget",
  "noTarget",
];

/** Opens a closed part of the pane (issue 22: Findings, How the sheet was read) by its toggle. */
export async function openPart(page: Page, id: "findings" | "sheet-reading"): Promise<void> {
  const toggle = page.locator(`#${id}-title button`);
  await toggle.waitFor({ timeout: 60000 });
  if ((await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
}

/** Opens the commentary's Filter and search (closed at first, issue 22). */
export async function openCommentaryFilters(page: Page): Promise<void> {
  const toggle = page.getByRole("button", { name: /^Filter and search/ });
  if ((await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
}
