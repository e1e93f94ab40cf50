/**
 * The BUILT add-in as Excel runs it: dist/web/<the manifest's FunctionFile page> in Debian's
 * Chromium, with office.js answered by the real Excel runtime plus a host stand-in
 * (officeRuntime/shim.ts) whose requests reach an in-memory Excel here in Node. The ribbon's
 * classifyQuarter is called with an event object as Excel calls it; then a reviewer types into
 * the Challenge log and adds a column of their own; another quarter is classified from the pane
 * and the first again from the ribbon (chosen in the picker); everything typed is still there; Clear puts the
 * indicator sheet back exactly.
 */
import type { Browser, Page } from "playwright-core";
import { RecordingHost } from "../../bench/officejs/recorder";
import type { MemorySheet } from "../../bench/officejs/workbook";
import { LOG_COL, LOG_HEADERS } from "../../src/engine/challengeLog";
import { PALETTES } from "../../src/engine/palette";
import { planWrite } from "../../src/engine/writePlan";
import type { RunResult } from "../../src/engine/types";
import { launchBrowser } from "./browser";
import { lastOutcome, openAddin as openPage, ribbon } from "./addinPage";
import { expectedRun, sampleBytes } from "./expected";
import { memoryBookFrom, snapshotOf } from "./officeRuntime/memoryBook";
import { SHOWN_STATUSES, readSummaryTotals } from "./pageReaders";

let browser: Browser;
let expected: RunResult;

beforeAll(async () => {
  browser = await launchBrowser();
  expected = await expectedRun(sampleBytes());
});
afterAll(async () => {
  await browser?.close();
});

const openAddin = (host: RecordingHost) => openPage(browser, host);

function sheetOf(host: RecordingHost, name: string): MemorySheet {
  const sheet = host.server.book.sheet(name);
  if (!sheet) throw new Error(`The workbook has no sheet "${name}".`);
  return sheet;
}

/** Row of `ref` in the Challenge log (column A). */
function logRowOf(log: MemorySheet, ref: string): number {
  for (let r = 1; r < log.values.length; r++) if (log.value(r, 0) === ref) return r;
  throw new Error(`The Challenge log has no row for ${ref}.`);
}

function expectClassified(host: RecordingHost, result: RunResult): void {
  const sheet = sheetOf(host, result.sheet);
  const plan = planWrite(result, { logRows: null }, "default");
  expect(sheet.value(plan.statusHeader.row, plan.statusColumn)).toBe(
    `Status ${result.quarter.label}`
  );
  for (const cell of plan.statusCells)
    expect([cell.row, sheet.value(cell.row, plan.statusColumn)]).toEqual([cell.row, cell.text]);
  for (const group of plan.fills) {
    expect(group.color.toUpperCase()).toBe(PALETTES.default[group.status].toUpperCase());
    for (const cell of group.cells)
      expect(String(sheet.style("fill.color", cell.row, cell.col)).toUpperCase()).toBe(
        group.color.toUpperCase()
      );
  }
  const summary = sheetOf(host, "Challenge summary");
  expect(summary.values.some((row) => row?.[0] === "Total")).toBe(true);
  const log = sheetOf(host, "Challenge log");
  expect(LOG_HEADERS.map((_, c) => log.value(0, c))).toEqual([...LOG_HEADERS]);
  // The log lists the indicators of concern, each with its period (docs/workbook-output.md), as the engine plans.
  const listed = plan.logSheet.rows.slice(1);
  expect(listed.length).toBeGreaterThan(0);
  for (const planned of listed) {
    const [ref, period] = [planned[LOG_COL.ref], planned[LOG_COL.period]];
    const found = log.values.some(
      (cells) => cells?.[LOG_COL.ref] === ref && cells?.[LOG_COL.period] === period
    );
    expect([ref, period, found]).toEqual([ref, period, true]);
  }
}

async function expectPaneSummary(page: Page, result: RunResult): Promise<void> {
  await page.getByTestId("summary-total").waitFor({ timeout: 60000 });
  const totals = await readSummaryTotals(page);
  expect(SHOWN_STATUSES.map((s) => totals.count[s])).toEqual(
    SHOWN_STATUSES.map((s) => result.summary.total[s])
  );
}

