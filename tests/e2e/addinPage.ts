/**
 * The BUILT add-in page as Excel runs it (the manifest's FunctionFile page in Debian's Chromium,
 * office.js answered by the real Excel runtime and a host stand-in, officeRuntime/shim.ts), and the
 * ribbon called as Excel calls it. Shared by the add-in e2e tests.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { RecordingHost } from "../../bench/officejs/recorder";
import { previewUrl } from "./browser";
import { HOST_GLOBAL, OFFICE_JS_URL, SEND_FUNCTION, officeJsResponse } from "./officeRuntime/shim";

const MANIFEST = readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");

/** The page the manifest names as FunctionFile (resid -> bt:Url), relative to dist/web. */
export function functionFilePage(): string {
  const resid = /<FunctionFile resid="([^"]+)"/.exec(MANIFEST)![1];
  const url = new RegExp(`<bt:Url id="${resid}" DefaultValue="([^"]+)"`).exec(MANIFEST)![1];
  return new URL(url).pathname.replace(/^\//, "");
}

export interface OpenedAddin {
  page: Page;
  external: string[];
  errors: string[];
}

export async function openAddin(
  browser: Browser,
  host: RecordingHost,
  viewport = { width: 360, height: 900 }
): Promise<OpenedAddin> {
  // bypassCSP: lets a test inject axe-core; the page's own CSP is checked by the build tests.
  const context = await browser.newContext({ viewport, bypassCSP: true });
  const page = await context.newPage();
  const origin = new URL(previewUrl()).origin;
  const external: string[] = [];
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL)
      return route.fulfill({ contentType: "text/javascript", body: officeJsResponse() });
    if (url.startsWith(origin)) return route.continue();
    external.push(url);
    return route.abort();
  });
  await page.exposeFunction(SEND_FUNCTION, (request: string) =>
    JSON.stringify(host.respond(JSON.parse(request)))
  );
  await page.goto(`${previewUrl()}${functionFilePage()}`);
  await page.getByRole("heading", { name: "Performance Challenge" }).waitFor({ timeout: 60000 });
  return { page, external, errors };
}

/** Calls a ribbon function as Excel does (event object) and waits for event.completed(). */
export function ribbon(page: Page, name: string): Promise<string> {
  return page.evaluate(
    ([hostGlobal, fn]) =>
      new Promise<string>((resolve, reject) => {
        const host = (window as unknown as Record<string, { mappings: Record<string, unknown> }>)[
          hostGlobal
        ];
        const handler = host.mappings[fn] as ((event: unknown) => void) | undefined;
        if (!handler) return reject(new Error(`Nothing is associated with "${fn}".`));
        const timer = setTimeout(() => reject(new Error("event.completed() never called")), 90000);
        handler({
          source: { id: fn },
          completed: () => {
            clearTimeout(timer);
            resolve("completed");
          },
        });
      }),
    [HOST_GLOBAL, name] as const
  );
}

/** What the last ribbon command published for the pane (src/commands/outcomes.ts). */
export function lastOutcome(
  page: Page
): Promise<{ command: string; ok: boolean; message: string } | null> {
  return page.evaluate(() => {
    const store = (window as unknown as Record<string, { last: unknown } | undefined>)
      .__perfChallengeCommandOutcomes;
    const last = store?.last as { command: string; ok: boolean; message: string } | null;
    return last ? { command: last.command, ok: last.ok, message: last.message } : null;
  });
}

/** How many times the page asked the host to show the task pane (Office.addin.showAsTaskpane). */
export function panesShown(page: Page): Promise<number> {
  return page.evaluate(
    (hostGlobal) => (window as unknown as Record<string, { shown: number }>)[hostGlobal].shown,
    HOST_GLOBAL
  );
}
