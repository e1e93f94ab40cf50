/** The status column's heading a classification writes (docs/workbook-output.md). */
import type { RunResult } from "./types";

export function statusHeaderText(result: Pick<RunResult, "quarter">): string {
  return `Status ${result.quarter.label}`;
}
