/** The scrutiny report: a Word document of the quarter's challenge (docs/report.md). */
import { reportContent, type ReportInput } from "./content";
import { reportBytes } from "./docxDocument";

export type { ReportInput } from "./content";
export { editedText, type ReportEdits } from "./edits";
export { DEFAULT_REPORT_NAMES, reportNamesOf, parseReportDate, type ReportNames } from "./names";
export type { LogCells } from "./logCells";
export type { SvgRasteriser } from "./raster";
export type { PeriodSummary } from "./charts/summaryChart";
export { previousPeriod } from "./previousPeriod";

export const REPORT_MIME =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Builds the .docx of a classified period. */
export function buildReport(input: ReportInput): Promise<Uint8Array> {
  return reportBytes(reportContent(input), input.rasterise);
}

/** "performance-challenge-Q2-2018-19.docx": a file name safe on every system. */
export function reportFileName(period: string): string {
  return `performance-challenge-${period.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")}.docx`;
}
