/** Launches Debian's Chromium (never a downloaded browser) and opens the preview page. */
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Timers run on time in a headless page on a busy machine (the pane's figures measure timers).
  "--disable-background-timer-throttling",
  "--disable-renderer-backgrounding",
  "--disable-backgrounding-occluded-windows",
];

export function previewUrl(): string {
  const url = process.env.PREVIEW_URL;
  if (!url)
    throw new Error("PREVIEW_URL is not set: run the end-to-end tests with -c jest.e2e.config.js.");
  return url;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export interface OpenedPreview {
  page: Page;
  /** Every request URL the page made. */
  requests: string[];
  /** Console errors and page errors (CSP violations show up here). */
  errors: string[];
}

export async function openPreview(
  browser: Browser,
  viewport = { width: 1400, height: 900 }
): Promise<OpenedPreview> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(previewUrl());
  await page.getByLabel("Quarter").waitFor({ timeout: 60000 });
  return { page, requests, errors };
}

/** Clicks Classify quarter and waits for the summary table. */
export async function classify(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Classify quarter" }).click();
  await page.getByTestId("summary-total").waitFor({ timeout: 60000 });
}
