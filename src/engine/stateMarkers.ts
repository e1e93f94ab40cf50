/**
 * What a run writes down about the cells it wrote, so a rerun or Clear can find them again after
 * the analyst inserts, deletes or moves rows and columns: the headings of the status, reference
 * and value columns, and each written row by its reference. Stored in the state sheet's header.
 */
import { GridView } from "./grid";
import type { WritePlan } from "./plan-types";
import { packRows, unpackRows, type WrittenRow } from "./packedRows";
import { normaliseForMatching } from "./textNormalise";
import type { CellValue, RunResult, SheetGrid } from "./types";

export type { WrittenRow } from "./packedRows";

export interface StateMarkers {
  headerRow: number;
  statusHeading: string;
  refColumn: number;
  refHeading: string;
  /** The indicator name column, identity of rows that have no ref; null when there is none. */
  nameColumn: number | null;
  nameHeading: string | null;
  /** Column of the classified quarter's values (filled), or null. */
  valueColumn: number | null;
  valueHeading: string | null;
  rows: WrittenRow[];
  /** Width of the status column before the first run, in characters; null = the sheet's default. */
  statusWidth: number | null;
}

/** Prefix of a row identity taken from the indicator name (the row has no ref). */
// U+2063 is stripped from cell text before matching, so no real ref starts with it.
export const NAME_KEY = "\u2063name:";

/** A row's identity: the ref's text, else the indicator name's. */
export function rowIdentity(ref: string, name: string): string {
  return ref !== "" ? ref : `${NAME_KEY}${name}`;
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
  const nameColumn = result.layout.columns.indicator ?? null;
  const nameOf = (row: number) =>
    nameColumn === null ? "" : matchText(view.value(row, nameColumn));
  return {
    headerRow,
    statusHeading: matchText(plan.statusHeader.text),
    refColumn,
    refHeading: matchText(view.value(headerRow, refColumn)),
    nameColumn,
    nameHeading: nameColumn === null ? null : matchText(view.value(headerRow, nameColumn)),
    valueColumn,
    valueHeading: valueColumn === null ? null : matchText(view.value(headerRow, valueColumn)),
    rows: result.indicators.map((indicator) => ({
      row: indicator.row,
      ref: rowIdentity(matchText(view.value(indicator.row, refColumn)), nameOf(indicator.row)),
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
    !(m.nameColumn === undefined || m.nameColumn === null || isRow(m.nameColumn)) ||
    !(m.nameHeading === undefined || m.nameHeading === null || isText(m.nameHeading)) ||
    !(m.valueHeading === null || isText(m.valueHeading)) ||
    !(m.statusWidth === null || (typeof m.statusWidth === "number" && m.statusWidth >= 0))
  )
    return "bad";
  // Packed (packedRows.ts), or [row, ref, status] triples as written before.
  const parsed: WrittenRow[] | null = Array.isArray(rows) ? [] : unpackRows(rows);
  if (!parsed) return "bad";
  for (const r of Array.isArray(rows) ? (rows as unknown[]) : []) {
    if (!Array.isArray(r) || !isRow(r[0]) || !isText(r[1]) || !isText(r[2])) return "bad";
    parsed.push({ row: r[0], ref: r[1], status: r[2] });
  }
  return {
    headerRow: m.headerRow,
    statusHeading: m.statusHeading,
    refColumn: m.refColumn,
    refHeading: m.refHeading,
    nameColumn: (m.nameColumn as number | null | undefined) ?? null,
    nameHeading: (m.nameHeading as string | null | undefined) ?? null,
    valueColumn: m.valueColumn as number | null,
    valueHeading: m.valueHeading as string | null,
    rows: parsed,
    statusWidth: m.statusWidth as number | null,
  };
}

/** The markers as stored: rows packed (packedRows.ts), else as [row, ref, status] triples. */
export function serialiseMarkers(markers: StateMarkers): Record<string, unknown> {
  const packed = packRows(markers.rows);
  return { ...markers, rows: packed ?? markers.rows.map((r) => [r.row, r.ref, r.status]) };
}
