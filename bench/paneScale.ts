/**
 * The bench's pane row: Classify in the preview's task pane (the pane that runs in Excel) in
 * Debian's Chromium at 2,000 and 20,000 indicators — longest main-thread task, time from click to
 * summary, the pane's element count and the JS heap. Prints one JSON line per size.
 *   tsx bench/paneScale.ts [--root dist/web] [sizes…]
 * `--root` measures another build (the "before" figures came from the starting commit's build).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startPreviewServer } from "../scripts/preview-server";
import { launchBrowser } from "../tests/e2e/browser";
import { measureClassify, openWorkbook, type PaneScaleFigures } from "../tests/e2e/paneScale";
import { makeIndicatorFixture, writeFixtureXlsx } from "./fixtures";

export async function measurePane(sizes: number[], root?: string): Promise<PaneScaleFigures[]> {
  const server = await startPreviewServer({ port: 0, root, build: root === undefined });
  const browser = await launchBrowser();
  const figures: PaneScaleFigures[] = [];
  try {
    for (const rows of sizes) {
      const file = join(mkdtempSync(join(tmpdir(), "pc-pane-")), `council-${rows}.xlsx`);
      await writeFixtureXlsx(makeIndicatorFixture(rows), file);
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.getByLabel("Quarter").waitFor({ timeout: 60_000 });
      await openWorkbook(page, readFileSync(file), `council-${rows}.xlsx`);
      figures.push(await measureClassify(page, rows));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--root");
  const root = at >= 0 ? resolve(args.splice(at, 2)[1]) : undefined;
  const sizes = args.length ? args.map(Number) : [2_000, 20_000];
  for (const figure of await measurePane(sizes, root)) console.log(JSON.stringify(figure));
}

if (require.main === module) void main();
