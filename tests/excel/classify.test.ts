import { classifyInContext } from "../../src/excel/classify";
import { STATE_SHEET_NAME } from "../../src/engine/formatState";
import { FORMAT_MIRROR_SHEET, LOG_SHEET } from "../../src/excel/types";
import { asExcel, FakeRequestContext } from "./fake";
import { formulaCells, indicatorWorkbook, Q2_COLUMN, sheetSnapshot } from "./helpers";

/** Classifies `rows` indicators; "desktop" has no payload limits, "web" refuses requests and responses over 5 MB. */
async function classify(
  rows: number,
  names?: (i: number) => string,
  host: "desktop" | "web" = "desktop"
) {
  const data = indicatorWorkbook(rows, { names });
  if (host === "desktop") data.requestLimit = data.responseLimit = Number.POSITIVE_INFINITY;
  const ctx = new FakeRequestContext(data);
  const run = await classifyInContext(asExcel(ctx), {
    requestLimit: host === "desktop" ? Number.POSITIVE_INFINITY : 4_000_000,
  });
  return { data, ctx, run };
}

describe("classifyInContext round trips", () => {
  it("uses the same number of syncs on 20 and 2,000 rows, and stays within the chunk bound on 50,000", async () => {
    const small = await classify(20);
    const medium = await classify(2000);
    const large = await classify(50_000);
    expect(small.run.outcome.ok && medium.run.outcome.ok && large.run.outcome.ok).toBe(true);
    expect(small.ctx.syncCount).toBe(2);
    expect(medium.ctx.syncCount).toBe(small.ctx.syncCount);
    expect(large.ctx.syncCount).toBeLessThanOrEqual(Math.ceil(50_000 / 5000) + 1);
    expect(large.run.report.syncs).toBe(large.ctx.syncCount);
  }, 120_000);

  it("on Excel on the web keeps every request under 5 MB, adding write syncs only for text beyond it", async () => {
    const small = await classify(2000, undefined, "web");
    expect(small.ctx.syncCount).toBe(2);
    const large = await classify(25_000, undefined, "web");
    expect(large.run.outcome.ok).toBe(true);
    // Reads stay within the chunk bound; the fake would have refused any request over 5 MB.
    expect(large.run.report.readSyncs).toBeLessThanOrEqual(Math.ceil(25_000 / 5000));
  }, 120_000);

  // Was ≤ 200. Issue 14 puts bytes first (≤ 40 B uploaded a row): fills go as packed getRanges
  // addresses (~7 B a cell) instead of one setCellProperties matrix (~40 B a cell), which costs a
  // few dozen calls when statuses alternate row by row — 226 queued actions measured here, so the
  // bound is that with a short margin (docs/performance.md, "Office.js (session 3)").
  it("queues at most 250 actions for 10,000 rows", async () => {
    const { ctx } = await classify(10_000);
    expect(ctx.actionCount).toBeLessThanOrEqual(250);
  }, 60_000);

  it("writes the status label of every indicator as text in one column", async () => {
    const { data, run } = await classify(20);
    if (!run.outcome.ok) throw new Error(run.outcome.message);
    const statusColumn = run.outcome.result.layout.lastColumn + 1;
    const sheet = data.sheet("Indicators")!;
    expect(String(sheet.get(0, statusColumn)?.value)).toMatch(/^Status Q2 2018\/19/);
    for (let row = 1; row <= 20; row++) {
      const cell = sheet.get(row, statusColumn)!;
      expect(typeof cell.value).toBe("string");
      expect(cell.format.numberFormat).toBe("@");
    }
    expect(sheet.get(1, Q2_COLUMN)?.format.fill).not.toBeNull();
  });

  it("keeps cell text that begins with = + - or @ as text, never a formula", async () => {
    const names = ['=HYPERLINK("http://x")', "+44 20 7946 0000", "-5", "@home"];
    // Rows P2, P3, P5 and P7 are of concern (85, unchanged and midway inside tolerance; 70 and 60
    // outside), so the Challenge log lists them too (docs/workbook-output.md) and each name is written twice.
    const concern = [1, 2, 4, 6];
    const { data } = await classify(7, (i) => names[concern.indexOf(i)] ?? `Indicator ${i + 1}`);
    expect(formulaCells(data)).toEqual([]);
    const log = data.sheet(LOG_SHEET)!;
    const texts = [...log.cells.values()].map((c) => c.value);
    for (const name of names) expect(texts).toContain(name);
  });

  it("stores state in very hidden sheets and is idempotent on a rerun", async () => {
    const { data } = await classify(30);
    expect(data.sheet(STATE_SHEET_NAME)?.visibility).toBe("VeryHidden");
    expect(data.sheet(FORMAT_MIRROR_SHEET)?.visibility).toBe("VeryHidden");
    const once = sheetSnapshot(data, "Indicators");
    const logOnce = sheetSnapshot(data, LOG_SHEET);
    await classifyInContext(asExcel(new FakeRequestContext(data)));
    expect(sheetSnapshot(data, "Indicators")).toEqual(once);
    expect(sheetSnapshot(data, LOG_SHEET)).toEqual(logOnce);
    expect(data.sheets.filter((s) => s.name === LOG_SHEET)).toHaveLength(1);
  });

  it("halves the read when Excel refuses a response as too large, and still completes", async () => {
    const data = indicatorWorkbook(3000);
    data.responseLimit = 400_000;
    const ctx = new FakeRequestContext(data);
    const run = await classifyInContext(asExcel(ctx));
    expect(run.outcome.ok).toBe(true);
    expect(run.report.readSyncs).toBeGreaterThan(1);
  });
});

describe("classifyInContext reading error cells", () => {
  it("passes an error cell to the engine as an error, not as text (without loading valueTypes)", async () => {
    const data = indicatorWorkbook(3);
    data.fill("Indicators", [[{ error: "#DIV/0!" }]], { top: 2, left: Q2_COLUMN });
    const ctx = new FakeRequestContext(data);
    const run = await classifyInContext(asExcel(ctx), { requestLimit: Number.POSITIVE_INFINITY });
    if (!run.outcome.ok) throw new Error(run.outcome.message);
    const codes = run.outcome.result.findings.map((f) => f.code);
    expect(codes).toContain("value.error");
  });
});
