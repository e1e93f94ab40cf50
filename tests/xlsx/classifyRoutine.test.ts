/**
 * Classify on ExcelJS is written once (src/xlsx/classifyRoutine.ts) and driven two ways: straight
 * through for the command line, in slices with an asynchronous engine for the preview. Both drivers
 * must write the same workbook and refuse the same workbooks (issue 20: they had drifted — the
 * preview did not check for room for the add-in's own sheets).
 */
import ExcelJS from "exceljs";
import { runEngine } from "../../src/engine/run";
import { planWrite } from "../../src/engine/writePlan";
import { classifyWorkbook, WorkbookRefusal } from "../../src/xlsx";
import { classifyInSlices, type SlicedEngine } from "../../src/xlsx/classifyInSlices";
import { canonicalWorkbook, describeWorkbook } from "./fixtures";

const asyncEngine: SlicedEngine = {
  runEngine: async (grid, options) => runEngine(grid, options),
  planWrite: async (result, existing, palette) => planWrite(result, existing, palette),
};

/** The analyst's own sheets holding every name the add-in could give its summary sheet. */
function withEveryOwnNameTaken(wb: ExcelJS.Workbook): ExcelJS.Workbook {
  wb.addWorksheet("Challenge summary").getCell("A1").value = "the analyst's notes";
  for (let n = 2; n <= 20; n++)
    wb.addWorksheet(`Challenge summary (${n})`).getCell("A1").value = `notes ${n}`;
  return wb;
}

describe("one classify routine, two drivers", () => {
  it("writes the same workbook straight through and in slices", async () => {
    const straight = canonicalWorkbook();
    const sliced = canonicalWorkbook();
    const steps: string[] = [];
    const a = classifyWorkbook(straight, { quarter: "Q2 2018/19" });
    const b = await classifyInSlices(sliced, { quarter: "Q2 2018/19" }, asyncEngine, (label) =>
      steps.push(label)
    );
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.result.summary).toEqual(a.result.summary);
    expect(b.edits).toEqual(a.edits);
    expect(describeWorkbook(sliced)).toEqual(describeWorkbook(straight));
    expect(steps).toEqual(
      expect.arrayContaining([
        "Reading the sheet",
        "Classifying",
        "Planning the writes",
        "Writing statuses, summary and log",
      ])
    );
  });

  it("refuses alike, before writing, when the add-in's sheet names are all taken", async () => {
    const straight = withEveryOwnNameTaken(canonicalWorkbook());
    const sliced = withEveryOwnNameTaken(canonicalWorkbook());
    const before = describeWorkbook(sliced);
    expect(() => classifyWorkbook(straight)).toThrow(WorkbookRefusal);
    await expect(classifyInSlices(sliced, {}, asyncEngine)).rejects.toThrow(WorkbookRefusal);
    expect(describeWorkbook(sliced)).toEqual(before);
  });

  it("stops before the first write when cancelled, in slices", async () => {
    const wb = canonicalWorkbook();
    const before = describeWorkbook(wb);
    const controller = new AbortController();
    const engine: SlicedEngine = {
      ...asyncEngine,
      planWrite: async (result, existing, palette) => {
        controller.abort();
        return planWrite(result, existing, palette);
      },
    };
    await expect(classifyInSlices(wb, {}, engine, undefined, controller.signal)).rejects.toThrow();
    expect(describeWorkbook(wb)).toEqual(before);
  });
});
