/**
 * The Challenge log as the report reads it: each cell's value and its number format, so a date a
 * reviewer typed shows as the date (engine/displayText.ts), never as its serial number.
 */
import type { PlanValue } from "../engine/plan-types";

export interface LogCells {
  /** Values, row-major from A1 (header first). */
  rows: PlanValue[][];
  /** Number formats in the same shape; a missing entry is General. */
  formats: (string | null)[][];
}