describe("the built add-in on the real Office runtime", () => {
  it("ribbon classify, reviewer text kept across quarters, Clear restores the sheet", async () => {
    const host = new RecordingHost(await memoryBookFrom(sampleBytes()));
    const indicators = sheetOf(host, expected.sheet);
    const original = snapshotOf(indicators);
    const { page, external, errors } = await openAddin(host);

    // 1. The manager clicks Classify quarter on the ribbon: the default quarter (Q2 2018/19).
    expect(await ribbon(page, "classifyQuarter")).toBe("completed");
    expect(await lastOutcome(page)).toEqual(
      expect.objectContaining({ command: "classifyQuarter", ok: true })
    );
    expectClassified(host, expected);
    // The seed report's table (docs/workbook-output.md): 2 / 5 / 13 / 0, shown by the pane too.
    expect(SHOWN_STATUSES.map((s) => expected.summary.total[s])).toEqual([2, 5, 13, 0]);
    await expectPaneSummary(page, expected);

    // 2. A reviewer works in the Challenge log (Excel, between add-in calls).
    const log = sheetOf(host, "Challenge log");
    const ref = expected.indicators[0].ref;
    const row = logRowOf(log, ref);
    const [council, trust, action] = ["Council challenge", "Trust response", "Agreed action"].map(
      (h) => LOG_HEADERS.indexOf(h as (typeof LOG_HEADERS)[number])
    );
    const own = LOG_HEADERS.length + 1; // one empty column, then the reviewer's own
    log.setValue(row, council, "Council: explain the rise in re-referrals.");
    log.setValue(row, trust, "An audit of re-referrals reports in November.");
    log.setStyle("wrapText", row, trust, true);
    log.setValue(row, action, 46368); // 13/12/2026, typed as a date
    log.setNumberFormat(row, action, "dd/mm/yyyy");
    log.setValue(0, own, "Owner");
    log.setStyle("fill.color", 0, own, "#FFFF00");
    for (let r = 1; r < log.values.length; r++)
      if (log.value(r, 0) !== "") log.setValue(r, own, `Owner of ${log.value(r, 0)}`);
    const reviewerColumn = log.values.map((cells) => cells?.[own] ?? "");

    const expectTypedKept = (): void => {
      const now = sheetOf(host, "Challenge log");
      const at = logRowOf(now, ref);
      expect(now.value(at, council)).toBe("Council: explain the rise in re-referrals.");
      expect(now.value(at, trust)).toBe("An audit of re-referrals reports in November.");
      expect(now.style("wrapText", at, trust)).toBe(true);
      expect(now.value(at, action)).toBe(46368);
      expect(now.numberFormat(at, action)).toBe("dd/mm/yyyy");
      expect(now.style("fill.color", 0, own)).toBe("#FFFF00");
      const ownColumn = now.values.map((cells) => cells?.[own] ?? "");
      expect(ownColumn.slice(0, reviewerColumn.length)).toEqual(reviewerColumn);
      // Rows another period added (the challenge's history, docs/workbook-output.md) come below, empty there.
      expect(ownColumn.slice(reviewerColumn.length).filter((v) => v !== "")).toEqual([]);
    };

    // 3. Another quarter, from the pane: the earlier Q1 2018/19.
    const earlier = await expectedRunFor("Q1 2018/19");
    await page.getByLabel("Quarter").selectOption("Q1 2018/19");
    await page.getByRole("button", { name: "Classify quarter" }).click();
    await page.getByText("Q1 2018/19 classified").first().waitFor({ timeout: 90000 });
    expectClassified(host, earlier);
    expectTypedKept();

    // 4. The ribbon again, on the quarter the pane's picker is back on (issue 22: the ribbon
    // classifies the picker's quarter), on a workbook holding all that.
    await page.getByLabel("Quarter").selectOption("Q2 2018/19");
    expect(await ribbon(page, "classifyQuarter")).toBe("completed");
    expectClassified(host, expected);
    expectTypedKept();
    await expectPaneSummary(page, expected);

    // 5. Clear from the ribbon: the indicator sheet is exactly as it was.
    expect(await ribbon(page, "clearClassification")).toBe("completed");
    expect(snapshotOf(sheetOf(host, expected.sheet))).toEqual(original);
    expectTypedKept();

    expect(host.syncs.filter((s) => s.error)).toEqual([]);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

async function expectedRunFor(quarter: string): Promise<RunResult> {
  const { classifyWorkbook, loadWorkbook } = await import("../../src/xlsx");
  const outcome = classifyWorkbook(await loadWorkbook(new Uint8Array(sampleBytes())), { quarter });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.result;
}
