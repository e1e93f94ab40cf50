/**
 * The words for a classification's outcome, the same from the ribbon and from the pane's own
 * Classify (issue 22: one outcome, one wording), e.g. `Q2 2018/19 classified on "Indicators":
 * Outside tolerance 2, Inside tolerance 5, On or better than target 13, No target specified 0;
 * 0 findings.`
 */
import { STATUS_LABEL, STATUS_ORDER, type RunResult } from "../engine/types";

export function classifiedMessage(result: RunResult): string {
  const total = result.summary.total;
  const parts = STATUS_ORDER.filter((s) => s !== "notClassified" || total.notClassified > 0).map(
    (s) => `${STATUS_LABEL[s]} ${total[s]}`
  );
  const findings = result.findings.length;
  return (
    `${result.quarter.label} classified on "${result.sheet}": ${parts.join(", ")}; ` +
    `${findings} ${findings === 1 ? "finding" : "findings"}.`
  );
}
