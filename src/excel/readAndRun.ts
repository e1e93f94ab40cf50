/**
 * Reading the chosen sheet and running the engine on it (Inspect and Classify), apart from
 * classify.ts so the pane can open without the write phase (loaded on demand, excelPort.ts).
 */
import { choicesAsOptions } from "../ports/analystChoices";
import type { WorkbookSettings } from "../ports/workbookPort";
import { STATE_SHEET_NAME } from "../engine/formatState";
import type { RunOutcome } from "../engine/types";
import type { EngineApi } from "./engineApi";
import { readWorkbook, type WorkbookRead } from "./readSheet";
import { FORMAT_MIRROR_SHEET, LOG_SHEET, SUMMARY_SHEET, type SyncReport } from "./types";

const OWN_SHEETS = new Set([SUMMARY_SHEET, LOG_SHEET, STATE_SHEET_NAME, FORMAT_MIRROR_SHEET]);

function engineOptions(settings: WorkbookSettings, quarter: string | undefined, sheet: string) {
  return {
    quarter,
    sheet,
    toleranceMode: settings.toleranceMode,
    smallCohortThreshold: settings.smallCohortThreshold,
    ...choicesAsOptions(settings),
  };
}

/** Reads the chosen sheet and runs the engine; falls back to the other sheets (docs/engine.md) when none is set. */
export async function readAndRun(
  context: Excel.RequestContext,
  settings: WorkbookSettings,
  quarter: string | undefined,
  engine: EngineApi,
  report: SyncReport,
  firstRows?: number
): Promise<{ read: WorkbookRead; outcome: RunOutcome }> {
  const read = await readWorkbook(context, settings.sheet, report, firstRows);
  const run = async (r: WorkbookRead): Promise<RunOutcome | null> =>
    r.grid
      ? engine.runEngine(
          { sheets: [r.grid], activeSheet: read.activeSheet },
          engineOptions(settings, quarter, r.grid.name)
        )
      : null;
  const first = await run(read);
  if (first?.ok || settings.sheet) {
    return { read, outcome: first ?? noSheet(settings.sheet ?? read.activeSheet) };
  }
  // A sheet with indicator rows but no period is kept in case no sheet has a table (help, not a
  // bare "not found": docs/findings.md table.noPeriod).
  let rescued: { read: WorkbookRead; outcome: RunOutcome } | null =
    first && !first.ok && first.failure.rescue ? { read, outcome: first } : null;
  for (const name of read.sheetNames) {
    if (name === read.activeSheet || OWN_SHEETS.has(name)) continue;
    const other = await readWorkbook(context, name, report, firstRows);
    const outcome = await run(other);
    if (outcome?.ok || (outcome && outcome.failure.kind === "noQuarter")) {
      return { read: { ...other, activeSheet: read.activeSheet }, outcome };
    }
    if (!rescued && outcome && !outcome.ok && outcome.failure.rescue)
      rescued = { read: { ...other, activeSheet: read.activeSheet }, outcome };
  }
  return rescued ?? { read, outcome: first ?? noSheet(read.activeSheet) };
}

function noSheet(sheet: string): RunOutcome {
  return {
    ok: false,
    failure: {
      kind: "noTable",
      message: `No indicator table was found on "${sheet}" or any other sheet. Check that a header row names a reference or indicator column and at least one quarter (such as "Q2 2018/19").`,
      findings: [],
    },
  };
}
