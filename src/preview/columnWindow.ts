/**
 * Which columns the sheet view draws: the frozen ones, and those on screen with a margin either
 * side. A sheet using all 16,384 columns then draws a few dozen, and every column stays reachable
 * by scrolling sideways (the table keeps its full width through spacer columns).
 */

/** Columns drawn beyond each side of the visible ones, so fast sideways scrolling shows no gap. */
export const OVERSCAN_COLUMNS = 24;

/** x (px, from the first column's left edge) of each column's left edge, and the total after. */
export function columnOffsets(widths: readonly number[]): number[] {
  const offsets = [0];
  for (const width of widths) offsets.push(offsets[offsets.length - 1] + width);
  return offsets;
}

/** The column whose span holds x (px from the first column's left edge). */
export function columnAt(offsets: readonly number[], x: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid] <= x) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

export interface ColumnWindow {
  /** Columns left of the split, always drawn. */
  frozen: number;
  /** First and one-past-last scrolling column drawn (from >= frozen). */
  from: number;
  to: number;
}

/** The columns to draw when the box shows x from `left` to `left + width` of the columns' area. */
export function columnWindow(
  offsets: readonly number[],
  frozenCols: number,
  left: number,
  width: number
): ColumnWindow {
  const count = offsets.length - 1;
  const frozen = Math.min(frozenCols, count);
  const first = columnAt(offsets, left + offsets[frozen]);
  const last = columnAt(offsets, left + width);
  return {
    frozen,
    from: Math.max(frozen, first - OVERSCAN_COLUMNS),
    to: Math.min(count, Math.max(last + 1 + OVERSCAN_COLUMNS, frozen)),
  };
}
