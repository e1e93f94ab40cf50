/**
 * Findings for zero-width and bidi characters in the table's headings, refs, names and areas
 * (issue 10). They are removed for matching (src/engine/textNormalise.ts) — a quarter heading
 * with a zero-width space is still that quarter, "A1" with one is still a duplicate of "A1" — and
 * reported, so the analyst can clean the cell.
 */
import { columnLetters, quoteSheetName } from "./address";
import type { DetectedTable } from "./detect";
import { hasHiddenCharacters } from "./textNormalise";
import type { Finding } from "./types";

/** At most this many such findings per run: one bad paste can touch a whole column. */
const MAX_FINDINGS = 20;

export function hiddenTextFindings(table: DetectedTable): Finding[] {
  const { view, layout } = table;
  const found: Finding[] = [];
  const prefix = `${quoteSheetName(layout.sheet)}!`;
  const check = (row: number, col: number, what: string) => {
    const value = view.value(row, col);
    if (typeof value !== "string" || !hasHiddenCharacters(value) || found.length >= MAX_FINDINGS)
      return;
    const local = `${columnLetters(col)}${row + 1}`;
    found.push({
      severity: "warning",
      code: "text.hiddenCharacters",
      cell: prefix + local,
      message: `${local}: the ${what} contains invisible characters (zero-width, tag or text-direction characters), read as if they were not there — retype the cell to remove them.`,
    });
  };
  const lastCol = Math.max(layout.lastColumn, ...layout.quarterColumns.map((q) => q.column));
  for (let col = view.left; col <= lastCol; col++) check(layout.headerRow, col, "heading");
  const columns: [number | undefined, string][] = [
    [layout.columns.ref, "ref"],
    [layout.columns.indicator, "indicator name"],
    [layout.columns.area, "service area"],
  ];
  for (let row = layout.firstRow; row <= layout.lastRow; row++)
    for (const [col, what] of columns) if (col !== undefined) check(row, col, what);
  return found;
}
