/**
 * What issue 22 measures on the pane: Tab presses from the pane's top to the first commentary
 * Edit button, and the pane's height. Keyboard only: each press is a real Tab.
 */
import type { Page } from "playwright-core";

/** Tab presses from the top of the page until the focus is on a commentary card's Edit; null
 * when `limit` presses never reach one. */
export async function tabsToFirstEdit(page: Page, limit = 150): Promise<number | null> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  // Focus starts at the document (as after the pane opens): the first Tab reaches its first stop.
  await page.mouse.click(1, 1);
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    const onEdit = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return (
        el?.tagName === "BUTTON" &&
        el.textContent?.trim() === "Edit" &&
        el.closest("[role='article'], article") !== null
      );
    });
    if (onEdit) return presses;
  }
  return null;
}

/** The pane's full height in CSS pixels (its scroll height, not the viewport's). */
export function paneHeight(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.round(
      Math.max(
        document.documentElement.scrollHeight,
        document.querySelector("main")?.getBoundingClientRect().height ?? 0
      )
    )
  );
}
