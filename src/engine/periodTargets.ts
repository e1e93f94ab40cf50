/**
 * Targets by period (docs/periods.md): a target column for one year (`Target 2022/23`) applies to that
 * year's periods, one for a period (`Q2 target`) to that period. Each indicator gets the target in
 * force for every period of its series; the chosen period's target is the one it is rated against.
 */
import type { Finding, Indicator, Quarter, SourcedNumber, ToleranceMode } from "./types";
import type { TableRead } from "./read";
import { readCellNumber } from "./cellNumber";
import { columnLetters, quoteSheetName } from "./address";
import { findings } from "./findings";
import { onRowScale, percentRowMiddle } from "./percentScale";
import { whereAtColumn } from "./readValue";
import { periodKind, samePeriod } from "./periods";
import { thresholdFor } from "./tolerance";
import { effectivePolarity } from "./commentary/context";

/** Does a target column for `target` apply to `period`? (its own period, or its year) */
function covers(target: Quarter, period: Quarter): boolean {
  if (samePeriod(target, period)) return true;
  return periodKind(target) === "year" && periodKind(period) !== "year" && target.fy === period.fy;
}

/**
 * The number in a target column, on the row's scale (percentScale.ts): a plain 0.9 in a row of
 * percentages is 90%, with a warning in `found`. The table's own target column was read, and
 * put on that scale, with the row.
 */
function readTargetCell(
  read: TableRead,
  row: number,
  column: number,
  indicator: Indicator,
  label: string,
  found: Finding[]
): SourcedNumber | null {
  const { view, layout } = read.table;
  const cell = readCellNumber(view.value(row, column), view.format(row, column));
  if (cell.kind !== "number") return null;
  if (column === layout.columns.target && indicator.target) return indicator.target;
  const sheetPrefix = `${quoteSheetName(view.name)}!`;
  const figure: SourcedNumber = {
    value: cell.value,
    cell: `${sheetPrefix}${columnLetters(column)}${row + 1}`,
    decimals: cell.decimals,
    percent: cell.percent || indicator.unit === "percent",
  };
  const scaleRow = {
    unit: indicator.unit,
    cells: view.row(row),
    formats: view.formatRow(row),
    left: view.left,
    quarterColumns: layout.quarterColumns,
  };
  let middle: number | null = null;
  const scaled = onRowScale(figure, scaleRow, column, () => (middle = percentRowMiddle(scaleRow)));
  if (scaled !== figure && scaled !== null && middle !== null) {
    const where = whereAtColumn({ row, sheetPrefix, ref: indicator.ref }, column);
    found.push(
      findings.fractionAsPercent(where, `the target for ${label}`, cell.value, scaled.value, middle)
    );
  }
  return scaled;
}

/**
 * Sets `periodTargets` on every indicator of a table with period target columns, and rates the
 * chosen period against its own target when it has one.
 */
export function applyPeriodTargets(
  read: TableRead,
  chosenPos: number,
  mode: ToleranceMode
): Finding[] {
  const found: Finding[] = [];
  const columns = read.table.header.periodTargets;
  if (columns.length === 0) return found;
  const tableTarget = read.table.layout.columns.target;
  const tableTargetIsPeriod = columns.some((c) => c.column === tableTarget);
  for (const { indicator } of read.rows) {
    const polarity = effectivePolarity(indicator);
    const tolerance = indicator.tolerance?.value ?? null;
    // One read per target column and row: the same cell serves every period of its year.
    const byColumn = new Map<number, SourcedNumber | null>();
    const targetIn = (column: number, label: string): SourcedNumber | null => {
      if (!byColumn.has(column))
        byColumn.set(column, readTargetCell(read, indicator.row, column, indicator, label, found));
      return byColumn.get(column) ?? null;
    };
    const inForce = indicator.series.map(({ quarter }) => {
      const own = columns.find((c) => samePeriod(c.period, quarter));
      const year = own ?? columns.find((c) => covers(c.period, quarter));
      let target: SourcedNumber | null = null;
      if (year) target = targetIn(year.column, year.period.label);
      else if (!tableTargetIsPeriod) target = indicator.target;
      if (target === null) return null;
      const threshold =
        mode === "threshold" || target === indicator.target
          ? indicator.threshold
          : thresholdFor(mode, target.value, tolerance, polarity);
      return { target, threshold };
    });
    indicator.periodTargets = inForce;
    const chosen = inForce[chosenPos];
    if (chosen && chosen.target !== indicator.target) {
      indicator.target = chosen.target;
      indicator.threshold = chosen.threshold;
    }
  }
  return found;
}
