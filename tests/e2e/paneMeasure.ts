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

/**
 * Words of the summary's status headings drawn across more than one line (a word broken inside
 * itself): each word's text is measured as a DOM Range, which gives one box per line it spans.
 * Font-independent: no pixel of any font is assumed.
 */
export function brokenHeadingWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const heading of document.querySelectorAll('th[data-status] [data-part="heading"]')) {
      const node = heading.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) continue;
      const text = node.textContent ?? "";
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const boxes = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (boxes.length !== 1) broken.push(`${match[0]} (${boxes.length} boxes)`);
      }
    }
    return broken;
  });
}
