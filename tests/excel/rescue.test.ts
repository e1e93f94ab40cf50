/**
 * A sheet with indicator rows but no readable period, in Excel (docs/taskpane-and-preview.md, A
 * sheet it could not read): inspect carries the refusal's columns to the pane — also when the
 * sheet is not the active one — and the periods the analyst saved (`columnPeriods` in the
 * document settings) make the same sheet classify. Statuses worked out by hand.
 */
import { createExcelPort } from "../../src/excel/excelPort";
import { defaultEngine } from "../../src/excel/engineBinding";
import { memorySettingsStore, sanitiseSettings } from "../../src/excel/settingsStore";
import { fakeRun, WorkbookData } from "./fake";

function scorecard(): WorkbookData {
  const data = new WorkbookData();
  data.fill("Notes", [["Minutes of the meeting"]]);
  data.fill("Scorecard", [
    ["PI", "Indicator", "Good is", "Last year", "Outturn twenty-twenty", "Aim"],
    // Higher is better: 82 against the aim 80 → on target.
    ["NI 60", "Core assessments in time", "High", 74, 82, 80],
    // Lower is better: 13.1 against 12, no tolerance → outside tolerance.
    ["NI 65", "Second child protection plans", "Low", 15.2, 13.1, 12],
  ]);
  data.activeSheet = "Notes";
  return data;
}

function portFor(data: WorkbookData, settings = {}) {
  return createExcelPort({
    engine: defaultEngine,
    run: fakeRun(data),
    settings: memorySettingsStore(settings),
    isSetSupported: () => true,
  });
}

describe("Excel: a sheet it could not read", () => {
  it("inspect carries the refusal and the columns to name, from a sheet that is not active", async () => {
    const outcome = await portFor(scorecard()).inspect();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.findings.map((f) => f.code)).toEqual(["table.noPeriod"]);
    expect(outcome.rescue).toMatchObject({ sheet: "Scorecard", headerRow: 0, nearMisses: [3, 4] });
  });

  it("classifies with the periods saved in the document settings", async () => {
    const port = portFor(scorecard(), {
      sheet: "Scorecard",
      columnPeriods: [
        { column: 3, period: "2005/06", kind: "result" },
        { column: 4, period: "2006/07", kind: "result" },
        { column: 5, period: "2006/07", kind: "target" },
      ],
    });
    const outcome = await port.classify(undefined);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.quarter.label).toBe("2006/07");
    expect(outcome.result.classifications.map((c) => c.status)).toEqual([
      "onTarget",
      "outsideTolerance",
    ]);
  });

  it("keeps only well-formed periods from the document settings", () => {
    expect(
      sanitiseSettings({
        columnPeriods: [
          { column: 4, period: "2019/20", kind: "target" },
          { column: 5, period: "next year", kind: "result" },
          { column: -1, period: "2019/20", kind: "result" },
        ],
      }).columnPeriods
    ).toEqual([{ column: 4, period: "2019/20", kind: "target" }]);
  });
});
