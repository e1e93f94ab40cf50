/**
 * The cells of one indicator row as it is read: a per-row scan object and the readers for its
 * target, tolerance, series and benchmark columns. Plain functions over the scan (no closures per
 * row), because these run once per row, or per cell, of every table.
 */
import type {
  Benchmark,
  BenchmarkYear,
  CellValue,
  ColumnKey,
  IndicatorType,
  Quarter,
  QuarterValue,
  SourcedNumber,
  TableLayout,
  ToleranceMode,
} from "./types";
import type { GridView } from "./grid";
import { cellText, readCellNumber } from "./cellNumber";
import { columnLetters } from "./address";
import { findings } from "./findings";
import {
  CELL,
  ALWAYS_BLOCKS,
  NEVER_BLOCKS,
  readSourced,
  whereAtColumn,
  type CellContext,
} from "./readValue";
import { isTargetText, readTargetText, type TextTarget } from "./readTarget";
import type { Rescale } from "./percentScale";

const BENCHMARK_NAMES: [ColumnKey, string][] = [
  ["national", "National"],
  ["statNeighbours", "Statistical neighbours"],
  ["regional", "Regional"],
];

/** Per-table constants shared by every row. */
export interface RowReaderSetup {
  view: GridView;
  layout: TableLayout;
  mode: ToleranceMode;
  quarters: Quarter[];
  /** `Sheet!N` for each quarter column (address = prefix + row number). */
  quarterPrefixes: string[];
  /** `the value for Q2 2018/19` for each quarter (built once per table, not per cell). */
  quarterWhats: string[];
  sheetPrefix: string;
  /** The region a regional benchmark column is headed with (`North East`), if it names one. */
  regionName?: string;
  /** The year each benchmark column's heading names (`England 2022`), if any. */
  benchmarkYears?: Partial<Record<ColumnKey, BenchmarkYear>>;
}

/** One row being read: the cell context plus the row's cells (no closures per row). */
export interface RowScan extends CellContext {
  setup: RowReaderSetup;
  cells: readonly CellValue[];
  formats: readonly (string | null | undefined)[] | null;
  /** `12`: the 1-based row number, as text once per row. */
  rowNumber: string;
  /** A count unit's figures must be whole numbers (units.ts countsWholeThings, by the name). */
  wholeCount: boolean;
}

export function textAt(scan: RowScan, key: ColumnKey): string {
  const col = scan.setup.layout.columns[key];
  return col === undefined ? "" : cellText(scan.cells[col - scan.setup.view.left]);
}

function addressOf(scan: RowScan, col: number): string {
  return scan.sheetPrefix + columnLetters(col) + scan.rowNumber;
}

export function readColumn(
  scan: RowScan,
  key: ColumnKey,
  what: string,
  quarterPos: number,
  checkRange: boolean
): SourcedNumber | null {
  const col = scan.setup.layout.columns[key];
  if (col === undefined) return null;
  scan.what = what;
  scan.quarterPos = quarterPos;
  scan.checkRange = checkRange;
  scan.checkInteger = false;
  scan.col = col;
  const left = scan.setup.view.left;
  const format = scan.formats?.[col - left];
  return readSourced(
    scan.cells[col - left],
    typeof format === "string" ? format : undefined,
    addressOf(scan, col),
    scan
  );
}

export function benchmarkFigure(scan: RowScan, key: ColumnKey): SourcedNumber | null {
  const { view, layout } = scan.setup;
  const col = layout.columns[key];
  if (col === undefined) return null;
  const read = readCellNumber(scan.cells[col - view.left], view.format(scan.row, col));
  if (read.kind !== "number") return null;
  return {
    value: read.value,
    cell: addressOf(scan, col),
    decimals: read.decimals,
    percent: read.percent,
  };
}

export function readRule(
  scan: RowScan,
  key: "target" | "tolerance",
  what: string,
  type: IndicatorType,
  onScale: Rescale
): TextTarget {
  const { layout, view, mode } = scan.setup;
  const col = layout.columns[key];
  const raw = col === undefined ? undefined : scan.cells[col - view.left];
  if (col !== undefined && isTargetText(raw)) {
    return readTargetText(
      {
        raw,
        cell: addressOf(scan, col),
        where: () => whereAtColumn(scan, col),
        contract: type === "contract",
        pending: scan.pending,
        benchmark: (k) =>
          onScale(benchmarkFigure(scan, k), layout.columns[k], `the ${benchmarkName(scan, k)}`),
      },
      key === "tolerance"
    );
  }
  const number = readColumn(
    scan,
    key,
    what,
    ALWAYS_BLOCKS,
    key === "target" || mode === "threshold"
  );
  if (key === "target" && col !== undefined && scan.kind === CELL.noValue && type === "contract")
    scan.pending.push({
      quarterPos: NEVER_BLOCKS,
      make: () => findings.noTargetSet(whereAtColumn(scan, col), cellText(raw)),
    });
  return { number, comparator: null, band: null };
}

/** The quarterly series: the hot loop of the engine (rows x quarters cells). */
export function readSeries(scan: RowScan, kinds: Uint8Array, kindOffset: number): QuarterValue[] {
  const { quarters, quarterPrefixes, quarterWhats, layout, view } = scan.setup;
  const left = view.left;
  const { cells, formats, rowNumber } = scan;
  const series: QuarterValue[] = new Array(quarters.length);
  scan.checkRange = true;
  scan.checkInteger = scan.wholeCount;
  for (let k = 0; k < quarters.length; k++) {
    const col = layout.quarterColumns[k].column;
    const format = formats === null ? undefined : formats[col - left];
    scan.what = quarterWhats[k];
    scan.quarterPos = k;
    scan.col = col;
    const cell = quarterPrefixes[k] + rowNumber;
    const value = readSourced(
      cells[col - left],
      typeof format === "string" ? format : undefined,
      cell,
      scan
    );
    kinds[kindOffset + k] = scan.kind;
    series[k] = { quarter: quarters[k], cell, value };
  }
  return series;
}

/** `onScale` puts a benchmark on the row's scale (a plain fraction in a row of percentages). */
/** "national benchmark", or the region a regional column is headed with. */
function benchmarkName(scan: RowScan, key: ColumnKey): string {
  const generic = BENCHMARK_NAMES.find(([k]) => k === key)?.[1] ?? "comparator";
  const name = key === "regional" && scan.setup.regionName ? scan.setup.regionName : generic;
  return `${name} benchmark`;
}

export function readBenchmarks(
  scan: RowScan,
  onScale: (figure: SourcedNumber, key: ColumnKey, name: string) => SourcedNumber | null
): Benchmark[] {
  const benchmarks: Benchmark[] = [];
  for (const [key, generic] of BENCHMARK_NAMES) {
    if (scan.setup.layout.columns[key] === undefined) continue;
    // A regional column headed with its region ("North East 2020") is named after it.
    const name = key === "regional" && scan.setup.regionName ? scan.setup.regionName : generic;
    const read = readColumn(scan, key, `the ${name} benchmark`, NEVER_BLOCKS, true);
    const value = read && onScale(read, key, name);
    if (!value) continue;
    const year = scan.setup.benchmarkYears?.[key];
    benchmarks.push(year ? { name, value, year } : { name, value });
  }
  return benchmarks;
}
