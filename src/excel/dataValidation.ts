/**
 * Optional data validation on the classified quarter's value cells (setting `dataValidation`, off
 * by default): percentages between 0 and 100 (0 and 1 when the cell is %-formatted, because the
 * cell then holds a fraction), counts, rates and days not negative. Only installed when the used
 * range carries no validation of its own, so Clear can remove ours without touching the analyst's.
 */
import type { RunResult, SheetGrid } from "../engine/types";
import { parseCell, splitSheetAddress } from "./addresses";

export interface ValidationGroup {
  rule: Excel.DataValidationRule;
  cells: { row: number; col: number }[];
}

function formatAt(grid: SheetGrid, row: number, col: number): string {
  return grid.formats?.[row - grid.top]?.[col - grid.left] ?? "";
}

export function validationGroups(result: RunResult, grid: SheetGrid): ValidationGroup[] {
  const percentPoints: { row: number; col: number }[] = [];
  const percentFraction: { row: number; col: number }[] = [];
  const nonNegative: { row: number; col: number }[] = [];
  result.indicators.forEach((indicator, i) => {
    const classification = result.classifications[i];
    if (indicator.type !== "contract" || !classification) return;
    const address = splitSheetAddress(classification.cell);
    const cell = address && parseCell(address.cell);
    if (!cell) return;
    if (indicator.unit === "percent") {
      (formatAt(grid, cell.row, cell.col).includes("%") ? percentFraction : percentPoints).push(
        cell
      );
    } else if (
      indicator.unit === "count" ||
      indicator.unit === "rate" ||
      indicator.unit === "days"
    ) {
      nonNegative.push(cell);
    }
  });
  const groups: ValidationGroup[] = [];
  if (percentPoints.length) {
    groups.push({
      rule: { decimal: { formula1: 0, formula2: 100, operator: "Between" } },
      cells: percentPoints,
    });
  }
  if (percentFraction.length) {
    groups.push({
      rule: { decimal: { formula1: 0, formula2: 1, operator: "Between" } },
      cells: percentFraction,
    });
  }
  if (nonNegative.length) {
    groups.push({
      rule: { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      cells: nonNegative,
    });
  }
  return groups;
}
