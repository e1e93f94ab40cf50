/**
 * Reads one indicator row (docs/engine.md): type, polarity, unit, target, tolerance, the quarterly series,
 * benchmarks and cohort. Quarter-independent problems are decided here; value problems stay
 * pending until the chosen quarter is known (see readValue.ts).
 */
import type {
  CellValue,
  Indicator,
  IndicatorType,
  Polarity,
  QuarterValue,
  SourcedNumber,
  TableLayout,
  UnitKind,
} from "./types";
import { cellText as textOf, readCellNumber } from "./cellNumber";
import { columnLetters } from "./address";
import { findings } from "./findings";
import { countsWholeThings, parseUnit } from "./units";
import { checkRowRules } from "./rowRules";
import { ALWAYS_BLOCKS, NEVER_BLOCKS, whereAtColumn, type PendingFinding } from "./readValue";
import { normaliseHeader } from "./headers";
import {
  INFO_WORDS,
  parsePolarity,
  polarityInName,
  polarityWords,
  type PolarityRead,
} from "./polarity";
import { bandThreshold } from "./readTarget";
import { memoise } from "./memo";
import {
  bandOnRowScale,
  onRowScale,
  percentRowMiddle,
  quarterOnRowScale,
  type Rescale,
} from "./percentScale";
import {
  readBenchmarks,
  readColumn,
  readRule,
  readSeries,
  textAt,
  type RowReaderSetup,
  type RowScan,
} from "./rowScan";

export type { RowReaderSetup } from "./rowScan";

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

