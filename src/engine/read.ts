/**
 * Reads every indicator of a detected table (docs/engine.md), then, once the quarter is chosen, settles
 * the findings and which rows carry an error.
 */
import { normaliseForMatching } from "./textNormalise";
import type { Finding, Indicator, Quarter, TableLayout, ToleranceMode } from "./types";
import { regionOf } from "./headers";
import type { DetectedTable } from "./detect";
import { cellText } from "./cellNumber";
import { columnLetters, quoteSheetName } from "./address";
import { findings } from "./findings";
import { readRow, type ReadRow } from "./readRow";
import { CELL, NEVER_BLOCKS, type PendingFinding } from "./readValue";
import { columnFindings, unheadedColumns } from "./columnFindings";
import { periodFindings } from "./periodFindings";
import { benchmarkYears } from "./benchmarkYear";

/** `North East` from a regional column headed `North East 2022`; undefined for `Regional`. */
function regionNameOf(layout: TableLayout): string | undefined {
  const col = layout.columns.regional;
  const heading = layout.columnRoles?.find((e) => e.column === col)?.heading ?? "";
  const name = heading.replace(/[\s(]*(?:19|20)?\d\d(?:\s*[/-]\s*\d{2,4})?\)?\s*$/, "").trim();
  return regionOf(name) ? name : undefined;
}

/** The first text of a row, shortened for a message. */
function firstText(cells: readonly unknown[]): string {
  for (const raw of cells) {
    if (typeof raw === "string" && raw.trim() !== "") {
      const text = raw.trim();
      return text.length > 40 ? `${text.slice(0, 39)}…` : text;
    }
  }
  return "";
}

/** Area label for rows with no service area: the whole table, or rows above the first section. */
export const NO_AREA_ALL = "All indicators";
export const NO_AREA_OTHER = "Other indicators";

export interface TableRead {
  table: DetectedTable;
  quarters: Quarter[];
  rows: ReadRow[];
  /** What each quarter cell held: CELL codes, row-major (rows x quarters). */
  kinds: Uint8Array;
  /** Findings about rows that are not indicators (figures with no ref or name), and duplicate refs. */
  tableFindings: { row: number; finding: Finding }[];
}

export function readTable(table: DetectedTable, mode: ToleranceMode): TableRead {
  const { view, layout } = table;
  const sheetPrefix = `${quoteSheetName(view.name)}!`;
  const quarters = layout.quarterColumns.map((qc) => qc.quarter);
  const quarterPrefixes = layout.quarterColumns.map((qc) => sheetPrefix + columnLetters(qc.column));
  const setup = {
    view,
    layout,
    mode,
    quarters,
    quarterPrefixes,
    quarterWhats: quarters.map((q) => `the value for ${q.label}`),
    sheetPrefix,
    regionName: regionNameOf(layout),
    benchmarkYears: benchmarkYears(layout, sheetPrefix),
  };
  const kinds = new Uint8Array(table.indicatorRows.length * quarters.length);
  const areaCol = layout.columns.area;
  const rows: ReadRow[] = [];
  let carriedArea = "";
  for (let i = 0; i < table.indicatorRows.length; i++) {
    const row = table.indicatorRows[i];
    let area = table.sectionOfRow[i];
    if (areaCol !== undefined) {
      // A blank area cell continues the area above (merged cells read blank below their first row).
      const own = cellText(view.value(row, areaCol));
      if (own !== "") carriedArea = own;
      area = carriedArea;
    }
    rows.push(readRow(setup, row, area, kinds, i * quarters.length));
  }
  const anyArea = rows.some((r) => r.indicator.area !== "");
  for (const r of rows)
    if (r.indicator.area === "") r.indicator.area = anyArea ? NO_AREA_OTHER : NO_AREA_ALL;

  const tableFindings: { row: number; finding: Finding }[] = [];
  /** The sheet row where each ref is first seen (addresses are spelt only for a duplicate). */
  const firstRefRow = new Map<string, number>();
  const refCol = layout.columns.ref;
  for (const r of rows) {
    const ref = r.indicator.ref;
    if (ref === "" || refCol === undefined) continue;
    // Invisible characters do not make a ref different (src/engine/textNormalise.ts).
    const key = normaliseForMatching(ref).toUpperCase();
    const firstRow = firstRefRow.get(key);
    if (firstRow === undefined) {
      firstRefRow.set(key, r.indicator.row);
      continue;
    }
    const local = columnLetters(refCol) + (r.indicator.row + 1);
    const first = columnLetters(refCol) + (firstRow + 1);
    tableFindings.push({
      row: r.indicator.row,
      finding: findings.duplicateRef({ cell: sheetPrefix + local, local, ref }, first),
    });
  }
  for (const finding of columnFindings(table.header, sheetPrefix))
    tableFindings.push({ row: layout.headerRow, finding });
  for (const finding of unheadedColumns(table, sheetPrefix))
    tableFindings.push({ row: layout.headerRow, finding });
  for (const finding of periodFindings(table.header, sheetPrefix))
    tableFindings.push({ row: layout.headerRow, finding });
  const identityCol = refCol ?? layout.columns.indicator ?? view.left;
  const unrated = rows.filter((r) => r.indicator.unratedReason?.startsWith("No polarity"));
  if (unrated.length > 0) {
    const local = columnLetters(identityCol) + (layout.headerRow + 1);
    tableFindings.push({
      row: layout.headerRow,
      finding: findings.noPolarityColumn({ cell: sheetPrefix + local, local }, unrated.length),
    });
  }
  if (table.footnoteRows.length > 0) {
    const first = table.footnoteRows[0];
    const local = columnLetters(view.left) + (first + 1);
    const list = table.footnoteRows.map((r) => `${r + 1} ("${firstText(view.row(r))}")`).join(", ");
    tableFindings.push({
      row: first,
      finding: findings.footnotes({ cell: sheetPrefix + local, local }, `row ${list}`),
    });
  }
  const strayCol = layout.quarterColumns[0]?.column ?? view.left;
  for (const row of table.rowsWithoutIdentity) {
    const col = refCol ?? layout.columns.indicator ?? strayCol;
    const local = columnLetters(col) + (row + 1);
    tableFindings.push({
      row,
      finding: findings.rowWithoutIdentity({ cell: sheetPrefix + local, local }),
    });
  }
  return { table, quarters, rows, kinds, tableFindings };
}

