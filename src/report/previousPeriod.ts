/** The period before the classified one in the table, whose summary the report's picture shows beside it. */
import type { Quarter, RunResult } from "../engine/types";

export function previousPeriod(result: RunResult): Quarter | null {
  const at = result.quarters.findIndex((q) => q.label === result.quarter.label);
  return at > 0 ? result.quarters[at - 1] : null;
}
