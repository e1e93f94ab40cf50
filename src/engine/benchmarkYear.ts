/**
 * The year a benchmark column's heading names (`England 2022`, `SN average 2017/18`), so the
 * commentary can say which year's comparators it uses (docs/commentary.md, Benchmarks). Only a
 * four-digit year or a financial year whose second part follows the first is taken; anything else
 * names no year, rather than a guessed one.
 */
import type { BenchmarkYear, ColumnKey, TableLayout } from "./types";
import { columnLetters } from "./address";

const BENCHMARK_KEYS: readonly ColumnKey[] = ["national", "statNeighbours", "regional"];

/** `2022` from `England 2022`; `2017/18` from `SN average 2017/18`, `2017-18` or `2017/2018`. */
export function yearOfHeading(heading: string): string | undefined {
  const match = /(?:^|[\s(])((?:19|20)?\d\d)(?:\s*[/-]\s*((?:19|20)?\d\d))?\)?\s*$/.exec(
    heading.trim()
  );
  if (!match) return undefined;
  const [, first, second] = match;
  if (second === undefined) return first.length === 4 ? first : undefined;
  const start = first.length === 4 ? Number(first) : 2000 + Number(first);
  const end = Number(second);
  // The second part must be the year after the first (2017/18, 2017/2018); else no year is named.
  const follows = second.length === 4 ? end === start + 1 : end === (start + 1) % 100;
  return follows ? `${start}/${String((start + 1) % 100).padStart(2, "0")}` : undefined;
}

/** Per benchmark column of the table, the year its heading names and the heading's cell. */
export function benchmarkYears(
  layout: TableLayout,
  sheetPrefix: string
): Partial<Record<ColumnKey, BenchmarkYear>> {
  const years: Partial<Record<ColumnKey, BenchmarkYear>> = {};
  for (const key of BENCHMARK_KEYS) {
    const column = layout.columns[key];
    if (column === undefined) continue;
    const heading = layout.columnRoles?.find((e) => e.column === column)?.heading ?? "";
    const text = yearOfHeading(heading);
    if (text)
      years[key] = { text, cell: `${sheetPrefix}${columnLetters(column)}${layout.headerRow + 1}` };
  }
  return years;
}
