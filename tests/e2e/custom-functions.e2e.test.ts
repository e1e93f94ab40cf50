/**
 * The PERF custom functions as Excel runs them: the BUILT page the manifest names (its custom
 * functions' Page) in Debian's Chromium, office.js answered by the real Excel on the web runtime
 * (officeRuntime/shim.ts). The page must register, with CustomFunctions.associate, every function
 * dist/web/functions.json lists (what Excel reads to offer =PERF.…); then each is invoked the way
 * Excel invokes it — an invocation message to the runtime's own custom-function proxy, which calls
 * the function and sends its result back in a SetInvocationArrayResults request — on cells of the
 * sample workbook, whose number formats the functions read through Excel.run.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { RecordingHost } from "../../bench/officejs/recorder";
import type { SendRequest } from "../../bench/officejs/runtime";
import type { RequestBody } from "../../bench/officejs/server";
import { WEB_DIST } from "../../scripts/webBuild";
import { launchBrowser, previewUrl } from "./browser";
import { sampleBytes } from "./expected";
import { memoryBookFrom } from "./officeRuntime/memoryBook";
import { HOST_GLOBAL, OFFICE_JS_URL, SEND_FUNCTION, officeJsResponse } from "./officeRuntime/shim";

const MANIFEST = readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
const CUSTOM_FUNCTIONS_SERVICE = "Microsoft.ExcelServices.CustomFunctions";

/** The page the manifest's CustomFunctions extension point names (<Page>), relative to dist/web. */
function functionsPage(): string {
  const point = /<ExtensionPoint xsi:type="CustomFunctions">([\s\S]*?)<\/ExtensionPoint>/.exec(
    MANIFEST
  )![1];
  const resid = /<Page>\s*<SourceLocation resid="([^"]+)"/.exec(point)![1];
  const url = new RegExp(`<bt:Url id="${resid}" DefaultValue="([^"]+)"`).exec(MANIFEST)![1];
  return new URL(url).pathname.replace(/^\//, "");
}

interface Invocation {
  id: number;
  name: string;
  args: unknown[];
  addresses: string[];
}

/** What the runtime sent back for one invocation: [id, succeeded, value or message, error code?]. */
type InvocationResult = [number, boolean, unknown, number?];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Answers the custom-function service's requests as Excel does (results recorded, features none);
 * every other request goes to the in-memory Excel.
 */
function answer(host: RecordingHost, results: InvocationResult[], request: SendRequest): unknown {
  const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
  const body = JSON.parse(text) as RequestBody;
  const service = Object.values(body.ObjectPaths).some((p) => p.Name === CUSTOM_FUNCTIONS_SERVICE);
  if (!service) return host.respond(request);
  const answers = [];
  for (const action of body.Actions) {
    const args = action.ArgumentInfo?.Arguments ?? [];
    if (action.Name === "SetInvocationArrayResults")
      results.push(...(args[0] as InvocationResult[]));
    if (action.Name === "_GetEnabledFeatures") answers.push({ ActionId: action.Id, Value: [] });
  }
  return {
    statusCode: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ Results: answers }),
  };
}

async function openFunctionsPage(host: RecordingHost, results: InvocationResult[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const origin = new URL(previewUrl()).origin;
  const errors: string[] = [];
  const external: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL)
      return route.fulfill({
        contentType: "text/javascript",
        body: officeJsResponse({ customFunctions: true }),
      });
    if (url.startsWith(origin)) return route.continue();
    external.push(url);
    return route.abort();
  });
  await page.exposeFunction(SEND_FUNCTION, (request: string) =>
    JSON.stringify(answer(host, results, JSON.parse(request) as SendRequest))
  );
  await page.goto(`${previewUrl()}${functionsPage()}`);
  await page.getByRole("heading", { name: "Performance Challenge" }).waitFor({ timeout: 60000 });
  return { page, errors, external };
}

/** Sends Excel's invocation message to the handlers the runtime registered for Excel's messages. */
async function invoke(page: Page, calls: Invocation[]): Promise<void> {
  await page.waitForFunction(
    (hostGlobal) =>
      ((window as unknown as Record<string, { richApiHandlers?: unknown[] }>)[hostGlobal]
        ?.richApiHandlers?.length ?? 0) > 0,
    HOST_GLOBAL,
    { timeout: 30000 }
  );
  await page.evaluate(
    ([hostGlobal, list]) => {
      const host = (
        window as unknown as Record<string, { richApiHandlers: ((args: unknown) => void)[] }>
      )[hostGlobal];
      const entries = list.map((call) => ({
        messageCategory: 1,
        messageType: 1000,
        message: JSON.stringify([call.id, call.name, call.args, "Sheet1!Z1", 0, call.addresses]),
      }));
      for (const handler of host.richApiHandlers) handler({ entries });
    },
    [HOST_GLOBAL, calls] as const
  );
}

