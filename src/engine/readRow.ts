/**
 * Reads one indicator row (SPEC 3): type, polarity, unit, target, tolerance, the quarterly series,
 * benchmarks and cohort. Quarter-independent problems are decided here; value problems stay
 * pending until the chosen quarter is known (see readValue.ts).
 */
import type { Benchmark, ColumnKey, Indicator, IndicatorType, Polarity, Quarter, SourcedNumber, TableLayout, ToleranceMode, UnitKind } from "./types";
import type { GridView } from "./grid";
import { cellText } from "./cellNumber";
import { columnLetters } from "./address";
import { findings, type Where } from "./findings";
import { parsePolarity } from "./polarity";
import { parseUnit } from "./units";
import { isBetterSide, looksLikeBand, thresholdFor } from "./tolerance";
import { ALWAYS_BLOCKS, NEVER_BLOCKS, readSourced, whereOf, type CellContext, type PendingFinding } from "./readValue";
import { normaliseHeader } from "./headers";

const VOLUMETRIC_TYPES: ReadonlySet<string> = new Set([
  "volumetric", "volumetrics", "volumetric measure", "context", "contextual", "context measure", "context only", "data only",
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
  sheetPrefix: string;
}

export interface ReadRow {
  indicator: Indicator;
  /** Findings in the order of the row's cells; value problems weigh by quarter. */
  pending: PendingFinding[];
  /** A quarter-independent error (polarity, target, tolerance) keeps the row from being rated. */
  rowError: boolean;
  /** Polarity of the row once checked (null when unknown or contradictory). */
  checkedPolarity: Polarity | null;
}

export function readRow(setup: RowReaderSetup, row: number, area: string, kinds: Uint8Array, kindOffset: number): ReadRow {
  const { view, layout, mode, quarters, quarterPrefixes, sheetPrefix } = setup;
  const cols = layout.columns;
  const cells = view.row(row);
  const formats = view.formatRow(row);
  const left = view.left;
  const text = (key: ColumnKey): string => (cols[key] === undefined ? "" : cellText(cells[(cols[key] as number) - left]));
  const ref = text("ref");
  const pending: PendingFinding[] = [];
  const whereAt = (col: number): (() => Where) => whereOf({ row, col, sheetPrefix, ref });
  const rowCol = cols.ref ?? cols.indicator ?? layout.quarterColumns[0]?.column ?? left;

  const type = cols.type === undefined ? "contract" : parseType(text("type"));
  const unitText = text("unit");
  const unit: UnitKind = parseUnit(unitText);
  if (unit === "unknown") pending.push({ quarterPos: ALWAYS_BLOCKS, make: () => findings.unknownUnit(whereAt(cols.unit as number)(), unitText) });

  const ctx: CellContext = { unit, what: "", quarterPos: ALWAYS_BLOCKS, checkRange: true, checkInteger: false, row, col: rowCol, sheetPrefix, ref, pending, kind: 0 };
  const readColumn = (key: ColumnKey, what: string, quarterPos: number, checkRange: boolean): SourcedNumber | null => {
    const col = cols[key];
    if (col === undefined) return null;
    ctx.what = what;
    ctx.quarterPos = quarterPos;
    ctx.checkRange = checkRange;
    ctx.checkInteger = false;
    ctx.col = col;
    const format = formats?.[col - left];
    return readSourced(cells[col - left], typeof format === "string" ? format : undefined, sheetPrefix + columnLetters(col) + (row + 1), ctx);
  };

  const target = readColumn("target", "the target", ALWAYS_BLOCKS, true);
  const tolerance = readColumn("tolerance", "the tolerance", ALWAYS_BLOCKS, mode === "threshold");
  let rowError = pending.some((p) => p.quarterPos === ALWAYS_BLOCKS && p.make(true).severity === "error");

  // Polarity: stated, or inferred from the side of the tolerance (threshold mode only).
  const polarityCol = cols.polarity;
  const polarityWhere = whereAt(polarityCol ?? cols.tolerance ?? rowCol);
  const stated = parsePolarity(text("polarity"));
  const rated = type === "contract" && target !== null;
  let polarity: Polarity | null = null;
  let checkedPolarity: Polarity | null = null;
  const rowFinding = (make: () => ReturnType<PendingFinding["make"]>, isError: boolean): void => {
    pending.push({ quarterPos: ALWAYS_BLOCKS, make });
    if (isError) rowError = true;
  };
  if (stated.kind === "unknown") {
    rowFinding(() => findings.unknownPolarity(polarityWhere(), stated.text), true);
  } else if (stated.kind === "known") {
    polarity = stated.polarity;
    checkedPolarity = polarity;
    if (rated && mode === "threshold" && tolerance !== null && isBetterSide(tolerance.value, target.value, polarity)) {
      checkedPolarity = null;
      // Points at the tolerance: the polarity word is usually right and the threshold mistyped.
      const toleranceWhere = whereAt(cols.tolerance as number);
      rowFinding(() => findings.polarityContradictsTolerance(toleranceWhere(), stated.polarity, tolerance.value, target.value), true);
    }
  } else if (mode === "threshold" && target !== null && tolerance !== null && tolerance.value !== target.value) {
    polarity = tolerance.value < target.value ? "higher" : "lower";
    checkedPolarity = polarity;
    if (type === "contract") {
      const inferred = polarity;
      rowFinding(() => findings.inferredPolarity(polarityWhere(), inferred, tolerance.value, target.value), false);
    }
  } else if (rated) {
    rowFinding(() => findings.missingPolarity(polarityWhere()), true);
  }

  const threshold = thresholdFor(mode, target?.value ?? null, tolerance?.value ?? null, polarity);
  if (rated && tolerance !== null) {
    const toleranceWhere = whereAt(cols.tolerance as number);
    if (mode !== "threshold" && tolerance.value < 0 && threshold !== null) {
      rowFinding(() => findings.toleranceWrongSide(toleranceWhere(), tolerance.value, threshold, target.value), true);
    } else if (mode === "threshold" && looksLikeBand(target.value, tolerance.value)) {
      rowFinding(() => findings.toleranceLooksLikeBand(toleranceWhere(), tolerance.value, target.value), false);
    }
  }

  // The quarterly series: the hot loop of the engine (rows x quarters cells).
  const series = new Array(quarters.length);
  ctx.checkRange = true;
  ctx.checkInteger = true;
  for (let k = 0; k < quarters.length; k++) {
    const col = layout.quarterColumns[k].column;
    const format = formats?.[col - left];
    ctx.what = `the value for ${quarters[k].label}`;
    ctx.quarterPos = k;
    ctx.col = col;
    const cell = quarterPrefixes[k] + (row + 1);
    const value = readSourced(cells[col - left], typeof format === "string" ? format : undefined, cell, ctx);
    kinds[kindOffset + k] = ctx.kind;
    series[k] = { quarter: quarters[k], cell, value };
  }

  const benchmarks: Benchmark[] = [];
  for (const [key, name] of BENCHMARK_NAMES) {
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
    polarity: checkedPolarity,
    unit,
    unitText,
    target,
    tolerance,
    threshold: checkedPolarity === null && mode !== "threshold" ? null : threshold,
    series,
    benchmarks,
    numerator,
    denominator,
    hasError: rowError,
  };
  return { indicator, pending, rowError, checkedPolarity };
}
