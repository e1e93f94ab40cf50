/**
 * What the workbook gets after a run (docs/workbook-output.md), decided once for both adapters. Pure: the adapters
 * apply the plan and record the formats they overwrite.
 */
import { LOG_COL, LOG_HEADERS, LOG_SHEET_NAME } from "./challengeLog";
import type { FreshLogRow } from "./logEdits";
import { draftKey, logScope, mergeLogRows } from "./logMerge";
import { PALETTES, statusHasFill } from "./palette";
import type {
  ExistingWorkbookState,
  FillGroup,
  PaletteName,
  PlannedSheet,
  StatusCellWrite,
  WritePlan,
} from "./plan-types";
import { SUMMARY_SHEET_NAME, summaryRows, summaryWidths } from "./summarySheet";
import type { Indicator, RunResult } from "./types";
import { STATUS_LABEL, STATUS_ORDER } from "./types";
import { displayValue } from "./valueText";
import { statusHeaderText } from "./statusHeader";

/** Written in the status column for volumetric rows: context, never rated, so no fill. */
export const VOLUMETRIC_LABEL = "Volumetric (not rated)";

export { statusHeaderText };

function quarterColumn(result: RunResult): number | null {
  const match = result.layout.quarterColumns.find(
    (qc) => qc.quarter.label === result.quarter.label
  );
  return match ? match.column : null;
}

function statusText(indicator: Indicator, label: string): string {
  return indicator.type === "volumetric" ? VOLUMETRIC_LABEL : label;
}

/** What the run computed for each indicator's log row (RunResult order), whether listed or not. */
export function freshLogRows(result: RunResult): FreshLogRow[] {
  const draftByKey = new Map<string, RunResult["commentary"][number]>();
  for (const item of result.commentary) {
    const key = draftKey(item.ref, item.name);
    if (!draftByKey.has(key)) draftByKey.set(key, item);
  }
  const period = result.quarter.label;
  return result.indicators.map((indicator, i) => {
    const classification = result.classifications[i];
    const item = draftByKey.get(draftKey(indicator.ref, indicator.name));
    return {
      ref: indicator.ref,
      indicator: indicator.name,
      area: indicator.area,
      value: displayValue(classification?.value ?? null),
      status: statusText(indicator, STATUS_LABEL[classification?.status ?? "notClassified"]),
      direction: item?.direction ?? "",
      draft: item?.text ?? "",
      period,
    };
  });
}

function planLog(result: RunResult, existing: ExistingWorkbookState): PlannedSheet {
  const fresh = freshLogRows(result);
  const widths = LOG_HEADERS.map(() => 14);
  widths[LOG_COL.ref] = 8;
  widths[LOG_COL.indicator] = 40;
  widths[LOG_COL.area] = 24;
  widths[LOG_COL.value] = 10;
  widths[LOG_COL.status] = 24;
  widths[LOG_COL.direction] = 22;
  widths[LOG_COL.council] = 70;
  widths[LOG_COL.trust] = 50;
  widths[LOG_COL.action] = 40;
  widths[LOG_COL.period] = 12;
  return {
    name: LOG_SHEET_NAME,
    rows: mergeLogRows(fresh, existing.logRows, logScope(result)),
    hiddenColumns: [LOG_COL.draft],
    columnWidths: widths,
  };
}

/** Characters wide enough for the longest label (bold heading counts a little wider). */
function statusWidth(heading: string, cells: readonly StatusCellWrite[]): number {
  const longest = cells.reduce((widest, cell) => Math.max(widest, cell.text.length), 0);
  return Math.min(40, Math.max(12, Math.ceil(heading.length * 1.1), longest) + 2);
}

/** Excel's last column is XFD (16,384 columns). */
const SHEET_COLUMNS = 16_384;

/** Why the run's results cannot be written (nothing is then changed), or null. */
export function writeProblem(result: RunResult): string | null {
  const statusColumn = result.layout.existingStatusColumn ?? result.layout.lastColumn + 1;
  if (statusColumn < SHEET_COLUMNS) return null;
  return `The header row of "${result.sheet}" reaches the sheet's last column (XFD), so there is no room for the status column. Delete the unused headings to the right of the table, then classify again. Nothing was changed.`;
}

export function planWrite(
  result: RunResult,
  existing: ExistingWorkbookState,
  palette: PaletteName = "default"
): WritePlan {
  const colours = PALETTES[palette] ?? PALETTES.default;
  const statusColumn = result.layout.existingStatusColumn ?? result.layout.lastColumn + 1;
  const valueColumn = quarterColumn(result);
  const statusCells: StatusCellWrite[] = [];
  const cellsByStatus = new Map(STATUS_ORDER.map((s) => [s, [] as { row: number; col: number }[]]));

  result.indicators.forEach((indicator, i) => {
    const status = result.classifications[i]?.status ?? "notClassified";
    statusCells.push({
      row: indicator.row,
      text: statusText(indicator, STATUS_LABEL[status]),
      status,
    });
    if (indicator.type === "volumetric" || !statusHasFill(status)) return;
    const cells = cellsByStatus.get(status);
    if (!cells) return;
    if (valueColumn !== null) cells.push({ row: indicator.row, col: valueColumn });
    cells.push({ row: indicator.row, col: statusColumn });
  });

  const fills: FillGroup[] = STATUS_ORDER.filter(
    (s) => (cellsByStatus.get(s) ?? []).length > 0
  ).map((status) => ({
    status,
    color: colours[status],
    cells: cellsByStatus.get(status) ?? [],
  }));

  const rows = summaryRows(result);
  const heading = statusHeaderText(result);
  return {
    sheet: result.sheet,
    statusColumn,
    statusHeader: { row: result.layout.headerRow, text: heading },
    statusColumnWidth: statusWidth(heading, statusCells),
    statusCells,
    fills,
    summarySheet: {
      name: SUMMARY_SHEET_NAME,
      rows,
      hiddenColumns: [],
      columnWidths: summaryWidths(rows),
    },
    logSheet: planLog(result, existing),
  };
}

export { readEdits } from "./challengeLog";
export { applyCommentaryEdit, redraftRow, addLogRow } from "./logEdits";
