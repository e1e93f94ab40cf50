/**
 * The sample's report as the command line builds it (not a test file): the sample classified, a
 * reviewer's date and response typed in the Challenge log where asked, the previous period's
 * summary, and the PNG fallbacks drawn by resvg.
 */
import fs from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { resvgRasteriser } from "../../src/cli/svgRaster";
import { LOG_HEADERS } from "../../src/engine/challengeLog";
import type { RunResult } from "../../src/engine/types";
import { buildReport, previousPeriod, type ReportNames } from "../../src/report";
import { classifyWorkbook, loadWorkbook, readLogCells, summaryOfPeriod } from "../../src/xlsx";

export const SAMPLE = path.join(__dirname, "../../samples/performance-q2-2018-19.xlsx");

export const NAMES: ReportNames = {
  providerName: "Doncaster Children's Services Trust",
  committeeName: "Children and Young People's Overview and Scrutiny Panel",
  authorName: "Director of People",
  reportDate: "2018-11-14",
};
export const DRAFTED = new Date(Date.UTC(2018, 10, 7));
/** What a reviewer typed in A1's row: a date (Excel stores 43788) and a response. */
export const TYPED_DATE = new Date(Date.UTC(2019, 10, 19));
export const TYPED_RESPONSE = "Audit of case files under way; recovery plan to the December panel.";

/** Types A1's Agreed action as a date cell and its Trust response, as a reviewer does in Excel. */
export function typeInLog(wb: ExcelJS.Workbook, ref = "A1"): void {
  const ws = wb.getWorksheet("Challenge log")!;
  const row = ws.getColumn(1).values.findIndex((v) => v === ref);
  const action = ws.getCell(row, LOG_HEADERS.indexOf("Agreed action") + 1);
  action.value = TYPED_DATE;
  action.numFmt = "dd/mm/yyyy";
  ws.getCell(row, LOG_HEADERS.indexOf("Trust response") + 1).value = TYPED_RESPONSE;
}

export async function sampleReport(
  options: { names?: ReportNames; typed?: boolean } = {}
): Promise<{ bytes: Uint8Array; result: RunResult; wb: ExcelJS.Workbook }> {
  const wb = await loadWorkbook(fs.readFileSync(SAMPLE));
  const outcome = classifyWorkbook(wb);
  if (!outcome.ok) throw new Error(outcome.failure.message);
  if (options.typed) typeInLog(wb);
  const { result } = outcome;
  const before = previousPeriod(result);
  const summary = before ? summaryOfPeriod(wb, { sheet: result.sheet }, before.label) : null;
  const log = readLogCells(wb);
  const bytes = await buildReport({
    result,
    edits: outcome.edits,
    logRows: log?.rows ?? null,
    logFormats: log?.formats ?? null,
    names: options.names ?? NAMES,
    date: DRAFTED,
    previous: before && summary ? { period: before.label, summary } : null,
    rasterise: resvgRasteriser,
  });
  return { bytes, result, wb };
}
