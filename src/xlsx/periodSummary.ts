/**
 * The summary of another period of the table, as the engine classifies it with the same options:
 * the report's summary picture sets the previous period beside this one. Reads, never writes.
 */
import type ExcelJS from "exceljs";
import { runEngine } from "../engine/run";
import type { EngineOptions, Summary } from "../engine/types";
import { readWorkbookGrid } from "./readGrid";

export function summaryOfPeriod(
  wb: ExcelJS.Workbook,
  options: EngineOptions,
  period: string
): Summary | null {
  const outcome = runEngine(readWorkbookGrid(wb, options.sheet), { ...options, quarter: period });
  return outcome.ok ? outcome.result.summary : null;
}
