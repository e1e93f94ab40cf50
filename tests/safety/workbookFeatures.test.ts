/**
 * Nothing lost beyond values: the command line's output keeps what an analyst builds around the
 * table — cell notes, data validation, conditional formatting, an autofilter, column widths,
 * frozen panes, a named range and a print area.
 */
import type ExcelJS from "exceljs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  HEALTHY_ROWS,
  newWorkbook,
  QUARTER,
  saveWorkbook,
  writeTable,
} from "../corpus/builders/table";
import { readWorkbookFile } from "../corpus/support/compareWorkbooks";
import { runCli } from "../corpus/support/runCli";

let dir: string;
let sheet: ExcelJS.Worksheet;
let output: ExcelJS.Workbook;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "perf-challenge-features-"));
  const workbook = newWorkbook();
  const ws = workbook.addWorksheet("Indicators", {
    views: [{ state: "frozen", xSplit: 2, ySplit: 1 }],
  });
  writeTable(ws, HEALTHY_ROWS);
  ws.getCell("B2").note = "Definition agreed with DfE";
  for (const address of ["G2", "G3", "G4"]) {
    ws.getCell(address).dataValidation = {
      type: "decimal",
      operator: "between",
      formulae: [0, 100],
      allowBlank: true,
    };
  }
  ws.addConditionalFormatting({
    ref: "I2:I4",
    rules: [
      {
        type: "cellIs",
        operator: "lessThan",
        formulae: [50],
        priority: 1,
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFF0000" } } },
      },
    ],
  });
  ws.autoFilter = "A1:J4";
  ws.getColumn(2).width = 44;
  workbook.definedNames.add("Indicators!$A$1:$J$4", "PI_Table");
  ws.pageSetup.printArea = "A1:J4";
  const input = await saveWorkbook(workbook, join(dir, "features.xlsx"));
  const out = join(dir, "out.xlsx");
  const run = await runCli(["classify", input, "--out", out, "--quarter", QUARTER]);
  expect(run.code).toBe(0);
  output = await readWorkbookFile(out);
  sheet = output.getWorksheet("Indicators")!;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the analyst's workbook features survive a run", () => {
  it("keeps the cell note", () => {
    expect(sheet.getCell("B2").note).toBe("Definition agreed with DfE");
  });

  it("keeps data validation and conditional formatting", () => {
    expect(sheet.getCell("G3").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 100],
    });
    const rules = (sheet as unknown as { conditionalFormattings: { ref: string }[] })
      .conditionalFormattings;
    expect(rules.map((r) => r.ref)).toContain("I2:I4");
  });

  it("keeps the autofilter, column width, frozen panes, named range and print area", () => {
    expect(sheet.autoFilter).toBe("A1:J4");
    expect(sheet.getColumn(2).width).toBe(44);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1 });
    expect(output.definedNames.getNames("Indicators!$A$1")).toContain("PI_Table");
    expect(sheet.pageSetup.printArea).toBe("A1:J4");
  });
});
