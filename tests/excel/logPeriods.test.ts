/**
 * The Challenge log on Office.js (fake Excel): the concern group, Add to challenge log, rows by
 * period, and a log written before rows named their period. Expected rows worked out by hand from
 * indicatorWorkbook: target 90, tolerance 80, Q1 85 for all; Q2 95 (P1, on target), 85 (P2, inside
 * tolerance, midway and unchanged: of potential concern), 70 (P3, outside: of concern).
 */
import { draftFingerprint, LOG_COL, LOG_HEADERS } from "../../src/engine/challengeLog";
import { createExcelPort } from "../../src/excel/excelPort";
import { defaultEngine } from "../../src/excel/engineBinding";
import { memorySettingsStore } from "../../src/excel/settingsStore";
import { LOG_SHEET } from "../../src/excel/types";
import { fakeRun, type WorkbookData } from "./fake";
import { indicatorWorkbook } from "./helpers";

function portFor(data: WorkbookData) {
  return createExcelPort({
    engine: defaultEngine,
    run: fakeRun(data),
    settings: memorySettingsStore(),
    isSetSupported: () => true,
  });
}

/** Every log row as [ref, period] plus the cell of `col` when asked. */
function logRows(
  data: WorkbookData,
  periodCol: number = LOG_COL.period,
  col?: number
): unknown[][] {
  const log = data.sheet(LOG_SHEET)!;
  const rows: unknown[][] = [];
  for (let r = 1; r < 50; r++) {
    const ref = log.get(r, LOG_COL.ref)?.value;
    if (ref === undefined || ref === "") continue;
    const cells = [ref, log.get(r, periodCol)?.value];
    if (col !== undefined) cells.push(log.get(r, col)?.value ?? "");
    rows.push(cells);
  }
  return rows;
}

describe("Challenge log on Office.js", () => {
  it("lists the indicators of concern, each with its period, and says which", async () => {
    const data = indicatorWorkbook(3);
    const outcome = await portFor(data).classify("Q2 2018/19");
    expect(outcome.ok && outcome.logRefs).toEqual(["P2", "P3"]);
    expect(logRows(data)).toEqual([
      ["P2", "Q2 2018/19"],
      ["P3", "Q2 2018/19"],
    ]);
  });

  it("adds an indicator once with its current draft; a rerun keeps it and what was typed", async () => {
    const data = indicatorWorkbook(3);
    const port = portFor(data);
    const first = await port.classify("Q2 2018/19");
    if (!first.ok) throw new Error(first.message);
    const draft = first.result.commentary.find((c) => c.ref === "P1")!.text;
    expect(await port.addToChallengeLog!("P1")).toBe(true);
    expect(await port.addToChallengeLog!("P1")).toBe(false);
    const log = data.sheet(LOG_SHEET)!;
    expect(log.get(3, LOG_COL.ref)?.value).toBe("P1");
    expect(log.get(3, LOG_COL.council)?.value).toBe(draft);
    expect(log.get(3, LOG_COL.draft)?.value).toBe(draftFingerprint(draft));
    expect(log.get(3, LOG_COL.period)?.value).toBe("Q2 2018/19");
    expect(log.get(3, LOG_COL.value)?.format.numberFormat).toBe("@");
    log.touch(3, LOG_COL.trust).value = "Typed by the trust.";
    const rerun = await port.classify("Q2 2018/19");
    expect(rerun.ok && rerun.logRefs).toEqual(["P2", "P3", "P1"]);
    expect(log.get(3, LOG_COL.trust)?.value).toBe("Typed by the trust.");
    expect(logRows(data)).toHaveLength(3);
  });

  it("a new period adds its own rows and keeps the earlier period's as they were", async () => {
    const data = indicatorWorkbook(3);
    const port = portFor(data);
    await port.classify("Q2 2018/19");
    const log = data.sheet(LOG_SHEET)!;
    log.touch(2, LOG_COL.trust).value = "Q2 answer.";
    // Q1: 85 for all, midway inside tolerance with nothing before it: all of potential concern.
    await port.classify("Q1 2018/19");
    expect(logRows(data, LOG_COL.period, LOG_COL.trust)).toEqual([
      ["P2", "Q2 2018/19", ""],
      ["P3", "Q2 2018/19", "Q2 answer."],
      ["P1", "Q1 2018/19", ""],
      ["P2", "Q1 2018/19", ""],
      ["P3", "Q1 2018/19", ""],
    ]);
  });

  it("an edit of an indicator the log does not list adds its row for the period", async () => {
    const data = indicatorWorkbook(3);
    const port = portFor(data);
    await port.classify("Q2 2018/19");
    await port.saveCommentary("P1", "The council notes P1.");
    const log = data.sheet(LOG_SHEET)!;
    expect(log.get(3, LOG_COL.ref)?.value).toBe("P1");
    expect(log.get(3, LOG_COL.council)?.value).toBe("The council notes P1.");
    const rerun = await port.classify("Q2 2018/19");
    expect(rerun.ok && rerun.edits).toEqual({ P1: "The council notes P1." });
  });

  it("takes over a log written before rows named their period, around a reviewer's column", async () => {
    const data = indicatorWorkbook(3);
    const old = [...LOG_HEADERS.slice(0, LOG_COL.period), "Owner"];
    const p3 = [
      "P3",
      "Indicator number 3",
      "Social care",
      "70%",
      "Outside tolerance",
      "",
      "Old draft",
      "Typed before.",
      "",
      "Old draft",
      "Kim",
    ];
    data.fill(LOG_SHEET, [old, p3]);
    await portFor(data).classify("Q2 2018/19");
    const log = data.sheet(LOG_SHEET)!;
    // Owner stays in K (index 10); Period goes right of it, in L (index 11).
    expect(log.get(0, 10)?.value).toBe("Owner");
    expect(log.get(0, 11)?.value).toBe("Period");
    expect(logRows(data, 11, 10)).toEqual([
      ["P3", "Q2 2018/19", "Kim"],
      ["P2", "Q2 2018/19", ""],
    ]);
    expect(log.get(1, LOG_COL.trust)?.value).toBe("Typed before.");
  });
});
