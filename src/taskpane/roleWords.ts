/**
 * Plain words for each column role in *How the sheet was read* (SPEC 2a), and the roles the
 * analyst can choose from. The engine's role names stay in code; the pane shows these.
 */
import type { ColumnKey, ColumnRoleEntry, TableLayout } from "../engine/types";

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

/** Roles offered in the dropdown, in this order, then Not used. */
export const CHOOSABLE_ROLES = Object.keys(ROLE_WORDS) as ColumnKey[];

/** "Target for 2022/23", "Period: Mar 2017", "Not used". */
export function roleText(entry: ColumnRoleEntry, layout: TableLayout): string {
  if (entry.role === "period") {
    const period = layout.quarterColumns.find((qc) => qc.column === entry.column)?.quarter;
    return period ? `Period: ${period.label}` : "Period";
  }
  if (entry.role === "status") return "Status written by this add-in";
  if (entry.role === "notUsed") return "Not used";
  if (entry.role === "target") {
    const period = layout.periodTargetColumns?.find((pt) => pt.column === entry.column)?.period;
    if (period) return `Target for ${period.label}`;
  }
  return ROLE_WORDS[entry.role];
}

/** The analyst's saved choices after setting one column's role. */
export function withColumnRole(
  current: { columnOverrides?: Partial<Record<ColumnKey, number>>; columnsNotUsed?: number[] },
  column: number,
  role: string
): { columnOverrides: Partial<Record<ColumnKey, number>>; columnsNotUsed: number[] } {
  const overrides: Partial<Record<ColumnKey, number>> = { ...(current.columnOverrides ?? {}) };
  for (const key of Object.keys(overrides) as ColumnKey[]) {
    if (overrides[key] === column) delete overrides[key];
  }
  const notUsed = new Set((current.columnsNotUsed ?? []).filter((c) => c !== column));
  if (role === NOT_USED) notUsed.add(column);
  else if ((CHOOSABLE_ROLES as string[]).includes(role)) overrides[role as ColumnKey] = column;
  return { columnOverrides: overrides, columnsNotUsed: [...notUsed].sort((a, b) => a - b) };
}
