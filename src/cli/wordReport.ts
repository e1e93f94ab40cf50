/** `--report`: the Word report of the classified workbook (docs/report.md). */
import type ExcelJS from "exceljs";
import type { RunResult } from "../engine/types";
import { buildReport, reportNamesOf, type ReportEdits } from "../report";
import { readLogRows } from "../xlsx/logSheet";
import type { ClassifyArgs } from "./args";

/** The report's bytes, built from the workbook as just classified (its log, the kept edits). */
export function writeWordReport(
  wb: ExcelJS.Workbook,
  result: RunResult,
  edits: ReportEdits,
  args: Pick<ClassifyArgs, "provider" | "committee" | "palette">
): Promise<Uint8Array> {
  return buildReport({
    result,
    edits,
    logRows: readLogRows(wb),
    names: reportNamesOf({ providerName: args.provider, committeeName: args.committee }),
    date: new Date(),
    palette: args.palette,
  });
}
