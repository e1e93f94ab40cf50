/**
 * Builds the Word report from the workbook as classified (the run, the reviewer's edits, the
 * Challenge log, the names and date saved in settings, the previous period's summary) and
 * downloads it. Loaded on demand with docx; the browser draws the pictures' PNG fallback.
 */
import type { RunResult } from "../engine/types";
import {
  buildReport,
  previousPeriod,
  REPORT_MIME,
  reportFileName,
  reportNamesOf,
  type ReportEdits,
} from "../report";
import type { WorkbookPort } from "../ports/workbookPort";
import { saveFile } from "./saveFile";
import { canvasRasteriser } from "./svgRaster";

export async function downloadReport(
  port: WorkbookPort,
  result: RunResult,
  edits: ReportEdits
): Promise<string> {
  const before = previousPeriod(result);
  const [settings, log, summary] = await Promise.all([
    port.getSettings(),
    port.readChallengeLog ? port.readChallengeLog() : Promise.resolve(null),
    before && port.summaryOfPeriod ? port.summaryOfPeriod(before.label) : Promise.resolve(null),
  ]);
  const bytes = await buildReport({
    result,
    edits,
    logRows: log?.rows ?? null,
    logFormats: log?.formats ?? null,
    names: reportNamesOf(settings),
    date: new Date(),
    palette: settings.palette,
    previous: before && summary ? { period: before.label, summary } : null,
    rasterise: canvasRasteriser,
  });
  const fileName = reportFileName(result.quarter.label);
  saveFile(bytes, fileName, REPORT_MIME);
  return fileName;
}
