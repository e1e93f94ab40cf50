/**
 * Plain words for each column role in *How the sheet was read* (docs/layouts.md), and the roles the
 * analyst can choose from. The engine's role names stay in code; the pane shows these.
 */
import type { ColumnKey, ColumnRoleEntry, TableLayout } from "../engine/types";
import { withColumnChoice, type ColumnChoice, type ColumnChoices } from "../engine/columnChoices";

export const ROLE_WORDS: Record<ColumnKey, string> = {
  ref: "Ref (indicator code)",
  indicator: "Indicator name",
  area: "Service area",
  type: "Type (contract or volumetric)",
  polarity: "Polarity (higher or lower is better)",
  unit: "Unit",
  target: "Target",
  tolerance: "Tolerance",
  national: "National benchmark",
  statNeighbours: "Statistical neighbours benchmark",
  regional: "Regional benchmark",
  numerator: "Numerator",
  denominator: "Denominator",
  direction: "Direction of travel (read, not used as polarity)",
  ownRating: "The sheet's own rating (never written)",
};

export const NOT_USED = "notUsed";
/** Dropdown values that open the period box: figures for a period, or its target. */
export const PERIOD_RESULT = "periodResult";
export const PERIOD_TARGET = "periodTarget";
export const PERIOD_WORDS: Record<typeof PERIOD_RESULT | typeof PERIOD_TARGET, string> = {
  periodResult: "Figures for a period…",
  periodTarget: "Target for a period…",
};

/** Roles offered in the dropdown, in this order, then Not used. */
export const CHOOSABLE_ROLES = Object.keys(ROLE_WORDS) as ColumnKey[];

/** "Target for 2022/23", "Period: Mar 2017", "Not used". */
export function roleText(entry: ColumnRoleEntry, layout: TableLayout | null): string {
  if (entry.role === "period") {
    const period = layout?.quarterColumns.find((qc) => qc.column === entry.column)?.quarter;
    return period ? `Period: ${period.label}` : "Period";
  }
  if (entry.role === "status") return "Status written by this add-in";
  if (entry.role === "notUsed") return "Not used";
  if (entry.role === "target") {
    const period = layout?.periodTargetColumns?.find((pt) => pt.column === entry.column)?.period;
    if (period) return `Target for ${period.label}`;
  }
  return ROLE_WORDS[entry.role];
}

/** The analyst's saved choices after setting one column's role (or Not used). */
export function withColumnRole(
  current: ColumnChoices,
  column: number,
  role: string
): Required<ColumnChoices> {
  const choice: ColumnChoice | null =
    role === NOT_USED
      ? { role: "notUsed" }
      : (CHOOSABLE_ROLES as string[]).includes(role)
        ? { role: role as ColumnKey }
        : null;
  if (choice) return withColumnChoice(current, column, choice);
  return {
    columnOverrides: { ...(current.columnOverrides ?? {}) },
    columnsNotUsed: [...(current.columnsNotUsed ?? [])],
    columnPeriods: [...(current.columnPeriods ?? [])],
  };
}
