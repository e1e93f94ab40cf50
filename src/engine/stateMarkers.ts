/**
 * What a run writes down about the cells it wrote, so a rerun or Clear can find them again after
 * the analyst inserts, deletes or moves rows and columns: the headings of the status, reference
 * and value columns, and each written row by its reference. Stored in the state sheet's header.
 */
import { GridView } from "./grid";
import type { WritePlan } from "./plan-types";
import { normaliseForMatching } from "./textNormalise";
import type { CellValue, RunResult, SheetGrid } from "./types";

export interface WrittenRow {
  /** 0-based sheet row when written. */
  row: number;
  ref: string;
  /** The status text written in the status column. */
  status: string;
}

export interface StateMarkers {
  headerRow: number;
  statusHeading: string;
  refColumn: number;
  refHeading: string;
  /** Column of the classified quarter's values (filled), or null. */
  valueColumn: number | null;
  valueHeading: string | null;
  rows: WrittenRow[];
  /** Width of the status column before the first run, in characters; null = the sheet's default. */
  statusWidth: number | null;
}

/** A cell as the text a heading or reference is matched by. */
export function matchText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return value.error;
  return normaliseForMatching(String(value)).trim();
}

/** The markers of a plan about to be written; `statusWidth` is the column's width before it. */
export function buildMarkers(
  plan: WritePlan,
  result: RunResult,
  grid: SheetGrid,
  statusWidth: number | null
): StateMarkers | undefined {
  const view = new GridView(grid);
  const refColumn = result.layout.columns.ref;
  if (refColumn === undefined) return undefined;
  const headerRow = plan.statusHeader.row;
  const valueColumn =
    result.layout.quarterColumns.find((q) => q.quarter.label === result.quarter.label)?.column ??
    null;
  const textByRow = new Map(plan.statusCells.map((cell) => [cell.row, cell.text]));
  return {
    headerRow,
    statusHeading: matchText(plan.statusHeader.text),
    refColumn,
    refHeading: matchText(view.value(headerRow, refColumn)),
    valueColumn,
    valueHeading: valueColumn === null ? null : matchText(view.value(headerRow, valueColumn)),
    rows: result.indicators.map((indicator) => ({
      row: indicator.row,
      ref: matchText(view.value(indicator.row, refColumn)),
      status: textByRow.get(indicator.row) ?? "",
    })),
    statusWidth,
  };
}

const isRow = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
const isText = (s: unknown): s is string => typeof s === "string";

/** The markers from the state header, or null when absent; throws nothing, returns "bad" if damaged. */
export function parseMarkers(raw: unknown): StateMarkers | null | "bad" {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== "object") return "bad";
  const m = raw as Record<string, unknown>;
  const rows = m.rows;
  if (
    !isRow(m.headerRow) ||
    !isText(m.statusHeading) ||
    !isRow(m.refColumn) ||
    !isText(m.refHeading) ||
    !(m.valueColumn === null || isRow(m.valueColumn)) ||
    !(m.valueHeading === null || isText(m.valueHeading)) ||
    !(m.statusWidth === null || (typeof m.statusWidth === "number" && m.statusWidth >= 0)) ||
    !Array.isArray(rows)
  )
    return "bad";
  const parsed: WrittenRow[] = [];
  for (const r of rows as unknown[]) {
    if (!Array.isArray(r) || !isRow(r[0]) || !isText(r[1]) || !isText(r[2])) return "bad";
    parsed.push({ row: r[0], ref: r[1], status: r[2] });
  }
  return {
    headerRow: m.headerRow,
    statusHeading: m.statusHeading,
    refColumn: m.refColumn,
    refHeading: m.refHeading,
    valueColumn: m.valueColumn as number | null,
    valueHeading: m.valueHeading as string | null,
    rows: parsed,
    statusWidth: m.statusWidth as number | null,
  };
}

/** The markers as stored: rows as compact [row, ref, status] triples. */
export function serialiseMarkers(markers: StateMarkers): Record<string, unknown> {
  return { ...markers, rows: markers.rows.map((r) => [r.row, r.ref, r.status]) };
}
