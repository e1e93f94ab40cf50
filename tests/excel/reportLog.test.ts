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
    const rows = await port.readChallengeLog!();
    expect(rows?.[0].slice(0, LOG_HEADERS.length)).toEqual([...LOG_HEADERS]);
    const row = rows!.find((r) => r[0] === ref);
    expect(row?.[LOG_HEADERS.indexOf("Council challenge")]).toBe("The reviewer's words.");
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
