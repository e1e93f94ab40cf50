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
