/**
 * The status column's width before a run, read with the classify read at no extra round trip:
 * column properties (ExcelApi 1.9) of the sheet's first PROBED_COLUMNS columns, about 30 bytes a
 * column. A status column further right is recorded as "not known", and Clear gives it the
 * sheet's standard width.
 */
import { POINTS_PER_CHARACTER } from "./formatMirror";

const PROBED_COLUMNS = 160;

export type WidthProbe = OfficeExtension.ClientResult<Excel.ColumnProperties[]>;

/** Queues the probe on the sheet being read (two actions). */
export function queueWidthProbe(sheet: Excel.Worksheet): WidthProbe {
  return sheet
    .getRangeByIndexes(0, 0, 1, PROBED_COLUMNS)
    .untrack()
    .getColumnProperties({ format: { columnWidth: true } });
}

/** The probed width of `column` in characters, or null when not known. */
export function probedWidth(probe: WidthProbe | undefined, column: number): number | null {
  try {
    const points = probe?.value?.[column]?.format?.columnWidth;
    return typeof points === "number" ? points / POINTS_PER_CHARACTER : null;
  } catch {
    // Not loaded (a missing sheet): not known.
    return null;
  }
}
