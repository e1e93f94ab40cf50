/**
 * The engine's entry points: inspect a workbook (which table, which quarters) and run a
 * classification. Both are total: whatever the grid, they return and never throw.
 */
import { hiddenTextFindings } from "./hiddenText";
import type {
  EngineOptions,
  Finding,
  Quarter,
  RunFailure,
  RunOutcome,
  TableLayout,
  ToleranceMode,
  WorkbookGrid,
} from "./types";
import { chooseTable } from "./detectSheet";
import {
  defaultQuarterPos,
  missingValueReason,
  readTable,
  settleFindings,
  type TableRead,
} from "./read";
import { classifyIndicator } from "./classify";
import { summarise } from "./summary";
import { parsePeriodOption, periodKind, samePeriod } from "./periods";
import { findings } from "./findings";
import { applyPeriodTargets } from "./periodTargets";
import { markCumulative } from "./cumulative";
import { applyPolarityOverrides } from "./polarityOverrides";
import { draftCommentary } from "./commentary";
import { placeholderFindings, ratingDisagreements, valueCellRatings } from "./ratingChecks";

export type InspectResult =
  | {
      ok: true;
      sheet: string;
      quarters: Quarter[];
      defaultQuarter: Quarter | null;
      layout: TableLayout;
    }
  | { ok: false; failure: RunFailure };

const TOLERANCE_MODES: readonly ToleranceMode[] = ["threshold", "points", "percent"];
export const DEFAULT_SMALL_COHORT = 10;

function toleranceModeOf(options: EngineOptions): ToleranceMode {
  return TOLERANCE_MODES.includes(options.toleranceMode as ToleranceMode)
    ? (options.toleranceMode as ToleranceMode)
    : "threshold";
}

function internalFailure(error: unknown): RunFailure {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    kind: "noTable",
    message: `The workbook could not be read (${detail}). Please report this with a copy of the workbook.`,
    findings: [],
  };
}

type Prepared =
  { ok: true; read: TableRead; mode: ToleranceMode } | { ok: false; failure: RunFailure };

function prepare(workbook: WorkbookGrid, options: EngineOptions): Prepared {
  const choice = chooseTable(workbook, options);
  if (!choice.ok) return choice;
  const mode = toleranceModeOf(options);
  const read = readTable(choice.table, mode);
  applyPolarityOverrides(read, options.polarityOverrides, mode);
  return { ok: true, read, mode };
}

/** Finds the table and its quarters without classifying anything. */
export function inspectWorkbook(
  workbook: WorkbookGrid,
  options: EngineOptions = {}
): InspectResult {
  try {
    const prepared = prepare(workbook, options ?? {});
    if (!prepared.ok) return prepared;
    const { read } = prepared;
    const pos = defaultQuarterPos(read);
    return {
      ok: true,
      sheet: read.table.layout.sheet,
      quarters: read.quarters,
      defaultQuarter: pos === null ? null : read.quarters[pos],
      layout: read.table.layout,
    };
  } catch (error) {
    return { ok: false, failure: internalFailure(error) };
  }
}

/** Position of the quarter to classify, or a failure for a quarter the table does not have. */
function chooseQuarter(
  read: TableRead,
  requested: string | undefined
): { ok: true; pos: number } | { ok: false; failure: RunFailure } {
  if (typeof requested === "string" && requested.trim() !== "") {
    const wanted = parsePeriodOption(requested);
    if (!wanted) {
      const finding = findings.quarterUnreadable(requested.trim());
      return {
        ok: false,
        failure: { kind: "noQuarter", message: finding.message, findings: [finding] },
      };
    }
    const pos = read.quarters.findIndex((q) => samePeriod(q, wanted));
    if (pos < 0) {
      const sheet = read.table.layout.sheet;
      const first = read.quarters[0].label;
      const last = read.quarters[read.quarters.length - 1].label;
      const finding = findings.quarterNotFound(wanted.label, sheet, sheet, first, last);
      const message = `Sheet "${sheet}" has no column for ${wanted.label}; its ${periodKind(read.quarters[0])}s run from ${first} to ${last}.`;
      return { ok: false, failure: { kind: "noQuarter", message, findings: [finding] } };
    }
    return { ok: true, pos };
  }
  return { ok: true, pos: defaultQuarterPos(read) ?? read.quarters.length - 1 };
}

function run(workbook: WorkbookGrid, options: EngineOptions): RunOutcome {
  const prepared = prepare(workbook, options);
  if (!prepared.ok) return prepared;
  const { read, mode } = prepared;
  const chosen = chooseQuarter(read, options.quarter);
  if (!chosen.ok) return chosen;
  const quarterPos = chosen.pos;
  const quarter = read.quarters[quarterPos];
  const settled = settleFindings(read, quarterPos);
  const targetFindings = applyPeriodTargets(read, quarterPos, mode);
  markCumulative(read);
  const indicators = read.rows.map((r) => r.indicator);
  const n = read.quarters.length;
  // The reason for a missing value depends only on what the cell held: each is spelt once.
  const missingReasons: string[] = [];
  const classifications = indicators.map((indicator, i) => {
    const kind = read.kinds[i * n + quarterPos];
    return classifyIndicator(indicator, {
      quarterPos,
      quarter,
      errorReason: settled.errorReasons[i],
      missingReason: (missingReasons[kind] ??= missingValueReason(kind, quarter)),
    });
  });
  const smallCohortThreshold =
    typeof options.smallCohortThreshold === "number" &&
    Number.isFinite(options.smallCohortThreshold)
      ? options.smallCohortThreshold
      : DEFAULT_SMALL_COHORT;
  const allFindings: Finding[] = [
    ...settled.findings,
    ...targetFindings,
    ...hiddenTextFindings(read.table),
    ...placeholderFindings(indicators, quarterPos),
    ...ratingDisagreements(
      read.table.view,
      read.table.layout,
      quarter,
      indicators,
      classifications
    ),
    ...valueCellRatings(indicators, quarterPos, classifications),
  ];
  let commentary: ReturnType<typeof draftCommentary> = [];
  try {
    commentary = draftCommentary({
      indicators,
      classifications,
      quarters: read.quarters,
      quarter,
      toleranceMode: mode,
      smallCohortThreshold,
    });
  } catch (error) {
    // A drafting fault must not lose the classification: report it and carry on.
    allFindings.push(
      findings.commentaryFailed(error instanceof Error ? error.message : String(error))
    );
  }
  return {
    ok: true,
    result: {
      sheet: read.table.layout.sheet,
      quarter,
      quarters: read.quarters,
      toleranceMode: mode,
      layout: read.table.layout,
      indicators,
      classifications,
      summary: summarise(indicators, classifications),
      commentary,
      findings: allFindings,
    },
  };
}

/** Classifies the chosen quarter of the workbook's indicator table. Never throws. */
export function runEngine(workbook: WorkbookGrid, options: EngineOptions = {}): RunOutcome {
  try {
    return run(workbook, options ?? {});
  } catch (error) {
    return { ok: false, failure: internalFailure(error) };
  }
}
