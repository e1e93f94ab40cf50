/**
 * The Word report from the preview: Download report (Word) gives a .docx that an independent
 * reader opens (the sample's summary and commentary inside), each picture's PNG fallback drawn by
 * the browser's canvas and read back pixel by pixel, with no CSP or console error; the pane's
 * trend pictures pass the axe scan.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { mediaFiles, paragraphs, readDocx, tables } from "../report/docxReader";
import { decodePng } from "../report/pngDecode";
import { classify, launchBrowser, openPreview, previewUrl } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async (include) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: { include: string[][] },
            options: object
          ): Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run({ include: [[include]] }, {});
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  }, selector);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id} (${v.targets.join(", ")})`);
}

describe("preview: the Word report and the pictures", () => {
  it("downloads a .docx that an independent reader opens, with the sample's summary inside", async () => {
    const { page, errors, requests } = await openPreview(browser);
    await classify(page);
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60000 }),
      page.getByRole("button", { name: "Download report (Word)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("performance-challenge-Q2-2018-19.docx");
    const file = await download.path();
    const doc = await readDocx(readFileSync(file!));
    expect(paragraphs(doc).find((p) => p.style === "Title")?.text).toBe(
      "Performance challenge – Q2 2018/19"
    );
    expect(tables(doc)[0].rows.at(-1)?.cells).toEqual([
      "Total (20)",
      "2 (10%)",
      "5 (25%)",
      "13 (65%)",
      "0 (0%)",
    ]);
    const headings = paragraphs(doc).filter((p) => p.style === "Heading2");
    expect(headings.length).toBeGreaterThan(20);
    expect(doc.images.every((i) => i.description.length > 0)).toBe(true);
    // The summary picture sets Q1 2018/19 (classified by the preview's engine) beside Q2.
    expect(doc.images[0].name).toBe("Summary picture");
    expect(doc.images[0].description).toContain("Q1 2018/19 beside Q2 2018/19.");
    // Every PNG fallback was drawn by the browser: twice the picture's size, real pixels in it.
    const pngs = [...(await mediaFiles(readFileSync(file!))).entries()].filter(([name]) =>
      name.endsWith(".png")
    );
    expect(pngs).toHaveLength(doc.images.length);
    const decoded = pngs.map(([, bytes]) => decodePng(bytes));
    const trends = decoded.filter((png) => png.width === 1040 && png.height === 360);
    expect(trends).toHaveLength(doc.images.length - 1);
    expect(decoded.filter((png) => png.width === 1200)).toHaveLength(1);
    // Each contract indicator's trend has its tolerance band (pale yellow) somewhere in the plot;
    // every picture has dark ink (lines and labels), not a blank canvas.
    const colours = (png: ReturnType<typeof decodePng>): Set<string> => {
      const seen = new Set<string>();
      for (let y = 0; y < png.height; y += 3)
        for (let x = 0; x < png.width; x += 3) seen.add(png.colourAt(x, y));
      return seen;
    };
    const seen = decoded.map(colours);
    expect(seen.filter((set) => set.has("#FFF1BF")).length).toBeGreaterThanOrEqual(20);
    expect(seen.every((set) => [...set].some((c) => parseInt(c.slice(1, 3), 16) < 0x40))).toBe(
      true
    );
    await page
      .getByText(/Word report downloaded:/)
      .first()
      .waitFor();
    // The page has no favicon: that 404 is the only console message allowed.
    expect(errors.filter((e) => !/Failed to load resource: .*404/.test(e))).toEqual([]);
    // The report is built in the page: nothing leaves it.
    expect(
      requests.every(
        (url) =>
          url.startsWith(new URL(previewUrl()).origin) ||
          url.startsWith("blob:") ||
          url.startsWith("data:")
      )
    ).toBe(true);
    await page.context().close();
  });

  it("shows a trend picture on every commentary card, passing axe", async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      bypassCSP: true, // axe goes in as a script tag, which the page's CSP rightly refuses
    });
    const page = await context.newPage();
    await page.goto(previewUrl());
    await page.getByLabel("Quarter").waitFor({ timeout: 60000 });
    await classify(page);
    const cards = page.getByRole("article");
    const trends = page.getByTestId("trend-picture");
    await trends.first().waitFor();
    expect(await trends.count()).toBe(await cards.count());
    const name = await trends.first().evaluate((el) => el.querySelector("title")?.textContent);
    expect(name).toMatch(/^Trend of /);
    expect(await seriousViolations(page, "main")).toEqual([]);
    await context.close();
  });
});
