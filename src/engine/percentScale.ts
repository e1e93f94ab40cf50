/**
 * A target, threshold or benchmark typed as a plain fraction in a row of percentages: 0.9 with no
 * % format beside values shown as 91% means 90%, not 0.9%. Read as 0.9 it would rate every value
 * "on or better than target" and say nothing — the worst kind of wrong answer — so such a figure
 * is read on the scale of the row's own values, and a finding at its cell says how it was read.
 */
import { toPercentagePoints } from "./cellNumber";
import { formatInfo, generalDecimals } from "./numberFormat";
import type { CellValue, SourcedNumber, UnitKind } from "./types";

/** Puts a figure read from column `col` on the row's scale (readRow.ts makes one per row). */
export type Rescale = (
  figure: SourcedNumber | null,
  col: number | undefined,
  what: string
) => SourcedNumber | null;

/** One row's cells as the reader sees them (a subset of rowScan's RowScan). */
export interface ScaleRow {
  unit: UnitKind;
  cells: readonly CellValue[];
  formats: readonly (string | null | undefined)[] | null;
  left: number;
  quarterColumns: readonly { column: number }[];
}

function isPercentFormat(row: ScaleRow, col: number): boolean {
  const format = row.formats?.[col - row.left];
  return typeof format === "string" && formatInfo(format).percent;
}

/**
 * The middle of the row's values in percentage points when the row holds percentages (a %
 * format on a value, or a % unit); null when it does not, or holds no value.
 */
export function percentRowMiddle(row: ScaleRow): number | null {
  let percentFormatted = false;
  const points: number[] = [];
  for (const { column } of row.quarterColumns) {
    const raw = row.cells[column - row.left];
    if (typeof raw !== "number" || !Number.isFinite(raw)) continue;
    if (isPercentFormat(row, column)) {
      percentFormatted = true;
      points.push(toPercentagePoints(raw));
    } else points.push(raw);
  }
  if ((!percentFormatted && row.unit !== "percent") || points.length === 0) return null;
  points.sort((a, b) => a - b);
  const middle = Math.abs(points[Math.floor(points.length / 2)]);
  return middle > 0 ? middle : null;
}

/**
 * The figure at `col` as the row means it. A plain number (no % format) with 0 < |x| ≤ 1 is read
 * as a fraction (0.9 → 90) when that is nearer, as a ratio, the middle of the row's percentages;
 * anything else is returned as it is. `middle` is asked only when the figure could be a fraction.
 */
export function onRowScale(
  figure: SourcedNumber | null,
  row: ScaleRow,
  col: number | undefined,
  middle: () => number | null
): SourcedNumber | null {
  if (figure === null || col === undefined) return figure;
  const raw = row.cells[col - row.left];
  if (typeof raw !== "number" || raw === 0 || Math.abs(raw) > 1 || isPercentFormat(row, col))
    return figure;
  const around = middle();
  if (around === null) return figure;
  const asFraction = toPercentagePoints(raw);
  const offAsFraction = Math.abs(Math.log(Math.abs(asFraction) / around));
  const offAsPoints = Math.abs(Math.log(Math.abs(raw) / around));
  if (offAsFraction >= offAsPoints) return figure;
  return {
    value: asFraction,
    cell: figure.cell,
    decimals: generalDecimals(asFraction),
    percent: true,
  };
}

/** How a quarter's value is read against the rest of its row (quarterOnRowScale). */
export type QuarterScale =
  | { read: "asIs" }
  | { read: "fraction"; value: SourcedNumber; around: number }
  | { read: "uncertain"; around: number };

const AS_IS: QuarterScale = { read: "asIs" };
/** A reading within this factor of the row's other figures is "near" them. */
const NEAR = Math.log(3);

/**
 * The same rule for a quarter's value (issue 21): a plain fraction with no % format, in a row of
 * percentages typed as points (88, 89, then 0.91 pasted), is read on the row's scale when as a
 * fraction it is near the row's other values (or, with none, the target) and as it stands it is
 * not. When neither reading is near, which one the analyst meant is not certain.
 */
export function quarterOnRowScale(
  figure: SourcedNumber | null,
  row: ScaleRow,
  k: number,
  target: number | null
): QuarterScale {
  const col = row.quarterColumns[k]?.column;
  if (figure === null || col === undefined) return AS_IS;
  const raw = row.cells[col - row.left];
  if (typeof raw !== "number" || raw === 0 || Math.abs(raw) > 1 || isPercentFormat(row, col))
    return AS_IS;
  const others = { ...row, quarterColumns: row.quarterColumns.filter((_, i) => i !== k) };
  const around =
    percentRowMiddle(others) ?? (row.unit === "percent" && target ? Math.abs(target) : null);
  if (around === null || around <= 1) return AS_IS;
  const asFraction = toPercentagePoints(raw);
  const offAsFraction = Math.abs(Math.log(Math.abs(asFraction) / around));
  const offAsPoints = Math.abs(Math.log(Math.abs(raw) / around));
  if (offAsPoints <= NEAR || offAsPoints <= offAsFraction) return AS_IS;
  if (offAsFraction > NEAR) return { read: "uncertain", around };
  return {
    read: "fraction",
    around,
    value: {
      value: asFraction,
      cell: figure.cell,
      decimals: generalDecimals(asFraction),
      percent: true,
    },
  };
}

/**
 * A band size in points mode typed as a plain fraction (0.05) in a row whose values are stored
 * as fractions shown with a % format: the analyst means 5 points, as the cells show them. Read
 * as 0.05 points, every value would be outside the band. Null when the figure stands as it is.
 */
export function bandOnRowScale(
  figure: SourcedNumber | null,
  row: ScaleRow,
  col: number | undefined
): SourcedNumber | null {
  if (figure === null || col === undefined) return null;
  const raw = row.cells[col - row.left];
  if (typeof raw !== "number" || raw === 0 || Math.abs(raw) >= 1 || isPercentFormat(row, col))
    return null;
  const storedAsFractions = row.quarterColumns.some(({ column }) => {
    const value = row.cells[column - row.left];
    return typeof value === "number" && isPercentFormat(row, column);
  });
  if (!storedAsFractions) return null;
  const points = toPercentagePoints(raw);
  return { value: points, cell: figure.cell, decimals: generalDecimals(points), percent: true };
}