/** Latest quarter with at least one number among contract rows; null when there is none. */
export function defaultQuarterPos(read: TableRead): number | null {
  const n = read.quarters.length;
  for (let k = n - 1; k >= 0; k--) {
    for (let i = 0; i < read.rows.length; i++) {
      if (read.rows[i].indicator.type !== "contract") continue;
      const kind = read.kinds[i * n + k];
      if (kind === CELL.number || kind === CELL.outOfRange) return k;
    }
  }
  return null;
}

/** Why a row's chosen-quarter value is unusable, for the Not classified reason. */
export function missingValueReason(kind: number, quarter: Quarter): string {
  switch (kind) {
    case CELL.noValue:
      return `Marked as having no figure for ${quarter.label}.`;
    case CELL.suppressed:
      return `The figure for ${quarter.label} is suppressed.`;
    default:
      return `No value for ${quarter.label}.`;
  }
}

/** Does a pending finding stop the rating when `quarterPos` is the period chosen? */
export function isBlocking(pending: PendingFinding, quarterPos: number): boolean {
  return (
    pending.quarterPos !== NEVER_BLOCKS &&
    (pending.quarterPos < 0 || pending.quarterPos === quarterPos)
  );
}

export interface Settled {
  findings: Finding[];
  /** First error message per row index (why the row is not classified), or undefined. */
  errorReasons: (string | undefined)[];
}

/**
 * Weighs every pending finding for the chosen quarter, adds "no value" warnings for rated rows,
 * sets Indicator.hasError, and returns the findings in row order.
 */
export function settleFindings(read: TableRead, quarterPos: number): Settled {
  const out: Finding[] = [];
  const errorReasons: (string | undefined)[] = new Array(read.rows.length);
  const n = read.quarters.length;
  const extra = [...read.tableFindings].sort((a, b) => a.row - b.row);
  let e = 0;
  for (let i = 0; i < read.rows.length; i++) {
    const r = read.rows[i];
    const ind: Indicator = r.indicator;
    while (e < extra.length && extra[e].row <= ind.row) out.push(extra[e++].finding);
    let reason: string | undefined;
    for (const p of r.pending) {
      const blocking = isBlocking(p, quarterPos);
      const finding = p.make(blocking);
      out.push(finding);
      if (blocking && finding.severity === "error" && reason === undefined)
        reason = finding.message;
    }
    ind.hasError = reason !== undefined;
    errorReasons[i] = reason;
    const rated = ind.type === "contract" && ind.target !== null && !ind.hasError;
    const kind = n > 0 ? read.kinds[i * n + quarterPos] : CELL.number;
    if (rated && (kind === CELL.empty || kind === CELL.noValue)) {
      const cell = ind.series[quarterPos].cell;
      const where = {
        cell,
        local: cell.slice(cell.lastIndexOf("!") + 1),
        ref: ind.ref || undefined,
      };
      const label = read.quarters[quarterPos].label;
      out.push(
        kind === CELL.empty
          ? findings.missingValue(where, label)
          : findings.notApplicable(
              where,
              label,
              cellText(
                read.table.view.value(ind.row, read.table.layout.quarterColumns[quarterPos].column)
              )
            )
      );
    }
  }
  while (e < extra.length) out.push(extra[e++].finding);
  return { findings: out, errorReasons };
}
