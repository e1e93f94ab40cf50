/**
 * The command line and the preview write the summary table but no chart: ExcelJS cannot write
 * chart parts (docs/workbook-output.md). The sheet says so, under the table, on every run; the
 * add-in recognises its summary sheet all the same, and writes over the note.
 */
import ExcelJS from "exceljs";
import { isChallengeSummary, SUMMARY_CHART_NOTE } from "../../src/engine/summarySheet";
import { classifyWorkbook, loadWorkbook, workbookToBytes } from "../../src/xlsx";
import { toPlanValue } from "../../src/xlsx/cellValue";
import { canonicalWorkbook } from "./fixtures";

function summaryValues(wb: ExcelJS.Workbook): unknown[][] {
  const ws = wb.getWorksheet("Challenge summary") as ExcelJS.Worksheet;
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[])
      .slice(1)
      .map((v) => toPlanValue(v as ExcelJS.CellValue));
  });
  return Array.from(rows, (r) => r ?? []);
}

describe("the Challenge summary written by ExcelJS", () => {
  it("says under the table that the chart appears when classified in Excel, once per run", async () => {
    const wb = canonicalWorkbook();
    for (const quarter of [undefined, "Q1 2018/19"]) {
      const outcome = classifyWorkbook(wb, { quarter });
      if (!outcome.ok) throw new Error(outcome.failure.message);
    }
    const rows = summaryValues(await loadWorkbook(await workbookToBytes(wb)));
    const notes = rows.filter((r) => r[0] === SUMMARY_CHART_NOTE);
    expect(notes).toHaveLength(1);
    const table = rows.findIndex((r) => r[0] === "Volumetric measures (context, not rated)");
    expect(rows.indexOf(notes[0])).toBe(table + 2);
    expect(isChallengeSummary(rows as never)).toBe(true);
  });
});
