/**
 * Whether *How the sheet was read* needs the analyst's attention after a run, so the pane opens it
 * then and keeps it closed otherwise (issue 22): a contract indicator with no polarity to choose,
 * or a finding about how the columns or periods were read.
 */
import type { RunResult } from "../engine/types";

const READING_CODES =
  /^(column\.|quarter\.|period\.|polarity\.noColumn$|benchmark\.notRecognised$)/;

export function sheetReadingNeedsAttention(result: RunResult): boolean {
  if (result.indicators.some((i) => i.type === "contract" && i.polarity === null)) return true;
  return result.findings.some((f) => READING_CODES.test(f.code));
}
