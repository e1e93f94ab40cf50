/**
 * The task pane must open fast inside Excel: its initial JavaScript stays under 150 KB gzipped
 * (Office.js comes from Microsoft's CDN and is not counted). Builds the web bundle when it is
 * missing or older than its sources, else reads the existing build's size report.
 * Also checks what every page loads: a CSP first in <head>, no inline script, Office.js only on
 * the add-in pages, and no ExcelJS in the preview's initial bundle.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { SIZE_REPORT, WEB_DIST, ensureWebBuild } from "../../scripts/webBuild";

const BUDGET_GZIP_BYTES = 150 * 1024;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

interface SizeReport {
  entries: Record<string, { gzipBytes: number; files: { file: string; gzipBytes: number }[] }>;
}

let report: SizeReport;
const page = (name: string): string => readFileSync(path.join(WEB_DIST, name), "utf8");

beforeAll(() => {
  ensureWebBuild();
  report = JSON.parse(readFileSync(SIZE_REPORT, "utf8")) as SizeReport;
}, 600_000);

describe("web bundle", () => {
  it("keeps the task pane's initial JavaScript under 150 KB gzipped", () => {
    const taskpane = report.entries.taskpane;
    expect(taskpane).toBeDefined();
    expect(taskpane.files.length).toBeGreaterThan(0);
    expect(taskpane.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it("keeps ExcelJS out of the preview's initial JavaScript (it is loaded on demand)", () => {
    for (const { file } of report.entries.preview.files) {
      const source = readFileSync(path.join(WEB_DIST, file), "utf8");
      // Strings only ExcelJS's xlsx writer carries.
      expect(source).not.toContain("xl/workbook.xml");
      expect(source).not.toContain("sharedStrings.xml");
    }
  });

  it.each(["taskpane.html", "preview.html", "outcome.html"])(
    "%s starts <head> with a Content-Security-Policy and has no inline script",
    (name) => {
      const html = page(name);
      const head = html.slice(html.indexOf("<head>"), html.indexOf("</head>"));
      const cspAt = head.indexOf("Content-Security-Policy");
      const firstScript = head.indexOf("<script");
      expect(cspAt).toBeGreaterThan(0);
      expect(cspAt).toBeLessThan(firstScript);
      expect(head).toMatch(/default-src 'self'/);
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attrs, body]) => !/\bsrc=/.test(attrs) || body.trim()
      );
      expect(inline).toEqual([]);
    }
  );

  it("loads Office.js from Microsoft's CDN on the task pane only, never on the preview", () => {
    expect(page("taskpane.html")).toContain(OFFICE_JS);
    expect(page("taskpane.html")).toMatch(
      /script-src 'self' https:\/\/appsforoffice\.microsoft\.com/
    );
    expect(page("preview.html")).not.toContain("appsforoffice");
    expect(page("preview.html")).toMatch(/script-src 'self'[;"]/);
  });
});
