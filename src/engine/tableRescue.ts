/**
 * No table refused without help (docs/findings.md, table.noPeriod): when a sheet has a header row
 * with a ref or indicator column and indicator rows under it, but no column the product can read
 * as a period, the refusal names the header row, the near-miss headings by cell, the period forms
 * read, and the exact fix — and carries the columns, so the task pane can offer *How the sheet was
 * read* for the analyst to name each column's period and kind.
 */
import type { CellValue, ColumnRoleEntry, Finding, RunFailure, TableRescue } from "./types";

export type { TableRescue } from "./types";
import type { GridView } from "./grid";
import type { ColumnOverrides } from "./headerRow";
import { HEADER_SEARCH_ROWS } from "./detect";
import { matchHeader } from "./headers";
import { cellText, readCellNumber } from "./cellNumber";
import { splitRatedValue } from "./valueRating";
import { columnLetters, quoteSheetName } from "./address";
import { PERIOD_EXAMPLES } from "./columnChoices";
import { displayLine } from "./textNormalise";

/** Free text beside the table: never a period (commentary, actions, notes). */
const FREE_TEXT = /\b(?:comments?|commentary|narrative|notes?|actions?|explanation|update)\b/i;
/** Rows looked at under a candidate header: enough to see figures, cheap on a large sheet. */
const ROWS_LOOKED_AT = 200;
const NEAR_MISSES_NAMED = 6;

function nameColumn(
  view: GridView,
  row: number,
  overrides: ColumnOverrides | undefined
): number | null {
  for (const key of ["ref", "indicator"] as const) {
    const col = overrides?.[key];
    if (typeof col === "number" && col >= view.left) return col;
  }
  const cells = view.row(row);
  for (let i = 0; i < cells.length; i++) {
    const raw = cells[i];
    if (typeof raw !== "string") continue;
    const key = matchHeader(raw);
    if (key === "ref" || key === "indicator") return view.left + i;
  }
  return null;
}

/** A figure as the row reader would read it: a number, `82%` as text, or `82 (GREEN)`. */
function isFigure(raw: CellValue | undefined): boolean {
  if (typeof raw === "number") return Number.isFinite(raw);
  if (typeof raw !== "string") return false;
  return readCellNumber(raw).kind === "number" || splitRatedValue(raw) !== null;
}

/**
 * Sheet rows under `row` with a name or ref and something beside it: the indicator rows. A figure
 * is not required — a council may write its results in words (`711 volunteers … (GREEN)`), and the
 * sheet then still deserves the help rather than "no table".
 */
function indicatorRowsUnder(view: GridView, row: number, nameCol: number): number[] {
  const out: number[] = [];
  const last = Math.min(view.lastRow, row + ROWS_LOOKED_AT);
  for (let r = row + 1; r <= last; r++) {
    if (cellText(view.value(r, nameCol)) === "") continue;
    if (view.row(r).some((v, i) => view.left + i !== nameCol && cellText(v) !== "")) out.push(r);
  }
  return out;
}

function roleOfHeading(heading: string): ColumnRoleEntry["role"] {
  return matchHeader(heading) ?? "notUsed";
}

/** The header row's columns and the near misses, for the first qualifying row of the sheet. */
export function findRescue(view: GridView, overrides?: ColumnOverrides): TableRescue | null {
  const last = Math.min(view.lastRow, view.firstRow + HEADER_SEARCH_ROWS - 1);
  for (let r = view.firstRow; r <= last; r++) {
    const nameCol = nameColumn(view, r, overrides);
    if (nameCol === null) continue;
    const rows = indicatorRowsUnder(view, r, nameCol);
    if (rows.length === 0) continue;
    const columns: ColumnRoleEntry[] = [];
    view.row(r).forEach((raw, i) => {
      const heading = cellText(raw);
      if (heading === "") return;
      const column = view.left + i;
      const role =
        column === nameCol && roleOfHeading(heading) === "notUsed"
          ? "indicator"
          : roleOfHeading(heading);
      columns.push({ column, heading, role });
    });
    const unread = columns.filter(
      (c) => c.role === "notUsed" && !FREE_TEXT.test(c.heading) && c.column !== nameCol
    );
    const withFigures = unread.filter((c) =>
      rows.some((row) => isFigure(view.value(row, c.column)))
    );
    const near = (withFigures.length > 0 ? withFigures : unread).map((c) => c.column);
    return {
      sheet: view.name,
      headerRow: r,
      columns,
      nearMisses: near,
      indicatorRows: rows.length,
    };
  }
  return null;
}

/** Why a near-miss heading was not read as a period, in an analyst's words. */
function whyNot(heading: string): string {
  if (/\b(?:19|20)\d\d\b|\b\d\d\s*[/-]\s*\d\d\b/.test(heading))
    return "has a year, but not in a period form the product reads";
  return "no period found";
}

/** `table.noPeriod`: the refusal, with the fix. */
export function noPeriodFinding(rescue: TableRescue): Finding {
  const row = rescue.headerRow + 1;
  const prefix = `${quoteSheetName(rescue.sheet)}!`;
  const headings = rescue.columns.map((c) => displayLine(c.heading)).join(", ");
  const near = rescue.nearMisses.slice(0, NEAR_MISSES_NAMED).map((col) => {
    const heading = rescue.columns.find((c) => c.column === col)?.heading ?? "";
    return `${columnLetters(col)}${row} "${displayLine(heading)}": ${whyNot(heading)}`;
  });
  const more =
    rescue.nearMisses.length > NEAR_MISSES_NAMED
      ? ` (and ${rescue.nearMisses.length - NEAR_MISSES_NAMED} more)`
      : "";
  const first = rescue.nearMisses[0];
  const letter = first === undefined ? "E" : columnLetters(first);
  const local = first === undefined ? `A${row}` : `${letter}${row}`;
  const nearText =
    near.length > 0 ? ` Near misses: ${near.join("; ")}${more}.` : " No other heading is unread.";
  const rows =
    rescue.indicatorRows === 1 ? "1 indicator row" : `${rescue.indicatorRows} indicator rows`;
  return {
    severity: "error",
    code: "table.noPeriod",
    cell: prefix + local,
    message:
      `${local}: the header row is row ${row} (${headings}) with ${rows} under it, but no column could be read as a period, so nothing was rated.${nearText}` +
      ` Periods are read from headings such as ${PERIOD_EXAMPLES}.` +
      ` To fix it, rename each period column's heading to its period (for example ${letter}${row} to 2019/20), or name the column's period without changing the sheet: in the task pane under How the sheet was read, or on the command line with --columns ${letter}=2019/20 if column ${letter} holds the figures for 2019/20, or --columns ${letter}="target 2019/20" if it holds the targets for 2019/20.`,
  };
}

/** The refusal for a sheet with indicator rows but no period column; null when it has none. */
export function noPeriodFailure(
  view: GridView,
  overrides: ColumnOverrides | undefined
): RunFailure | null {
  const rescue = findRescue(view, overrides);
  if (!rescue) return null;
  const finding = noPeriodFinding(rescue);
  return {
    kind: "noTable",
    message: `No period column could be read on sheet "${rescue.sheet}": ${finding.message}`,
    findings: [finding],
    rescue,
  };
}
