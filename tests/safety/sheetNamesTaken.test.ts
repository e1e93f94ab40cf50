/**
 * Nothing lost when the analyst already has sheets called "Challenge summary" or "Challenge log"
 * for their own notes: a run must not empty them, and a rerun must find the add-in's own log again
 * (with what the trust typed) without touching the analyst's. The first command-line run is also
 * the corpus case "the analyst already has sheets called …" in tests/corpus.
 */
import type ExcelJS from "exceljs";
import { classifyWorkbook } from "../../src/xlsx";
import { newWorkbook, writeTable } from "../corpus/builders/table";
import { reopen } from "./support/councilWorkbook";
import { createExcelPort } from "../../src/excel/excelPort";
import { defaultEngine } from "../../src/excel/engineBinding";
import { memorySettingsStore } from "../../src/excel/settingsStore";
import { fakeRun } from "../excel/fake";
import { sheetSnapshot } from "../excel/helpers";
import { fakeCorpusWorkbook } from "../corpus/builders/fakeExcel";
import { ANALYST_OWN_SHEETS } from "../corpus/builders/lived";
import { HEALTHY_ROWS, QUARTER } from "../corpus/builders/table";

describe("the analyst's own sheets named like the add-in's (Office.js adapter)", () => {
  it("keeps every value the analyst typed on them", async () => {
    const data = fakeCorpusWorkbook(HEALTHY_ROWS);
    for (const [name, rows] of Object.entries(ANALYST_OWN_SHEETS))
      data.fill(
        name,
        rows.map((row) => [...row])
      );
    const before = Object.fromEntries(
      Object.keys(ANALYST_OWN_SHEETS).map((name) => [name, sheetSnapshot(data, name)])
    );
    const port = createExcelPort({
      engine: defaultEngine,
      run: fakeRun(data),
      settings: memorySettingsStore(),
      isSetSupported: () => true,
    });
    // Either outcome is acceptable — a refusal with a message, or a run that writes elsewhere —
    // as long as the analyst's cells are still there.
    await port
      .classify(QUARTER)
      .catch((error: Error) => expect(error.message).toMatch(/Challenge (summary|log)/));
    for (const [name, cells] of Object.entries(before)) {
      const now = sheetSnapshot(data, name);
      expect([name, Object.fromEntries(Object.keys(cells).map((key) => [key, now[key]]))]).toEqual([
        name,
        cells,
      ]);
    }
  });
});

/** The add-in's log: the sheet whose header has Trust response (the analyst's has not). */
function ourLog(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const found = workbook.worksheets.filter((ws) =>
    (ws.getRow(1).values as unknown[]).includes("Trust response")
  );
  expect(found).toHaveLength(1);
  return found[0];
}

describe("the analyst's own sheets named like the add-in's (ExcelJS adapter, reruns)", () => {
  it("a rerun keeps the analyst's sheets, reuses the add-in's log and keeps what the trust typed", async () => {
    let workbook = newWorkbook();
    writeTable(workbook.addWorksheet("Indicators"), HEALTHY_ROWS);
    for (const [name, rows] of Object.entries(ANALYST_OWN_SHEETS)) {
      const sheet = workbook.addWorksheet(name);
      rows.forEach((row) => sheet.addRow([...row]));
    }
    workbook = await reopen(workbook);
    expect(classifyWorkbook(workbook, { quarter: QUARTER }).ok).toBe(true);
    workbook = await reopen(workbook);
    const log = ourLog(workbook);
    const trustCol = (log.getRow(1).values as unknown[]).indexOf("Trust response");
    log.getRow(2).getCell(trustCol).value = "Agreed at the October meeting";
    const sheetCount = workbook.worksheets.length;
    expect(classifyWorkbook(workbook, { quarter: QUARTER }).ok).toBe(true);
    workbook = await reopen(workbook);
    expect(workbook.worksheets).toHaveLength(sheetCount);
    expect(ourLog(workbook).getRow(2).getCell(trustCol).value).toBe(
      "Agreed at the October meeting"
    );
    for (const [name, rows] of Object.entries(ANALYST_OWN_SHEETS)) {
      const sheet = workbook.getWorksheet(name)!;
      rows.forEach((row, r) =>
        expect((sheet.getRow(r + 1).values as unknown[]).slice(1)).toEqual([...row])
      );
    }
  });
});
