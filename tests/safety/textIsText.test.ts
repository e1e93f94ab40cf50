/**
 * Nothing let in: text the add-in writes into Excel through Office.js stays text. The fake Excel
 * parses written text as Excel does (a leading = or + makes a formula, digits make a number) unless
 * the cell is formatted as Text, so these tests fail if the adapter writes raw text into a General cell.
 */
import { createExcelPort } from "../../src/excel/excelPort";
import { defaultEngine } from "../../src/excel/engineBinding";
import { memorySettingsStore } from "../../src/excel/settingsStore";
import { fakeRun, WorkbookData } from "../excel/fake";
import { formulaCells, HEADER } from "../excel/helpers";
import { HOSTILE_TEXTS } from "../corpus/builders/text";

/** Text Excel would read as something else: formulas, numbers, dates, booleans. */
const LOOKS_LIKE_OTHER_THINGS = ["0012", "1e5", " 42 ", "3/4", "TRUE", "12%", "£1,000"];

function hostileWorkbook(): WorkbookData {
  const data = new WorkbookData();
  const names = [...HOSTILE_TEXTS, ...LOOKS_LIKE_OTHER_THINGS];
  const rows: (string | number)[][] = [[...HEADER]];
  names.forEach((name, i) => {
    const ref = i % 2 ? `00${i + 1}` : `=R${i + 1}`;
    const area = i % 3 ? "=1+1" : "+Early help";
    rows.push([ref, name, area, "Higher is better", "%", 90, 80, 85, 70 + i]);
  });
  data.fill("Indicators", rows);
  data.activeSheet = "Indicators";
  return data;
}

/** Every value the add-in wrote on one of its own sheets. */
function valuesOn(data: WorkbookData, sheet: string): unknown[] {
  return [...(data.sheet(sheet)?.cells.values() ?? [])].map((cell) => cell.value);
}

describe("text written through Office.js stays text", () => {
  let data: WorkbookData;

  beforeAll(async () => {
    data = hostileWorkbook();
    const port = createExcelPort({
      engine: defaultEngine,
      run: fakeRun(data),
      settings: memorySettingsStore(),
      isSetSupported: () => true,
    });
    const outcome = await port.classify("Q2 2018/19");
    expect(outcome.ok).toBe(true);
  });

  it("no cell of any sheet became a formula", () => {
    expect(formulaCells(data)).toEqual([]);
  });

  // The engine trims the spaces around a name; the rest must arrive character for character, as text.
  it("names, refs and areas reach the Challenge log as typed, as text", () => {
    const logValues = valuesOn(data, "Challenge log");
    for (const text of [
      ...HOSTILE_TEXTS,
      ...LOOKS_LIKE_OTHER_THINGS,
      "=R1",
      "002",
      "=1+1",
      "+Early help",
    ]) {
      expect([text, logValues.includes(text.trim())]).toEqual([text, true]);
    }
  });

  it("area names reach the Challenge summary as text", () => {
    const summaryValues = valuesOn(data, "Challenge summary");
    expect(summaryValues).toEqual(expect.arrayContaining(["=1+1", "+Early help"]));
  });

  it("the analyst's own cells are untouched", () => {
    const table = data.sheet("Indicators")!;
    expect(table.get(1, 0)?.value).toBe("=R1");
    expect(table.get(2, 0)?.value).toBe("002");
  });
});
