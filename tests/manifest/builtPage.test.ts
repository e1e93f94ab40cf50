/**
 * @jest-environment jsdom
 *
 * The BUILT page the manifest names as FunctionFile, shared Runtime and pane registers every
 * FunctionName of the manifest with Office.actions.associate, once, and a ribbon call completes
 * its event. The page's own scripts from dist/web run here against a stand-in Office global (the
 * CDN's office.js is not fetched); the real Office runtime is exercised by the browser test
 * (tests/e2e/addin-runtime.e2e.test.ts).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { WEB_DIST, ensureWebBuild } from "../../scripts/webBuild";

const ROOT = resolve(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The URL a resid names in <bt:Urls>. */
function urlOf(resid: string): string {
  const match = new RegExp(
    `<bt:Url id="${resid.replace(/\./g, "\\.")}" DefaultValue="([^"]+)"`
  ).exec(MANIFEST);
  if (!match) throw new Error(`manifest.xml declares no URL ${resid}`);
  return match[1];
}

function residOf(element: string): string {
  const match = new RegExp(`<${element} resid="([^"]+)"`).exec(MANIFEST);
  if (!match) throw new Error(`manifest.xml has no <${element} resid=…>`);
  return match[1];
}

const FUNCTION_FILE = urlOf(residOf("FunctionFile"));
const FUNCTION_NAMES = [...MANIFEST.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map(
  (m) => m[1]
);

interface Recorded {
  associated: [string, unknown][];
  shown: number;
  ready: Promise<void>;
}

/** A stand-in for the CDN's Office global: records associate and showAsTaskpane. */
function installOffice(): Recorded {
  let signalReady: () => void = () => undefined;
  const recorded: Recorded = {
    associated: [],
    shown: 0,
    ready: new Promise((resolveReady) => (signalReady = resolveReady)),
  };
  const info = { host: "Excel", platform: "OfficeOnline" };
  (globalThis as Record<string, unknown>).Office = {
    HostType: { Excel: "Excel" },
    onReady(callback?: (i: typeof info) => void) {
      return Promise.resolve().then(() => {
        callback?.(info);
        signalReady();
        return info;
      });
    },
    actions: { associate: (name: string, fn: unknown) => recorded.associated.push([name, fn]) },
    addin: { showAsTaskpane: () => ((recorded.shown += 1), Promise.resolve()) },
    context: {
      platform: "OfficeOnline",
      requirements: { isSetSupported: () => true },
      document: { settings: { get: () => null, set: () => undefined, saveAsync: () => undefined } },
    },
  };
  return recorded;
}

/** The page's scripts, in document order: the CDN's office.js or a file of dist/web. */
function pageScripts(html: string): string[] {
  const page = new DOMParser().parseFromString(html, "text/html");
  return [...page.querySelectorAll("script[src]")].map((s) => s.getAttribute("src") ?? "");
}

/** Rejects after `ms` with `message` (so a page that never calls Office.onReady fails clearly). */
function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe("the built function file", () => {
  let html: string;
  let recorded: Recorded;

  beforeAll(async () => {
    ensureWebBuild();
    const file = new URL(FUNCTION_FILE).pathname.replace(/^\//, "");
    html = readFileSync(join(WEB_DIST, file), "utf8");
    recorded = installOffice();
    // The page's markup without running its scripts (innerHTML never does): the bundle finds its
    // own <script> there to work out where its chunks live, as in a browser.
    const page = new DOMParser().parseFromString(html, "text/html");
    document.head.innerHTML = page.head.innerHTML;
    document.body.innerHTML = page.body.innerHTML;
    for (const src of pageScripts(html)) {
      if (src === OFFICE_CDN) continue;
      // The page's own bundle, exactly as built; run in this window like a <script> would.
      // eslint-disable-next-line no-eval -- the test's purpose: run the built file as the page does
      window.eval(readFileSync(join(WEB_DIST, src), "utf8"));
    }
    await within(recorded.ready, 10_000, "The built page never called Office.onReady.");
  }, 240_000);

  it("is the page the manifest names for the pane and the shared runtime too", () => {
    expect(urlOf(residOf("Runtime"))).toBe(FUNCTION_FILE);
    expect(MANIFEST).toContain(`<SourceLocation DefaultValue="${FUNCTION_FILE}"/>`);
  });

  it("loads Office.js from Microsoft's CDN before one add-in bundle", () => {
    const scripts = pageScripts(html);
    expect(scripts[0]).toBe(OFFICE_CDN);
    expect(scripts.filter((s) => s !== OFFICE_CDN)).toHaveLength(1);
  });

  it("associates every FunctionName of the manifest, once each, with a function", () => {
    expect(FUNCTION_NAMES.length).toBeGreaterThan(0);
    expect(recorded.associated.map(([name]) => name).sort()).toEqual([...FUNCTION_NAMES].sort());
    for (const [, fn] of recorded.associated) expect(typeof fn).toBe("function");
  });

  it("a ribbon call completes its event and opens the pane when it cannot work", async () => {
    // No Excel runtime here, so Classify fails: the failure must still complete the event.
    const classify = recorded.associated.find(
      ([name]) => name === "classifyQuarter"
    )![1] as (event: { completed(): void }) => Promise<void>;
    const completed = jest.fn();
    await classify({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(recorded.shown).toBe(1);
  });
});