// Every row repeats one of a few polarity, type and unit words: each is parsed once.
const polarityOf = memoise(parsePolarity);
const polarityInNameOf = memoise(polarityInName);
const typeOf = memoise(parseType);
const infoTypeOf = memoise(isInfoType);
const unitOf = memoise(parseUnit);

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
  const { view, layout, mode, sheetPrefix } = setup;
  const cols = layout.columns;
  const left = view.left;
  const pending: PendingFinding[] = [];
  const rowCol = cols.ref ?? cols.indicator ?? layout.quarterColumns[0]?.column ?? left;
  const scan: RowScan = {
    unit: "none",
    what: "",
    quarterPos: ALWAYS_BLOCKS,
    checkRange: true,
    checkInteger: false,
    wholeCount: true,
    row,
    col: rowCol,
    sheetPrefix,
    ref: "",
    pending,
    kind: 0,
    setup,
    cells: view.row(row),
    formats: view.formatRow(row),
    rowNumber: String(row + 1),
  };
  const ref = textAt(scan, "ref");
  scan.ref = ref;

  const statedCell = polarityOf(textAt(scan, "polarity"));
  // `… (aim to maximise)`: polarity written in the name counts when the polarity cell is blank.
  const inName = statedCell.kind === "blank" ? polarityInNameOf(textAt(scan, "indicator")) : null;
  const stated: PolarityRead = inName ? { kind: "known", polarity: inName } : statedCell;
  const typeText = cols.type === undefined ? "" : textAt(scan, "type");
  const typed = cols.type === undefined ? "contract" : typeOf(typeText);
  const infoOnly = stated.kind === "info" || (typed === "volumetric" && infoTypeOf(typeText));
  const type = stated.kind === "info" ? "volumetric" : typed;
  const unitText = textAt(scan, "unit");
  const unit: UnitKind = unitOf(unitText);
  scan.unit = unit;
  if (unit === "count") scan.wholeCount = countsWholeThings(textAt(scan, "indicator"));
  if (unit === "unknown")
    pending.push({
      quarterPos: ALWAYS_BLOCKS,
      make: () => findings.unknownUnit(whereAtColumn(scan, cols.unit as number), unitText),
    });

  const scale = rowScale(scan, pending);
  const targetRead = readRule(scan, "target", "the target", type, scale);
  const toleranceRead = readRule(scan, "tolerance", "the tolerance", type, scale);
  const target = scale(targetRead.number, cols.target, "the target");
  // A band size (points or percent mode) is not a figure on the values' scale.
  const toleranceNumber =
    mode === "threshold"
      ? scale(toleranceRead.number, cols.tolerance, "the tolerance")
      : bandScale(scan, pending, toleranceRead.number, cols.tolerance);
  const comparator = targetRead.comparator ?? toleranceRead.comparator;
  if (comparator !== null && stated.kind === "known" && stated.polarity !== comparator) {
    const col = (targetRead.comparator !== null ? cols.target : cols.tolerance) as number;
    const shown = textOf(scan.cells[col - left]);
    pending.push({
      quarterPos: ALWAYS_BLOCKS,
      make: () =>
        findings.targetContradictsPolarity(
          whereAtColumn(scan, col),
          shown,
          polarityWords(stated.polarity)
        ),
    });
  }
  const bandPolarity = stated.kind === "known" ? stated.polarity : comparator;
  const tolerance: SourcedNumber | null =
    toleranceRead.band !== null
      ? bandAsThreshold(toleranceRead.band, bandPolarity, target, cols.tolerance, row, sheetPrefix)
      : toleranceNumber;
  const rules = checkRowRules({
    mode,
    type,
    stated,
    implied: comparator,
    polarityColumn: cols.polarity !== undefined,
    target,
    periodTargetOnRow: cols.target === undefined && periodTargetOnRow(layout, scan.cells, left),
    tolerance,
    place: scan,
    polarityCol: cols.polarity ?? cols.tolerance ?? rowCol,
    toleranceCol: cols.tolerance ?? rowCol,
  });
  for (const rule of rules.findings) pending.push({ quarterPos: ALWAYS_BLOCKS, make: rule.make });
  let unratedReason: string | undefined;
  if (stated.kind === "closeToTarget" && type === "contract") {
    const polarityCol = cols.polarity as number;
    pending.push({
      quarterPos: NEVER_BLOCKS,
      make: () => findings.closeToTarget(whereAtColumn(scan, polarityCol), stated.text),
    });
    unratedReason = `Polarity "${stated.text}" (close to target is best) is not rated.`;
  } else if (rules.noPolarityColumn) {
    unratedReason =
      "No polarity: the table has no polarity column (add one headed Polarity, with H or L).";
  }

  const series = readSeries(scan, kinds, kindOffset);
  seriesOnRowScale(scan, pending, series, target?.value ?? null);
  const benchmarks = readBenchmarks(scan, (figure, key, name) =>
    scale(figure, cols[key], `the ${name} benchmark`)
  );
  scan.unit = "count";
  const numerator = readColumn(scan, "numerator", "the numerator", NEVER_BLOCKS, true);
  const denominator = readColumn(scan, "denominator", "the denominator", NEVER_BLOCKS, true);
  scan.unit = unit;

  const indicator: Indicator = {
    row,
    ref,
    name: textAt(scan, "indicator"),
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

/** A tolerance band `85-90%` stands for its worse end (docs/engine.md). */
function bandAsThreshold(
  band: { low: number; high: number; decimals?: number; percent?: boolean },
  polarity: Polarity | null,
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

function scaleRowOf(scan: RowScan) {
  return {
    unit: scan.unit,
    cells: scan.cells,
    formats: scan.formats,
    left: scan.setup.view.left,
    quarterColumns: scan.setup.layout.quarterColumns,
  };
}

/**
 * Each quarter's value on the row's scale (percentScale.ts, issue 21): a pasted fraction among
 * points is read as a percentage with a warning at its cell; one that fits neither reading is not
 * used, with a finding (an error when it is the quarter being rated: Not classified).
 */
function seriesOnRowScale(
  scan: RowScan,
  pending: PendingFinding[],
  series: QuarterValue[],
  target: number | null
): void {
  if (scan.unit !== "percent" && scan.formats === null) return;
  const row = scaleRowOf(scan);
  series.forEach((entry, k) => {
    const figure = entry.value;
    const read = quarterOnRowScale(figure, row, k, target);
    if (read.read === "asIs" || figure === null) return;
    const where = whereAtColumn(scan, row.quarterColumns[k].column);
    const what = scan.setup.quarterWhats[k];
    if (read.read === "fraction") {
      entry.value = read.value;
      pending.push({
        quarterPos: NEVER_BLOCKS,
        make: () =>
          findings.fractionAsPercent(where, what, figure.value, read.value.value, read.around),
      });
      return;
    }
    entry.value = null;
    pending.push({
      quarterPos: k,
      make: (blocking) => findings.scaleUncertain(where, what, figure.value, read.around, blocking),
    });
  });
}

/** A points-mode band typed as a fraction in a row of %-formatted fractions (percentScale.ts). */
function bandScale(
  scan: RowScan,
  pending: PendingFinding[],
  figure: SourcedNumber | null,
  col: number | undefined
): SourcedNumber | null {
  const read = bandOnRowScale(figure, scaleRowOf(scan), col);
  if (read === null || figure === null || col === undefined) return figure;
  const where = whereAtColumn(scan, col);
  pending.push({
    quarterPos: NEVER_BLOCKS,
    make: () => findings.bandAsPoints(where, figure.value, read.value),
  });
  return read;
}

/**
 * Reads a target, threshold or benchmark on the row's own scale (percentScale.ts), with a warning
 * at its cell when a plain fraction is read as a percentage. The row's values are looked at only
 * when a figure could be a fraction.
 */
function rowScale(scan: RowScan, pending: PendingFinding[]): Rescale {
  let middle: number | null | undefined;
  const row = {
    unit: scan.unit,
    cells: scan.cells,
    formats: scan.formats,
    left: scan.setup.view.left,
    quarterColumns: scan.setup.layout.quarterColumns,
  };
  const around = (): number | null =>
    middle === undefined ? (middle = percentRowMiddle(row)) : middle;
  // A benchmark a text target names ("Above national average") is read twice: one finding.
  let reported: Set<number> | undefined; // made on the first rescale (rare): none per row
  return (figure, col, what) => {
    const read = onRowScale(figure, row, col, around);
    if (read !== figure && read !== null && figure !== null && col !== undefined) {
      reported ??= new Set<number>();
      if (reported.has(col)) return read;
      reported.add(col);
      const where = whereAtColumn(scan, col);
      const middleNow = middle as number;
      pending.push({
        quarterPos: NEVER_BLOCKS,
        make: () => findings.fractionAsPercent(where, what, figure.value, read.value, middleNow),
      });
    }
    return read;
  };
}

/**
 * A figure in one of the row's period target columns (`Target 2014/15`, `Target Q4`) when the
 * table has no single target column: the row will be rated against it, so it needs a polarity.
 */
function periodTargetOnRow(
  layout: TableLayout,
  cells: readonly CellValue[],
  left: number
): boolean {
  return (layout.periodTargetColumns ?? []).some(
    (pt) => readCellNumber(cells[pt.column - left]).kind === "number"
  );
}
