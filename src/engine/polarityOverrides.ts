/**
 * Polarity set by the analyst for one indicator (docs/periods.md: "the pane lets them set the polarity per
 * indicator, saved with the workbook"). It wins over the sheet: the row's polarity findings go,
 * and the table's "no polarity column" finding counts only the rows still without one.
 */
import type { Polarity, ToleranceMode } from "./types";
import type { TableRead } from "./read";
import { thresholdFor } from "./tolerance";
import { findings } from "./findings";

const POLARITY_CODES: ReadonlySet<string> = new Set([
  "polarity.missing",
  "polarity.unknown",
  "polarity.inferred",
  "polarity.closeToTarget",
]);

/** The key an override is saved under: the ref, else the indicator's name. */
export function polarityKey(indicator: { ref: string; name: string }): string {
  return indicator.ref !== "" ? indicator.ref : indicator.name;
}

export function applyPolarityOverrides(
  read: TableRead,
  overrides: Record<string, Polarity> | undefined,
  mode: ToleranceMode
): void {
  if (!overrides || typeof overrides !== "object") return;
  let changed = false;
  for (const row of read.rows) {
    const { indicator } = row;
    const polarity = overrides[polarityKey(indicator)];
    if (polarity !== "higher" && polarity !== "lower") continue;
    changed = true;
    indicator.polarity = polarity;
    if (indicator.unratedReason !== undefined) delete indicator.unratedReason;
    if (mode !== "threshold")
      indicator.threshold = thresholdFor(
        mode,
        indicator.target?.value ?? null,
        indicator.tolerance?.value ?? null,
        polarity
      );
    row.pending = row.pending.filter((p) => !POLARITY_CODES.has(p.make(false).code));
  }
  if (!changed) return;
  const stillUnrated = read.rows.filter((r) =>
    r.indicator.unratedReason?.startsWith("No polarity")
  ).length;
  read.tableFindings = read.tableFindings.flatMap((t) => {
    if (t.finding.code !== "polarity.noColumn") return [t];
    if (stillUnrated === 0) return [];
    // The same finding, counting only the rows the analyst has not set a polarity for.
    const local = t.finding.message.slice(0, t.finding.message.indexOf(":"));
    const where = { cell: t.finding.cell, local };
    return [{ row: t.row, finding: findings.noPolarityColumn(where, stillUnrated) }];
  });
}
