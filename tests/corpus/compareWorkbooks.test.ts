/**
 * The "nothing lost" checks are themselves tested: each kind of damage a run could do to the
 * analyst's sheet is reported, and the one thing a run may add (its status column) is not.
 */
import ExcelJS from "exceljs";
import { analystSheetDifferences, newFormulaCells } from "./support/compareWorkbooks";

function analystWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Indicators");
  sheet.addRow(["Ref", "Indicator", "Q2 2018/19"]);
  sheet.addRow(["A1", "=not a formula", 0.91]);
  sheet.getCell("C2").numFmt = "0%";
  sheet.mergeCells("A4:C4");
  sheet.getRow(3).hidden = true;
  return workbook;
}

const damage: [string, (ws: ExcelJS.Worksheet) => void, RegExp][] = [
  ["a changed value", (ws) => (ws.getCell("C2").value = 0.92), /C2: 0.91 became 0.92/],
  ["a removed value", (ws) => (ws.getCell("B2").value = null), /B2: .* is gone/],
  [
    "a changed number format",
    (ws) => (ws.getCell("C2").numFmt = "0.0"),
    /C2: number format "0%" became "0.0"/,
  ],
  [
    "a value outside the status column",
    (ws) => (ws.getCell("E2").value = "x"),
    /E2: new value "x"/,
  ],
  ["a lost merge", (ws) => ws.unMergeCells("A4:C4"), /merged cells/],
  ["an unhidden row", (ws) => (ws.getRow(3).hidden = false), /row 3 hidden state changed/],
];

describe("the values-unchanged check", () => {
  it("finds nothing when nothing changed", () => {
    expect(analystSheetDifferences(analystWorkbook(), analystWorkbook())).toEqual([]);
  });

  it("allows a status column added by the run", () => {
    const after = analystWorkbook();
    after.getWorksheet("Indicators")!.getCell("D1").value = "Status Q2 2018/19";
    after.getWorksheet("Indicators")!.getCell("D2").value = "On or better than target";
    expect(analystSheetDifferences(analystWorkbook(), after)).toEqual([]);
  });

  it("does not let a status column take over a column of the analyst's values", () => {
    const after = analystWorkbook();
    after.getWorksheet("Indicators")!.getCell("C1").value = "Status Q2 2018/19";
    expect(analystSheetDifferences(analystWorkbook(), after).join("\n")).toMatch(
      /C1: "Q2 2018\/19" became/
    );
  });

  it.each(damage)("reports %s", (_what, harm, report) => {
    const after = analystWorkbook();
    harm(after.getWorksheet("Indicators")!);
    expect(analystSheetDifferences(analystWorkbook(), after).join("\n")).toMatch(report);
  });

  it("reports text that became a formula, and not a formula the analyst already had", () => {
    const before = analystWorkbook();
    before.getWorksheet("Indicators")!.getCell("D5").value = { formula: "1+1", result: 2 };
    const after = analystWorkbook();
    after.getWorksheet("Indicators")!.getCell("D5").value = { formula: "1+1", result: 2 };
    after.addWorksheet("Challenge log").getCell("B2").value = {
      formula: 'HYPERLINK("x")',
      result: "x",
    };
    expect(newFormulaCells(before, after)).toEqual(['Challenge log!B2: =HYPERLINK("x")']);
  });
});
