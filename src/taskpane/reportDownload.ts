/**
 * Builds the Word report from the workbook as classified (the run, the reviewer's edits, the
 * Challenge log, the names saved in settings) and downloads it. Loaded on demand with docx.
 */
import type { RunResult } from "../engine/types";
import {
  buildReport,
  REPORT_MIME,
  reportFileName,
  reportNamesOf,
  type ReportEdits,
} from "../report";
import type { WorkbookPort } from "./port";
import { saveFile } from "./saveFile";

export async function downloadReport(
  port: WorkbookPort,
  result: RunResult,
  edits: ReportEdits
): Promise<string> {
  const [settings, logRows] = await Promise.all([
    port.getSettings(),
    port.readChallengeLog ? port.readChallengeLog() : Promise.resolve(null),
  ]);
  const bytes = await buildReport({
    result,
    edits,
    logRows,
    names: reportNamesOf(settings),
    date: new Date(),
    palette: settings.palette,
  });
  const fileName = reportFileName(result.quarter.label);
  saveFile(bytes, fileName, REPORT_MIME);
  return fileName;
}
