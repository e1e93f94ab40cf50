/**
 * Reads one indicator row (SPEC 3): type, polarity, unit, target, tolerance, the quarterly series,
 * benchmarks and cohort. Quarter-independent problems are decided here; value problems stay
 * pending until the chosen quarter is known (see readValue.ts).
 */
import type {
  Benchmark,
  ColumnKey,
  Indicator,
  IndicatorType,
  Quarter,
  SourcedNumber,
  TableLayout,
  ToleranceMode,
  UnitKind,
} from "./types";
import type { GridView } from "./grid";
import { cellText } from "./cellNumber";
import { columnLetters } from "./address";
import { findings, type Where } from "./findings";
import { parseUnit } from "./units";
import { checkRowRules } from "./rowRules";
import {
  CELL,
  ALWAYS_BLOCKS,
  NEVER_BLOCKS,
  readSourced,
  whereOf,
  type CellContext,
  type PendingFinding,
} from "./readValue";
import { normaliseHeader } from "./headers";
import { INFO_WORDS, parsePolarity, polarityWords } from "./polarity";
import { cellText as textOf, readCellNumber } from "./cellNumber";
import { bandThreshold, isTargetText, readTargetText, type TextTarget } from "./readTarget";

const VOLUMETRIC_TYPES: ReadonlySet<string> = new Set([
  ...INFO_WORDS,
  "volumetric",
  "volumetrics",
  "volumetric measure",
  "context",
  "contextual",
  "context measure",
  "context only",
  "data only",
]);

export function parseType(text: string): IndicatorType {
  return VOLUMETRIC_TYPES.has(normaliseHeader(text)) ? "volumetric" : "contract";
}

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
}

export interface ReadRow {
  indicator: Indicator;
  /** Findings in the order of the row's cells; value problems weigh by quarter. */
  pending: PendingFinding[];
}

