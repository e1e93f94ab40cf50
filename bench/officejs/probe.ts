/**
 * A tiny batch that proves the harness: one read sync (used range values and number formats) and
 * one write sync (a column of statuses and one fill). Used by the test and by the bench when no
 * adapter is present yet.
 */
import { RecordingHost } from "./recorder";
import { MemoryWorkbook } from "./workbook";

export interface ProbeOutcome {
  host: RecordingHost;
  values: unknown[][];
  address: string;
}

export async function runProbe(): Promise<ProbeOutcome> {
  const book = new MemoryWorkbook();
  const sheet = book.addSheet("Indicators");
  [
    ["Ref", "Indicator", "Q1 2018/19"],
    ["A1", "Timeliness", 0.91],
    ["A2", "Visits", 12],
  ].forEach((row, r) => row.forEach((value, c) => sheet.setValue(r, c, value)));
  sheet.setNumberFormat(1, 2, "0%");
  const host = new RecordingHost(book);
  const outcome = await host.run(async (context) => {
    const used = context.workbook.worksheets.getActiveWorksheet().getUsedRange(true);
    used.load("values,numberFormat,address");
    await context.sync();
    const target = context.workbook.worksheets.getItem("Indicators").getRange("D1:D3");
    target.values = [["Status"], ["On or better than target"], ["Outside tolerance"]];
    target.getCell(1, 0).format.fill.color = "#1B9E77";
    await context.sync();
    return { values: used.values, address: used.address };
  });
  return { host, ...outcome };
}
