/**
 * Targets by period (SPEC 2a): a target column for one year (`Target 2022/23`) applies to that
 * year's periods, one for a period (`Q2 target`) to that period. Each indicator gets the target in
 * force for every period of its series; the chosen period's target is the one it is rated against.
 */
import type { Indicator, Quarter, SourcedNumber, ToleranceMode } from "./types";
import type { TableRead } from "./read";
import { readCellNumber } from "./cellNumber";
import { columnLetters, quoteSheetName } from "./address";
import { periodKind, samePeriod } from "./periods";
import { thresholdFor } from "./tolerance";
import { effectivePolarity } from "./commentary/context";

/** Does a target column for `target` apply to `period`? (its own period, or its year) */
function covers(target: Quarter, period: Quarter): boolean {
  if (samePeriod(target, period)) return true;
  return periodKind(target) === "year" && periodKind(period) !== "year" && target.fy === period.fy;
}

function readTargetCell(
  read: TableRead,
  row: number,
  column: number,
  indicator: Indicator
): SourcedNumber | null {
  const { view } = read.table;
  const cell = readCellNumber(view.value(row, column), view.format(row, column));
  if (cell.kind !== "number") return null;
  return {
    value: cell.value,
    cell: `${quoteSheetName(view.name)}!${columnLetters(column)}${row + 1}`,
    decimals: cell.decimals,
    percent: cell.percent || indicator.unit === "percent",
  };
}

/**
 * Sets `periodTargets` on every indicator of a table with period target columns, and rates the
 * chosen period against its own target when it has one.
 */
export function applyPeriodTargets(read: TableRead, chosenPos: number, mode: ToleranceMode): void {
  const columns = read.table.header.periodTargets;
  if (columns.length === 0) return;
  const tableTarget = read.table.layout.columns.target;
  const tableTargetIsPeriod = columns.some((c) => c.column === tableTarget);
  for (const { indicator } of read.rows) {
    const polarity = effectivePolarity(indicator);
    const tolerance = indicator.tolerance?.value ?? null;
    const inForce = indicator.series.map(({ quarter }) => {
      const own = columns.find((c) => samePeriod(c.period, quarter));
      const year = own ?? columns.find((c) => covers(c.period, quarter));
      let target: SourcedNumber | null = null;
      if (year) target = readTargetCell(read, indicator.row, year.column, indicator);
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
}