export function readRow(
  setup: RowReaderSetup,
  row: number,
  area: string,
  kinds: Uint8Array,
  kindOffset: number
): ReadRow {
  const { view, layout, mode, quarters, quarterPrefixes, sheetPrefix } = setup;
  const cols = layout.columns;
  const cells = view.row(row);
  const formats = view.formatRow(row);
  const left = view.left;
  const text = (key: ColumnKey): string =>
    cols[key] === undefined ? "" : cellText(cells[(cols[key] as number) - left]);
  const ref = text("ref");
  const pending: PendingFinding[] = [];
  const whereAt = (col: number): (() => Where) => whereOf({ row, col, sheetPrefix, ref });
  const rowCol = cols.ref ?? cols.indicator ?? layout.quarterColumns[0]?.column ?? left;

  const stated = parsePolarity(text("polarity"));
  const typed = cols.type === undefined ? "contract" : parseType(text("type"));
  const infoOnly = stated.kind === "info" || (typed === "volumetric" && isInfoType(text("type")));
  const type = stated.kind === "info" ? "volumetric" : typed;
  const unitText = text("unit");
  const unit: UnitKind = parseUnit(unitText);
  if (unit === "unknown")
    pending.push({
      quarterPos: ALWAYS_BLOCKS,
      make: () => findings.unknownUnit(whereAt(cols.unit as number)(), unitText),
    });

  const ctx: CellContext = {
    unit,
    what: "",
    quarterPos: ALWAYS_BLOCKS,
    checkRange: true,
    checkInteger: false,
    row,
    col: rowCol,
    sheetPrefix,
    ref,
    pending,
    kind: 0,
  };
  const readColumn = (
    key: ColumnKey,
    what: string,
    quarterPos: number,
    checkRange: boolean
  ): SourcedNumber | null => {
    const col = cols[key];
    if (col === undefined) return null;
    ctx.what = what;
    ctx.quarterPos = quarterPos;
    ctx.checkRange = checkRange;
    ctx.checkInteger = false;
    ctx.col = col;
    const format = formats?.[col - left];
    return readSourced(
      cells[col - left],
      typeof format === "string" ? format : undefined,
      sheetPrefix + columnLetters(col) + (row + 1),
      ctx
    );
  };

  const benchmarkFigure = (key: ColumnKey): SourcedNumber | null => {
    const col = cols[key];
    if (col === undefined) return null;
    const read = readCellNumber(cells[col - left], view.format(row, col));
    if (read.kind !== "number") return null;
    const cell = sheetPrefix + columnLetters(col) + (row + 1);
    return { value: read.value, cell, decimals: read.decimals, percent: read.percent };
  };
  const readRule = (key: "target" | "tolerance", what: string): TextTarget => {
    const col = cols[key];
    const raw = col === undefined ? undefined : cells[col - left];
    if (col !== undefined && isTargetText(raw)) {
      return readTargetText(
        {
          raw,
          cell: sheetPrefix + columnLetters(col) + (row + 1),
          where: whereAt(col),
          contract: type === "contract",
          pending,
          benchmark: benchmarkFigure,
        },
        key === "tolerance"
      );
    }
    const number = readColumn(key, what, ALWAYS_BLOCKS, key === "target" || mode === "threshold");
    if (key === "target" && col !== undefined && ctx.kind === CELL.noValue && type === "contract")
      pending.push({
        quarterPos: NEVER_BLOCKS,
        make: () => findings.noTargetSet(whereAt(col)(), textOf(raw)),
      });
    return { number, comparator: null, band: null };
  };
  const targetRead = readRule("target", "the target");
  const toleranceRead = readRule("tolerance", "the tolerance");
  const target = targetRead.number;
  const comparator = targetRead.comparator ?? toleranceRead.comparator;
  if (comparator !== null && stated.kind === "known" && stated.polarity !== comparator) {
    const col = (targetRead.comparator !== null ? cols.target : cols.tolerance) as number;
    const shown = textOf(cells[col - left]);
    pending.push({
      quarterPos: ALWAYS_BLOCKS,
      make: () =>
        findings.targetContradictsPolarity(whereAt(col)(), shown, polarityWords(stated.polarity)),
    });
  }
  const bandPolarity = stated.kind === "known" ? stated.polarity : comparator;
  const tolerance: SourcedNumber | null =
    toleranceRead.band !== null
      ? bandAsThreshold(toleranceRead.band, bandPolarity, target, cols.tolerance, row, sheetPrefix)
      : toleranceRead.number;
  const rules = checkRowRules({
    mode,
    type,
    stated,
    implied: comparator,
    polarityColumn: cols.polarity !== undefined,
    target,
    tolerance,
    polarityWhere: whereAt(cols.polarity ?? cols.tolerance ?? rowCol),
    toleranceWhere: whereAt(cols.tolerance ?? rowCol),
  });
  for (const rule of rules.findings) pending.push({ quarterPos: ALWAYS_BLOCKS, make: rule.make });
  let unratedReason: string | undefined;
  if (stated.kind === "closeToTarget" && type === "contract") {
    const polarityCol = cols.polarity as number;
    pending.push({
      quarterPos: NEVER_BLOCKS,
      make: () => findings.closeToTarget(whereAt(polarityCol)(), stated.text),
    });
    unratedReason = `Polarity "${stated.text}" (close to target is best) is not rated.`;
  } else if (rules.noPolarityColumn) {
    unratedReason =
      "No polarity: the table has no polarity column (add one headed Polarity, with H or L).";
  }

  // The quarterly series: the hot loop of the engine (rows x quarters cells).
  const series = new Array(quarters.length);
  ctx.checkRange = true;
  ctx.checkInteger = true;
  for (let k = 0; k < quarters.length; k++) {
    const col = layout.quarterColumns[k].column;
    const format = formats?.[col - left];
    ctx.what = setup.quarterWhats[k];
    ctx.quarterPos = k;
    ctx.col = col;
    const cell = quarterPrefixes[k] + (row + 1);
    const value = readSourced(
      cells[col - left],
      typeof format === "string" ? format : undefined,
      cell,
      ctx
    );
    kinds[kindOffset + k] = ctx.kind;
    series[k] = { quarter: quarters[k], cell, value };
  }

  const benchmarks: Benchmark[] = [];
  for (const [key, generic] of BENCHMARK_NAMES) {
    // A regional column headed with its region ("North East 2020") is named after it.
    const name = key === "regional" && setup.regionName ? setup.regionName : generic;
    const value = readColumn(key, `the ${name} benchmark`, NEVER_BLOCKS, true);
    if (value) benchmarks.push({ name, value });
  }
  const cohortUnit = ctx.unit;
  ctx.unit = "count";
  const numerator = readColumn("numerator", "the numerator", NEVER_BLOCKS, true);
  const denominator = readColumn("denominator", "the denominator", NEVER_BLOCKS, true);
  ctx.unit = cohortUnit;

  const indicator: Indicator = {
    row,
    ref,
    name: text("indicator"),
    area,
    type,
    polarity: rules.polarity,
    unit,
    unitText,
    target,
    tolerance,
    threshold: rules.threshold,
    series,
    benchmarks,
    numerator,
    denominator,
    // Settled once the quarter is chosen (read.ts settleFindings).
    hasError: false,
  };
  if (unratedReason !== undefined) indicator.unratedReason = unratedReason;
  if (infoOnly) indicator.infoOnly = true;
  return { indicator, pending };
}

function isInfoType(text: string): boolean {
  return INFO_WORDS.has(normaliseHeader(text));
}

/** A tolerance band `85-90%` stands for its worse end (SPEC 3.4). */
function bandAsThreshold(
  band: { low: number; high: number; decimals?: number; percent?: boolean },
  polarity: import("./types").Polarity | null,
  target: SourcedNumber | null,
  col: number | undefined,
  row: number,
  sheetPrefix: string
): SourcedNumber | null {
  const value = bandThreshold(band, polarity, target?.value ?? null);
  if (value === null || col === undefined) return null;
  return {
    value,
    cell: sheetPrefix + columnLetters(col) + (row + 1),
    decimals: band.decimals ?? 0,
    percent: band.percent ?? false,
  };
}
