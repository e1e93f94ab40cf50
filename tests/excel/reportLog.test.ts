/**
 * What the pane's Word report reads from Excel: the Challenge log as the workbook holds it (the
 * reviewer's edit included), nothing when there is no log yet, and whether the host downloads.
 */
import { createExcelPort } from "../../src/excel/excelPort";
import { defaultEngine } from "../../src/excel/engineBinding";
import { hostAllowsDownloads } from "../../src/excel/logRows";
import { memorySettingsStore } from "../../src/excel/settingsStore";
import { LOG_HEADERS } from "../../src/engine/challengeLog";
import { fakeRun } from "./fake";
import { indicatorWorkbook } from "./helpers";

function portFor(data: ReturnType<typeof indicatorWorkbook>) {
  return createExcelPort({
    engine: defaultEngine,
    run: fakeRun(data, []),
    settings: memorySettingsStore(),
    isSetSupported: () => true,
  });
}

describe("Excel port: the Challenge log for the report", () => {
  it("gives null before any classification, then the log rows with an edit in place", async () => {
    const data = indicatorWorkbook(4);
    const port = portFor(data);
    expect(await port.readChallengeLog!()).toBeNull();
    const outcome = await port.classify(undefined);
    if (!outcome.ok) throw new Error(outcome.message);
    const ref = outcome.result.commentary[0].ref;
    await port.saveCommentary(ref, "The reviewer's words.");
    const log = await port.readChallengeLog!();
    expect(log?.rows[0].slice(0, LOG_HEADERS.length)).toEqual([...LOG_HEADERS]);
    const row = log!.rows.find((r) => r[0] === ref);
    expect(row?.[LOG_HEADERS.indexOf("Council challenge")]).toBe("The reviewer's words.");
  });

  it("gives the number format of a date a reviewer typed, so the report shows the date", async () => {
    const data = indicatorWorkbook(4);
    const port = portFor(data);
    const outcome = await port.classify(undefined);
    if (!outcome.ok) throw new Error(outcome.message);
    const action = LOG_HEADERS.indexOf("Agreed action");
    const typed = data.sheet("Challenge log")!.touch(1, action);
    typed.value = 43788;
    typed.format.numberFormat = "dd/mm/yyyy";
    const log = await port.readChallengeLog!();
    expect(log?.rows[1][action]).toBe(43788);
    expect(log?.formats[1][action]).toBe("dd/mm/yyyy");
    // Text cells need no format: only the columns holding numbers are asked for.
    expect(log?.formats[1][0]).toBeUndefined();
  });

  it("classifies the previous period for the summary picture, reading only (Q1: every value 88)", async () => {
    const data = indicatorWorkbook(4);
    const port = portFor(data);
    const outcome = await port.classify(undefined);
    if (!outcome.ok) throw new Error(outcome.message);
    const before = JSON.stringify([...data.sheet("Indicators")!.cells.entries()]);
    const q1 = await port.summaryOfPeriod!("Q1 2018/19");
    // 88 against target 90, threshold 80, higher is better: all four inside tolerance.
    expect(q1?.total).toEqual({
      outsideTolerance: 0,
      insideTolerance: 4,
      onTarget: 0,
      noTarget: 0,
      notClassified: 0,
      count: 4,
    });
    expect(JSON.stringify([...data.sheet("Indicators")!.cells.entries()])).toBe(before);
    expect(await port.summaryOfPeriod!("Q3 2030/31")).toBeNull();
  });

  it("knows Excel on Mac and iPad ignore downloads", () => {
    const office = (platform: string) => ({ context: { platform } });
    const g = globalThis as unknown as { Office?: unknown };
    const before = g.Office;
    try {
      g.Office = office("Mac");
      expect(hostAllowsDownloads()).toBe(false);
      g.Office = office("iOS");
      expect(hostAllowsDownloads()).toBe(false);
      g.Office = office("PC");
      expect(hostAllowsDownloads()).toBe(true);
      g.Office = office("OfficeOnline");
      expect(hostAllowsDownloads()).toBe(true);
    } finally {
      g.Office = before;
    }
  });
});
