/** `--report`: the Word report of the classified workbook (docs/report.md). */
import type ExcelJS from "exceljs";
import type { EngineOptions, RunResult } from "../engine/types";
import { buildReport, previousPeriod, reportNamesOf, type ReportEdits } from "../report";
import { readLogCells } from "../xlsx/logSheet";
import { summaryOfPeriod } from "../xlsx/periodSummary";
import type { ClassifyArgs } from "./args";
import { resvgRasteriser } from "./svgRaster";

/**
 * The report's bytes, built from the workbook as just classified (its log, the kept edits), the
 * previous period classified with the same options for the summary picture, and today's date.
 */
export function writeWordReport(
  wb: ExcelJS.Workbook,
  result: RunResult,
  edits: ReportEdits,
  args: Pick<ClassifyArgs, "provider" | "committee" | "author" | "date" | "palette">,
  engineOptions: EngineOptions
): Promise<Uint8Array> {
  const log = readLogCells(wb);
  const before = previousPeriod(result);
  const summary = before
    ? summaryOfPeriod(wb, { ...engineOptions, sheet: result.sheet }, before.label)
    : null;
  return buildReport({
    result,
    edits,
    logRows: log?.rows ?? null,
    logFormats: log?.formats ?? null,
    names: reportNamesOf({
      providerName: args.provider,
      committeeName: args.committee,
      authorName: args.author,
      reportDate: args.date,
    }),
    date: new Date(),
    palette: args.palette,
    previous: before && summary ? { period: before.label, summary } : null,
    rasterise: resvgRasteriser,
  });
}
