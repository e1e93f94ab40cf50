/**
 * What a run reads of the Challenge log (logKeys.ts): Ref and Period with the table, then our
 * columns only for the rows of the period it runs. The rows are found where they are on the sheet,
 * so a log a reviewer sorted, rows they inserted or columns they moved never lose or mismatch what
 * they typed. Expected rows by hand from indicatorWorkbook (tests/excel/logPeriods.test.ts): Q2
 * 2018/19 lists P2 and P3; Q1 2018/19 (85 for all, nothing before it) lists P1, P2 and P3.
 */
import { LOG_COL } from "../../src/engine/challengeLog";
import { classifyInContext } from "../../src/excel/classify";
import { LOG_SHEET } from "../../src/excel/types";
import { asExcel, FakeRequestContext, type WorkbookData } from "./fake";
import type { Cell } from "./fake/state";
import { indicatorWorkbook } from "./helpers";

async function classify(data: WorkbookData, quarter: string) {
  const ctx = new FakeRequestContext(data);
  const run = await classifyInContext(asExcel(ctx), {
    quarter,
    requestLimit: Number.POSITIVE_INFINITY,
  });
  if (!run.outcome.ok) throw new Error(run.outcome.message);
  return { ctx, run, outcome: run.outcome };
}

/** The log after Q2 then Q1: rows 1–2 of Q2 (P2, P3), rows 3–5 of Q1 (P1, P2, P3). */
async function twoPeriods(): Promise<WorkbookData> {
  const data = indicatorWorkbook(3);
  await classify(data, "Q2 2018/19");
  await classify(data, "Q1 2018/19");
  return data;
}

const OWN_COLUMN = LOG_COL.period + 2;

/** Reorders the log's body rows as a reviewer's sort does: `order[i]` is the old row of new row i + 1. */
function sortLog(data: WorkbookData, order: number[]): void {
  const log = data.sheet(LOG_SHEET)!;
  const rows = new Map<number, Map<number, Cell>>();
  for (const [key, cell] of log.cells) {
    const [row, col] = key.split(",").map(Number);
    if (row === 0) continue;
    if (!rows.has(row)) rows.set(row, new Map());
    rows.get(row)!.set(col, cell);
    log.cells.delete(key);
  }
  order.forEach((from, i) => {
    for (const [col, cell] of rows.get(from) ?? []) log.cells.set(log.key(i + 1, col), cell);
  });
}

/** Types into every body row: a Trust response and an own-column note naming the row's ref and period. */
function typeEverywhere(data: WorkbookData): void {
  const log = data.sheet(LOG_SHEET)!;
  for (let r = 1; log.get(r, LOG_COL.ref)?.value; r++) {
    const id = `${log.get(r, LOG_COL.ref)!.value} ${log.get(r, LOG_COL.period)!.value}`;
    log.touch(r, LOG_COL.trust).value = `Trust on ${id}`;
    log.touch(r, OWN_COLUMN).value = `Note on ${id}`;
  }
}

/** Every row as [ref, period, trust, own note, council] (from the sheet as it stands). */
function rowsOf(data: WorkbookData): unknown[][] {
  const log = data.sheet(LOG_SHEET)!;
  const rows: unknown[][] = [];
  for (let r = 1; r < 30; r++) {
    const cells = [LOG_COL.ref, LOG_COL.period, LOG_COL.trust, OWN_COLUMN, LOG_COL.council];
    const values = cells.map((c) => log.get(r, c)?.value ?? "");
    if (values.some((v) => v !== "")) rows.push(values);
  }
  return rows;
}