describe("the PERF custom functions on the built page and the real Office runtime", () => {
  it("registers every function of functions.json, and each answers as Excel calls it", async () => {
    const metadata = JSON.parse(readFileSync(path.join(WEB_DIST, "functions.json"), "utf8")) as {
      functions: { id: string; name: string }[];
    };
    const ids = metadata.functions.map((f) => f.id);
    expect(ids).toEqual(["STATUS", "DIRECTION", "SUMMARY"]);

    const host = new RecordingHost(await memoryBookFrom(sampleBytes()));
    const results: InvocationResult[] = [];
    const { page, errors, external } = await openFunctionsPage(host, results);

    // 1. Registration: the association table the runtime's proxy reads holds exactly these.
    const registered = await page.evaluate(() =>
      Object.keys(
        (window as unknown as { CustomFunctions: { _association: { mappings: object } } })
          .CustomFunctions._association.mappings
      ).sort()
    );
    expect(registered).toEqual([...ids].sort());

    // 2. Excel invokes them. Row A2 of the sample (Higher is better): its Q2 value is a %
    // cell; the function reads the format through Excel.run, as Classify does.
    const sheet = host.server.book.sheets[0];
    const row = sheet.values.findIndex((cells) => cells?.[0] === "A2");
    const header = sheet.values.findIndex((cells) => cells?.includes("Q2 2018/19"));
    const col = (heading: string) => sheet.values[header].indexOf(heading);
    const cell = (c: number) => sheet.value(row, c);
    const at = (c: number) => `'${sheet.name}'!${String.fromCharCode(65 + c)}${row + 1}`;
    const [q2, q1, target, tolerance, polarity] = [
      col("Q2 2018/19"),
      col("Q1 2018/19"),
      col("Target"),
      col("Tolerance"),
      col("Polarity"),
    ];
    const calls: Invocation[] = [
      {
        id: 1,
        name: "STATUS",
        args: [cell(q2), cell(target), cell(tolerance), cell(polarity), null],
        addresses: [at(q2), at(target), at(tolerance), at(polarity), ""],
      },
      {
        id: 2,
        name: "DIRECTION",
        args: [cell(q2), cell(q1), cell(polarity), null],
        addresses: [at(q2), at(q1), at(polarity), ""],
      },
      {
        id: 3,
        name: "SUMMARY",
        args: [[["Outside tolerance"], ["On or better than target"]], null],
        addresses: ["Sheet1!Q2:Q3", ""],
      },
      {
        id: 4,
        name: "STATUS",
        args: [91, 90, 85, "H", "band"],
        addresses: ["", "", "", "", ""],
      },
      // The % cell against plain 90 and 85: right only if its format (0%) was read (91 ≥ 90).
      {
        id: 5,
        name: "STATUS",
        args: [cell(q2), 90, 85, "H", null],
        addresses: [at(q2), "", "", "", ""],
      },
    ];
    await invoke(page, calls);
    const deadline = Date.now() + 60000;
    while (results.length < calls.length && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const byId = new Map(results.map((r) => [r[0], r]));

    // What the engine says for that row (through the ExcelJS adapter, in Node).
    const { expectedRun } = await import("./expected");
    const expected = await expectedRun(sampleBytes());
    const index = expected.indicators.findIndex((i) => i.ref === "A2");
    const { STATUS_LABEL } = await import("../../src/engine/types");
    expect(byId.get(1)?.slice(0, 3)).toEqual([
      1,
      true,
      STATUS_LABEL[expected.classifications[index].status],
    ]);
    const direction = expected.commentary.find((c) => c.ref === "A2")!.direction;
    expect(byId.get(2)?.slice(0, 2)).toEqual([2, true]);
    expect(byId.get(2)?.[2]).toBe(direction === "No change" ? "Unchanged" : direction);
    expect(byId.get(3)?.slice(0, 2)).toEqual([3, true]);
    expect((byId.get(3)?.[2] as unknown[][])[1]).toEqual(["All indicators", 1, 0, 1, 0]);
    // Bad input: #VALUE! (error code 7) with the reason, never a label.
    expect(byId.get(4)?.slice(0, 2)).toEqual([4, false]);
    expect(String(byId.get(4)?.[2])).toMatch(/^The mode "band" is not a tolerance mode/);
    expect(byId.get(4)?.[3]).toBe(7);

    expect(cell(q2)).toBe(0.91);
    expect(byId.get(5)?.slice(0, 3)).toEqual([5, true, "On or better than target"]);

    // The five calls came together: their cells' formats (P6, G6, H6, O6: four distinct cells)
    // were read in ONE request of four loads, not one request per call.
    const formatReads = host.syncs.filter(
      (s) =>
        Object.keys(s.actionNames).every((n) => n === "Instantiate" || n === "Query") &&
        s.actionNames.Query === 4
    );
    expect(formatReads).toHaveLength(1);
    expect(host.syncs.filter((s) => s.error)).toEqual([]);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
