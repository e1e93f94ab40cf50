/**
 * The Challenge log's hidden "Machine draft" column: a fingerprint instead of a second copy of an
 * unedited draft (halves the log's upload), with edits still detected and Redraft still working.
 */
import { createExcelPort } from "../../src/excel/excelPort";
import { defaultEngine } from "../../src/excel/engineBinding";
import { memorySettingsStore } from "../../src/excel/settingsStore";
import { LOG_COL, draftFingerprint } from "../../src/engine/challengeLog";
import { LOG_SHEET } from "../../src/excel/types";
import { fakeRun, WorkbookData } from "./fake";
import { indicatorWorkbook } from "./helpers";

function portFor(data: WorkbookData) {
  return createExcelPort({
    engine: defaultEngine,
    run: fakeRun(data),
    settings: memorySettingsStore(),
    isSetSupported: () => true,
  });
}

/** 0-based sheet row of `ref` in the log. */
function logRow(data: WorkbookData, ref: string): number {
  const log = data.sheet(LOG_SHEET)!;
  for (let row = 1; row < 10_000; row++) if (log.get(row, LOG_COL.ref)?.value === ref) return row;
  throw new Error(`no log row for ${ref}`);
}

function logText(data: WorkbookData, ref: string, col: number): string {
  return String(data.sheet(LOG_SHEET)!.get(logRow(data, ref), col)?.value ?? "");
}

// P2 (85, unchanged and midway inside tolerance) and P3 (70, outside) are of concern, so the log lists them.
describe("Challenge log draft fingerprint (Office.js)", () => {
  it("stores a fingerprint of an unedited draft, not its text", async () => {
    const data = indicatorWorkbook(3);
    await portFor(data).classify(undefined);
    const council = logText(data, "P3", LOG_COL.council);
    expect(council.length).toBeGreaterThan(20);
    expect(logText(data, "P3", LOG_COL.draft)).toBe(draftFingerprint(council));
  });

  it("detects an edit typed in the sheet, and Redraft restores the draft before any rerun", async () => {
    const data = indicatorWorkbook(3);
    const port = portFor(data);
    await port.classify(undefined);
    const draft = logText(data, "P2", LOG_COL.council);
    data.sheet(LOG_SHEET)!.touch(logRow(data, "P2"), LOG_COL.council).value = "Typed in Excel.";
    const rerun = await port.classify(undefined);
    expect(rerun.ok && rerun.edits).toEqual({ P2: "Typed in Excel." });
    // The rerun keeps the edited row's full draft, so Redraft works from the log alone too.
    expect(logText(data, "P2", LOG_COL.draft)).toBe(draft);
    expect(await portFor(data).redraft("P2")).toBe(draft);
    expect(logText(data, "P2", LOG_COL.council)).toBe(draft);
  });

  it("uses the last run's draft when the log holds only the fingerprint of an edited row", async () => {
    const data = indicatorWorkbook(3);
    const port = portFor(data);
    await port.classify(undefined);
    const draft = logText(data, "P3", LOG_COL.council);
    data.sheet(LOG_SHEET)!.touch(logRow(data, "P3"), LOG_COL.council).value = "Typed in Excel.";
    expect(await port.redraft("P3")).toBe(draft);
    // A new session has no run to take it from: it says what to do instead of guessing.
    data.sheet(LOG_SHEET)!.touch(logRow(data, "P3"), LOG_COL.council).value = "Typed again.";
    await expect(portFor(data).redraft("P3")).rejects.toThrow(/Classify the quarter again/);
  });

  it("keeps a pane edit's draft text, so Redraft works after reopening", async () => {
    const data = indicatorWorkbook(3);
    await portFor(data).classify(undefined);
    const draft = logText(data, "P3", LOG_COL.council);
    await portFor(data).saveCommentary("P3", "Edited in the pane.");
    expect(logText(data, "P3", LOG_COL.draft)).toBe(draft);
    expect(await portFor(data).redraft("P3")).toBe(draft);
  });

  it("still reads a log that holds the full draft text (written before fingerprints)", async () => {
    const data = indicatorWorkbook(3);
    await portFor(data).classify(undefined);
    const row = logRow(data, "P3");
    const log = data.sheet(LOG_SHEET)!;
    log.touch(row, LOG_COL.draft).value = String(log.get(row, LOG_COL.council)?.value);
    const rerun = await portFor(data).classify(undefined);
    expect(rerun.ok && rerun.edits).toEqual({});
  });
});
