/** What the engine (through the ExcelJS adapter, in Node) makes of a workbook: the page must agree. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { classifyWorkbook, loadWorkbook } from "../../src/xlsx";
import type { RunResult } from "../../src/engine/types";

export const SAMPLE_PATH = path.resolve(__dirname, "../../samples/performance-q2-2018-19.xlsx");

export async function expectedRun(bytes: Uint8Array | Buffer): Promise<RunResult> {
  const wb = await loadWorkbook(new Uint8Array(bytes));
  const outcome = classifyWorkbook(wb);
  if (!outcome.ok)
    throw new Error(`The engine could not classify the workbook: ${outcome.failure.message}`);
  return outcome.result;
}

export const sampleBytes = (): Buffer => readFileSync(SAMPLE_PATH);
