/**
 * Nothing let in: every page the add-in serves carries a Content-Security-Policy that allows
 * scripts only from the add-in itself and, on the add-in pages, Microsoft's Office.js CDN; no
 * inline or eval'd script, no plugins, and network requests only to the add-in's own origin (and
 * the Office CDN). Read from webpack.config.js's generated policies and the HTML templates, so no
 * build is needed. The built pages are checked by tests/build/bundle-budget.test.ts.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const OFFICE_ORIGINS = ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];

interface HtmlPluginLike {
  userOptions?: { filename?: string; csp?: string };
}

/** The CSP of every HTML page webpack emits, by file name. */
async function policies(mode: "production" | "development"): Promise<Record<string, string>> {
  const config = require(join(ROOT, "webpack.config.js")) as (
    env: unknown,
    argv: { mode: string }
  ) => Promise<{ plugins: HtmlPluginLike[] }>;
  const { plugins } = await config({}, { mode });
  const pages = plugins.filter((p) => typeof p.userOptions?.csp === "string");
  return Object.fromEntries(pages.map((p) => [p.userOptions!.filename!, p.userOptions!.csp!]));
}

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources])
  );
}

describe("Content-Security-Policy of the pane's pages", () => {
  let production: Record<string, string>;

  beforeAll(async () => {
    production = await policies("production");
  });

  it("covers the add-in's one page (pane, ribbon function file, shared runtime), the ribbon's outcome dialog and the preview", () => {
    expect(Object.keys(production).sort()).toEqual([
      "outcome.html",
      "preview.html",
      "taskpane.html",
    ]);
  });

  it.each(["taskpane.html", "preview.html", "outcome.html"])(
    "%s: scripts only from the add-in and Office's CDN",
    (page) => {
      const csp = directives(production[page]);
      expect(csp["default-src"]).toEqual(["'self'"]);
      expect(csp["object-src"]).toEqual(["'none'"]);
      expect(csp["base-uri"]).toEqual(["'self'"]);
      const allowedScripts = page === "taskpane.html" ? ["'self'", ...OFFICE_ORIGINS] : ["'self'"];
      expect(csp["script-src"].filter((s) => !allowedScripts.includes(s))).toEqual([]);
    }
  );

  it.each(["taskpane.html", "preview.html", "outcome.html"])(
    "%s: no wildcard, no inline or eval'd script, requests to known origins only",
    (page) => {
      const csp = directives(production[page]);
      for (const [name, sources] of Object.entries(csp)) {
        expect([
          name,
          sources.filter((s) => s === "*" || /^(https?|wss?):?$/.test(s) || s.includes("*")),
        ]).toEqual([name, []]);
      }
      expect(csp["script-src"]).not.toContain("'unsafe-inline'");
      expect(csp["script-src"]).not.toContain("'unsafe-eval'");
      expect(
        csp["connect-src"].filter((s) => s !== "'self'" && !OFFICE_ORIGINS.includes(s))
      ).toEqual([]);
    }
  );

  it("development adds only the local dev server's live-reload socket", async () => {
    const development = await policies("development");
    const extra = directives(development["taskpane.html"])["connect-src"].filter(
      (s) => !directives(production["taskpane.html"])["connect-src"].includes(s)
    );
    expect(extra.every((s) => /^wss?:\/\/localhost:\d+$/.test(s))).toBe(true);
  });

  it.each(["src/taskpane/taskpane.html", "src/preview/preview.html"])(
    "%s puts the policy before any script and has no inline script",
    (template) => {
      const html = readFileSync(join(ROOT, template), "utf8");
      const cspAt = html.indexOf('http-equiv="Content-Security-Policy"');
      expect(cspAt).toBeGreaterThan(0);
      const firstScript = html.indexOf("<script");
      if (firstScript >= 0) expect(cspAt).toBeLessThan(firstScript);
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attrs, body]) => !/\bsrc=/.test(attrs) || body.trim()
      );
      expect(inline).toEqual([]);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    }
  );
});
