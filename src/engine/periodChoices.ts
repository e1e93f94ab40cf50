/**
 * Periods the analyst named for columns (docs/periods.md, The analyst's choices): applied to a
 * header row after its headings are read, so the analyst's word wins over what a heading says.
 * A result column joins the table's periods (a detected column for the same period, or of another
 * kind of period, is set aside as not used); a target column is that period's target.
 */
import type { Quarter } from "./types";
import type { HeaderFound } from "./headerRow";
import type { PeriodColumnKind } from "./columnChoices";
import { periodKind, samePeriod } from "./periods";

export interface PeriodOverride {
  column: number;
  period: Quarter;
  kind: PeriodColumnKind;
}

function entryFor(header: HeaderFound, column: number): HeaderFound["entries"][number] {
  const found = header.entries.find((e) => e.column === column);
  if (found) return found;
  const entry = { column, heading: "", role: "notUsed" as const };
  header.entries.push(entry);
  return header.entries[header.entries.length - 1];
}

/** Frees a column of whatever its heading made it. */
function release(header: HeaderFound, column: number): void {
  for (const key of Object.keys(header.columns) as (keyof HeaderFound["columns"])[]) {
    if (header.columns[key] === column) delete header.columns[key];
  }
  header.quarterColumns = header.quarterColumns.filter((qc) => qc.column !== column);
  header.periodTargets = header.periodTargets.filter((pt) => pt.column !== column);
  header.statusCandidates = header.statusCandidates.filter((s) => s.column !== column);
  if (header.thresholdAsTarget === column) header.thresholdAsTarget = null;
  header.unused.delete(column);
}

export function applyPeriodOverrides(
  header: HeaderFound,
  overrides: readonly PeriodOverride[] | undefined
): void {
  if (!overrides || overrides.length === 0) return;
  for (const o of overrides) release(header, o.column);
  const results = overrides.filter((o) => o.kind === "result");
  // One kind of period per table: the analyst's kind (the first named) wins over the headings'.
  const kind = results.length > 0 ? periodKind(results[0].period) : null;
  const kept = results.filter((o) => periodKind(o.period) === kind);
  if (kind !== null) {
    for (const qc of header.quarterColumns) {
      const clash = kept.find((o) => samePeriod(o.period, qc.quarter));
      if (periodKind(qc.quarter) === kind && !clash) continue;
      entryFor(header, qc.column).role = "notUsed";
      header.unused.set(qc.column, {
        why: "overridden",
        role: qc.quarter.label,
        instead: clash ? clash.column : null,
      });
    }
    header.quarterColumns = header.quarterColumns.filter(
      (qc) => periodKind(qc.quarter) === kind && !kept.some((o) => samePeriod(o.period, qc.quarter))
    );
  }
  for (const o of overrides) {
    const entry = entryFor(header, o.column);
    if (o.kind === "result") {
      if (!kept.includes(o) || kept.find((k) => samePeriod(k.period, o.period)) !== o) continue;
      header.quarterColumns.push({ quarter: o.period, column: o.column });
      entry.role = "period";
    } else {
      header.periodTargets.push({ column: o.column, period: o.period });
      entry.role = "target";
    }
  }
  // One period target alone is the table's target column; several apply each to its period.
  const targetCol = header.columns.target;
  const byPeriod = header.periodTargets;
  if (byPeriod.length === 1 && targetCol === undefined) header.columns.target = byPeriod[0].column;
  else if (byPeriod.length > 1 && byPeriod.some((pt) => pt.column === targetCol))
    delete header.columns.target;
}
