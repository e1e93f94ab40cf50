/**
 * One indicator's rating from its own cells — value, target, tolerance, polarity — as the
 * =PERF.STATUS custom function asks for it (docs/custom-functions.md). It is the table's row
 * reader (readRow.ts) and classifier (classify.ts) on a table of one row, so text targets,
 * polarity words, tolerance modes, bands, the percent rule and every finding are the engine's own:
 * a rule changed there changes here.
 */
import { classifyIndicator } from "./classify";
import { GridView } from "./grid";
import { isBlocking, missingValueReason } from "./read";
import { readRow, type RowReaderSetup } from "./readRow";
import type { CellValue, Finding, Quarter, Status, TableLayout, ToleranceMode } from "./types";

/** One cell as Excel holds it: its value, its number format (General when unknown), a label. */
export interface RatedCell {
  value: CellValue;
  /** The cell's number format ("0%" makes 0.91 read as 91%); null or absent: General. */
  format?: string | null;
  /** How messages name the cell: its address (`Indicators!N5`), or the argument's name. */
  label: string;
}

export interface CellsToRate {
  value: RatedCell;
  target: RatedCell;
  tolerance: RatedCell;
  polarity: RatedCell;
  mode: ToleranceMode;
}

export interface CellRating {
  status: Status;
  /** Why it is not classified (the same sentence the Challenge pane gives), when it is not. */
  reason?: string;
  /** Every finding the reader made, each naming the cell by its label. */
  findings: Finding[];
}

/** The one-row table: where each cell sits (0-based columns of row 0). */
const COLUMN = { polarity: 0, target: 1, tolerance: 2, value: 3 } as const;
const LOCAL = ["A1", "B1", "C1", "D1"] as const;

/** The period of a single rating has no name of its own: messages say "this period". */
const PERIOD: Quarter = { fy: 0, q: 1, label: "this period" };

const LAYOUT: TableLayout = {
  sheet: "",
  headerRow: -1,
  firstRow: 0,
  lastRow: 0,
  lastColumn: COLUMN.value,
  columns: { polarity: COLUMN.polarity, target: COLUMN.target, tolerance: COLUMN.tolerance },
  quarterColumns: [{ quarter: PERIOD, column: COLUMN.value }],
  existingStatusColumn: null,
};

/** Puts the cell's own label where the reader wrote its one-row address (`B1: …` → `G5: …`). */
function relabel(text: string, labels: readonly string[]): string {
  const at = LOCAL.findIndex((local) => text === local || text.startsWith(`${local}: `));
  return at < 0 ? text : labels[at] + text.slice(LOCAL[at].length);
}

export function rateCells(cells: CellsToRate): CellRating {
  const ordered = [cells.polarity, cells.target, cells.tolerance, cells.value];
  const view = new GridView({
    name: "",
    top: 0,
    left: 0,
    values: [ordered.map((c) => c.value)],
    formats: [ordered.map((c) => c.format ?? null)],
  });
  const setup: RowReaderSetup = {
    view,
    layout: LAYOUT,
    mode: cells.mode,
    quarters: [PERIOD],
    quarterPrefixes: [LOCAL[COLUMN.value].slice(0, 1)],
    quarterWhats: [`the value for ${PERIOD.label}`],
    sheetPrefix: "",
  };
  const kinds = new Uint8Array(1);
  const { indicator, pending } = readRow(setup, 0, "", kinds, 0);
  const labels = ordered.map((c) => c.label);
  const findings: Finding[] = [];
  let errorReason: string | undefined;
  for (const p of pending) {
    const blocking = isBlocking(p, 0);
    const made = p.make(blocking);
    const finding: Finding = {
      ...made,
      cell: relabel(made.cell, labels),
      message: relabel(made.message, labels),
    };
    findings.push(finding);
    if (blocking && finding.severity === "error" && errorReason === undefined)
      errorReason = finding.message;
  }
  indicator.hasError = errorReason !== undefined;
  const rated = classifyIndicator(indicator, {
    quarterPos: 0,
    quarter: PERIOD,
    errorReason,
    missingReason: missingValueReason(kinds[0], PERIOD),
  });
  return rated.reason === undefined
    ? { status: rated.status, findings }
    : { status: rated.status, reason: relabel(rated.reason, labels), findings };
}