describe("Reading the Challenge log on a rerun", () => {
  it("classifies a next quarter in 2 syncs without reading the earlier rows, and a rerun in 3", async () => {
    const data = indicatorWorkbook(3);
    await classify(data, "Q2 2018/19");
    typeEverywhere(data);
    const next = await classify(data, "Q1 2018/19");
    expect(next.ctx.syncCount).toBe(2);
    const rerun = await classify(data, "Q1 2018/19");
    expect(rerun.ctx.syncCount).toBe(3);
    expect(rowsOf(data).map((r) => r.slice(0, 4))).toEqual([
      ["P2", "Q2 2018/19", "Trust on P2 Q2 2018/19", "Note on P2 Q2 2018/19"],
      ["P3", "Q2 2018/19", "Trust on P3 Q2 2018/19", "Note on P3 Q2 2018/19"],
      ["P1", "Q1 2018/19", "", ""],
      ["P2", "Q1 2018/19", "", ""],
      ["P3", "Q1 2018/19", "", ""],
    ]);
  });

  it("a log sorted by ref, periods interleaved: the rerun keeps each row's text on its own row", async () => {
    const data = await twoPeriods();
    typeEverywhere(data);
    const log = data.sheet(LOG_SHEET)!;
    // Old rows: 1 P2 Q2, 2 P3 Q2, 3 P1 Q1, 4 P2 Q1, 5 P3 Q1 → sorted by ref: P1 Q1, P2 Q2, P2 Q1, P3 Q2, P3 Q1.
    sortLog(data, [3, 1, 4, 2, 5]);
    log.touch(3, LOG_COL.council).value = "The council asks why P2 fell in Q1.";
    log.touch(4, LOG_COL.council).value = "Edited in Q2, not this period.";
    const before = rowsOf(data);
    const rerun = await classify(data, "Q1 2018/19");
    expect(rerun.outcome.edits).toEqual({ P2: "The council asks why P2 fell in Q1." });
    expect(rerun.outcome.logRefs).toEqual(["P1", "P2", "P3"]);
    expect(rowsOf(data)).toEqual(before);
    expect(log.get(3, LOG_COL.draft)?.value).not.toBe("The council asks why P2 fell in Q1.");
  });

  it("rows a reviewer inserted in the middle (a note row and a row of their own) stay, and nothing shifts", async () => {
    const data = await twoPeriods();
    typeEverywhere(data);
    const log = data.sheet(LOG_SHEET)!;
    log.splice("rows", 3, 2);
    log.touch(3, OWN_COLUMN).value = "Panel note between the periods.";
    log.touch(4, LOG_COL.ref).value = "X1";
    log.touch(4, LOG_COL.council).value = "A row the panel added by hand.";
    log.touch(4, LOG_COL.trust).value = "Answered by hand.";
    const before = rowsOf(data);
    const rerun = await classify(data, "Q1 2018/19");
    // X1 names no period: like a row of a log written before rows named theirs, it counts as the
    // period's (docs/workbook-output.md), and is read whole, so its text is kept as it is.
    expect(rerun.outcome.logRefs).toEqual(["X1", "P1", "P2", "P3"]);
    expect(rowsOf(data)).toEqual(before);
    // Rerunning the earlier period (its rows above the inserted ones) moves nothing either.
    await classify(data, "Q2 2018/19");
    expect(rowsOf(data)).toEqual(before);
  });

  it("a column a reviewer inserted before Ref: the keys are read where they now are", async () => {
    const data = await twoPeriods();
    typeEverywhere(data);
    const log = data.sheet(LOG_SHEET)!;
    log.splice("columns", 0, 1);
    log.touch(0, 0).value = "Owner";
    log.touch(4, 0).value = "Sam";
    log.touch(4, LOG_COL.council + 1).value = "Edited after the move.";
    const rerun = await classify(data, "Q1 2018/19");
    // One more sync than with Ref and Period in place: their columns are read on their own.
    expect(rerun.ctx.syncCount).toBe(4);
    expect(rerun.outcome.edits).toEqual({ P2: "Edited after the move." });
    expect(log.get(4, 0)?.value).toBe("Sam");
    expect(log.get(4, LOG_COL.trust + 1)?.value).toBe("Trust on P2 Q1 2018/19");
    expect(log.get(4, LOG_COL.council + 1)?.value).toBe("Edited after the move.");
    expect(log.get(6, LOG_COL.ref + 1)?.value ?? "").toBe("");
  });
});
