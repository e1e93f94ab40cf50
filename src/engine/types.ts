/**
 * The engine's contract with every front end (Excel add-in, command line, browser preview).
 * Pure data only: no Office.js, DOM, ExcelJS or file I/O may appear in src/engine.
 */

/** An Excel error value such as `#DIV/0!` or `#N/A`. */
export interface CellError {
  error: string;
}

/** What a cell holds. Empty cells are `null` (adapters map Office.js `""` to `null`). */
export type CellValue = number | string | boolean | CellError | null;

/**
 * A rectangular block of one sheet, as Office.js returns a used range: values and number formats
 * in parallel arrays. `top`/`left` are the 0-based sheet row and column of `values[0][0]`, so the
 * block need not start at A1.
 */
export interface SheetGrid {
  name: string;
  top: number;
  left: number;
  values: CellValue[][];
  /** Number formats, same shape as values; a missing entry means "General". */
  formats?: (string | null | undefined)[][];
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** Name of the active sheet (add-in); the CLI passes --sheet here or leaves it undefined. */
  activeSheet?: string;
}

export type ToleranceMode = "threshold" | "points" | "percent";

export type ColumnKey =
  | "ref"
  | "indicator"
  | "area"
  | "type"
  | "polarity"
  | "unit"
  | "target"
  | "tolerance"
  | "national"
  | "statNeighbours"
  | "regional"
  | "numerator"
  | "denominator"
  /** The analyst's direction of travel (DoT arrows, Trend): read, never used as polarity. */
  | "direction"
  /** The analyst's own RAG/Status column: read, compared, never written. */
  | "ownRating";

/** What one heading of the table was read as (docs/layouts.md: every column accounted for). */
export type ColumnRole = ColumnKey | "period" | "status" | "notUsed";

export interface ColumnRoleEntry {
  /** 0-based sheet column. */
  column: number;
  heading: string;
  role: ColumnRole;
  /**
   * Why the column was read so, in an analyst's words ("from its heading and its H/L values"):
   * shown in How the sheet was read (docs/periods.md, "How a heading is read").
   */
  evidence?: string;
}

export interface EngineOptions {
  /** Quarter label in any accepted form; default: latest quarter with a number among contract rows. */
  quarter?: string;
  /** Sheet to read; default: the active sheet if it holds a table, else the first that does. */
  sheet?: string;
  toleranceMode?: ToleranceMode;
  /** A denominator below this adds a small-cohort caution (docs/commentary.md). Default 10. */
  smallCohortThreshold?: number;
  /** Analyst's override of detected columns: 0-based sheet column index per key. */
  columnOverrides?: Partial<Record<ColumnKey, number>>;
  /** Columns the analyst set to "Not used" (0-based): ignored whatever their heading says. */
  columnsNotUsed?: number[];
  /** Columns the analyst named a period for, a result or a target (engine/columnChoices.ts). */
  columnPeriods?: ColumnPeriodChoice[];
  /** Polarity set per indicator (key: ref, else name), winning over the sheet (docs/layouts.md). */
  polarityOverrides?: Record<string, Polarity>;
}

export type Severity = "error" | "warning" | "info";

export interface Finding {
  severity: Severity;
  /** Stable machine code, e.g. `value.notNumber`, `ref.duplicate`. */
  code: string;
  /** `Sheet!J12`, or `Sheet` when the finding is about the whole sheet, or "" for the workbook. */
  cell: string;
  ref?: string;
  /** Plain English a non-programmer can act on, starting with the cell: "J12: no value for …". */
  message: string;
}

export type Status =
  "onTarget" | "insideTolerance" | "outsideTolerance" | "noTarget" | "notClassified";

export const STATUS_ORDER: readonly Status[] = [
  "outsideTolerance",
  "insideTolerance",
  "onTarget",
  "noTarget",
  "notClassified",
];

export const STATUS_LABEL: Record<Status, string> = {
  onTarget: "On or better than target",
  insideTolerance: "Inside tolerance",
  outsideTolerance: "Outside tolerance",
  noTarget: "No target specified",
  notClassified: "Not classified",
};

/** What one column of the periods row holds (docs/periods.md). */
export type PeriodKind = "quarter" | "month" | "year";

/**
 * A period of the table. Named Quarter for history; months and years carry a `kind` (a quarter
 * has none), and `fy`/`q` give the financial year and quarter the period falls in.
 */
export interface Quarter {
  /** Financial year start, e.g. 2018 for 2018/19. */
  fy: number;
  q: 1 | 2 | 3 | 4;
  /** Normalised label: `Q2 2018/19`, `Mar 2017`, `2018/19`. */
  label: string;
  /** Absent for quarters. */
  kind?: PeriodKind;
  /** Calendar month 1–12, for months. */
  month?: number;
}

export type Polarity = "higher" | "lower";
/** How a cumulative figure accumulates: from the start of the year, or over the last 12 months. */
export type CumulativeKind = "yearToDate" | "rolling";
export type IndicatorType = "contract" | "volumetric";
export type UnitKind = "percent" | "rate" | "count" | "days" | "unknown" | "none";

/** A number read from a cell, with where it came from and how the cell shows it. */
export interface SourcedNumber {
  /** In the engine's unit: percentage points for %-formatted fractions (0.91 → 91). */
  value: number;
  /** `Sheet!J12`. */
  cell: string;
  /** Decimal places the cell's number format shows (used to round numbers in text). */
  decimals: number;
  /** True when the number is a percentage (unit % or %-format), for "91%" in text. */
  percent: boolean;
  /** The sheet's own rating typed in the same cell (`711 (GREEN)`): evidence, never the status. */
  ownRating?: { status: Status; words: string };
}

export interface QuarterValue {
  quarter: Quarter;
  cell: string;
  /** Null when there is no usable value (blank, n/a, suppressed, error, or out of range). */
  value: SourcedNumber | null;
}

export interface Benchmark {
  /** Display name: "National", "Statistical neighbours", "Regional". */
  name: string;
  value: SourcedNumber;
  /** The year the column's heading names (`England 2022` → "2022"), with the heading's cell. */
  year?: BenchmarkYear;
}

/** A year named in a benchmark heading: `2022`, or a financial year `2017/18`. */
export interface BenchmarkYear {
  text: string;
  /** The heading cell the year was read from (`Sheet!Q4`), for traceability. */
  cell: string;
}

export interface Indicator {
  /** 0-based sheet row. */
  row: number;
  ref: string;
  name: string;
  area: string;
  type: IndicatorType;
  polarity: Polarity | null;
  unit: UnitKind;
  unitText: string;
  target: SourcedNumber | null;
  /** The tolerance cell as read (threshold or band size, per mode). */
  tolerance: SourcedNumber | null;
  /** Worst value still inside tolerance, after the tolerance mode is applied. */
  threshold: number | null;
  /** Quarterly values in chronological order (same order as RunResult.quarters). */
  series: QuarterValue[];
  benchmarks: Benchmark[];
  numerator: SourcedNumber | null;
  denominator: SourcedNumber | null;
  /** True when an error finding on this row prevents classification. */
  hasError: boolean;
  /** Why a row with no error is still not rated (no polarity anywhere, close-to-target polarity). */
  unratedReason?: string;
  /** Volumetric because its polarity or type says "for information" (docs/engine.md). */
  infoOnly?: boolean;
  /**
   * Tables with targets by period (docs/periods.md): the target (and threshold) in force for each period
   * of the series, null where none is known. Absent when one target serves every period.
   */
  periodTargets?: ({ target: SourcedNumber; threshold: number | null } | null)[];
  /** A year-to-date, cumulative or rolling measure (docs/periods.md): no period-on-period claims. */
  cumulative?: CumulativeKind;
}

export interface Classification {
  ref: string;
  row: number;
  status: Status;
  /** Value of the chosen quarter, or null. */
  value: SourcedNumber | null;
  /** Address of the chosen quarter's value cell, `Sheet!N2`. */
  cell: string;
  /** Why not classified (for the pane and commentary), when status is notClassified. */
  reason?: string;
}

export interface StatusCounts {
  outsideTolerance: number;
  insideTolerance: number;
  onTarget: number;
  noTarget: number;
  notClassified: number;
}

export interface Summary {
  areas: ({ area: string } & StatusCounts)[];
  total: StatusCounts & { count: number };
  /** Whole-number percentages by the largest-remainder method; sum to 100 when count > 0. */
  percent: StatusCounts;
}

export type CommentaryGroup = "good" | "concern" | "volumetric" | "notClassified";

export const COMMENTARY_GROUP_TITLE: Record<CommentaryGroup, string> = {
  good: "Areas of good and improving performance",
  concern: "Performance of concern or potential concern",
  volumetric: "Volumetric measures",
  notClassified: "Not classified",
};

export interface CommentaryItem {
  ref: string;
  name: string;
  area: string;
  group: CommentaryGroup;
  /** `A2 - Timeliness of single assessments – Q2 2018/19 = 91%`. */
  headline: string;
  /** Drafted sentences, each a fact computed from the workbook. */
  sentences: string[];
  /** Headline-free paragraph: sentences joined with a space. */
  text: string;
  /** Direction of travel in a few words ("Improved slightly", "No change", "Declined significantly"). */
  direction: string;
  /**
   * Why the item is in its group, for the reviewer ("Grouped as potential concern: just within
   * tolerance and adrift of all comparators …"). Always set by the engine; optional for callers
   * that build items by hand.
   */
  groupReason?: string;
  /** Every cell a number in the text was taken from (traceability). */
  sources: string[];
}

/** Where the indicator table sits on its sheet (0-based sheet coordinates). */
export interface TableLayout {
  sheet: string;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** Right-most used column of the table (the status column goes after it). */
  lastColumn: number;
  columns: Partial<Record<ColumnKey, number>>;
  /** Quarter columns in chronological order. */
  quarterColumns: { quarter: Quarter; column: number }[];
  /** Column of an existing `Status Q… ` column written by an earlier run, if any. */
  existingStatusColumn: number | null;
  /** Every heading of the header row and the role it was read as, left to right. */
  columnRoles?: ColumnRoleEntry[];
  /** Target columns for one period or year (`Target 2022/23`, `Q2 target`), docs/periods.md. */
  periodTargetColumns?: { column: number; period: Quarter }[];
  /** The analyst's own rating columns (never written): with the quarter they rate, if named. */
  ownRatingColumns?: { column: number; quarter: Quarter | null }[];
}

export interface RunResult {
  sheet: string;
  quarter: Quarter;
  /** Every quarter in the table, chronological. */
  quarters: Quarter[];
  toleranceMode: ToleranceMode;
  layout: TableLayout;
  indicators: Indicator[];
  /** One per indicator, same order. Volumetric rows get `noTarget`. */
  classifications: Classification[];
  summary: Summary;
  commentary: CommentaryItem[];
  findings: Finding[];
}

/** The run could not start: no table, unknown sheet or quarter. One clear line for the user. */
export interface RunFailure {
  kind: "noTable" | "noSheet" | "noQuarter";
  message: string;
  findings: Finding[];
  /** A sheet with indicator rows but no period column: its columns, for the analyst to name. */
  rescue?: TableRescue;
}

export type RunOutcome = { ok: true; result: RunResult } | { ok: false; failure: RunFailure };

/** What a named period column holds: the figures for that period, or the target for it. */
export type PeriodColumnKind = "result" | "target";

/** A column the analyst named a period for; `period` as typed (`2006/07`), read by parsePeriod. */
export interface ColumnPeriodChoice {
  column: number;
  period: string;
  kind: PeriodColumnKind;
}

/** What the pane needs to offer the columns of a sheet it could not read. */
export interface TableRescue {
  sheet: string;
  /** 0-based sheet row of the header. */
  headerRow: number;
  /** Every heading of the header row, with the role its words give (`notUsed` when none). */
  columns: ColumnRoleEntry[];
  /** Columns with figures on the indicator rows but no role: most likely the periods. */
  nearMisses: number[];
  /** How many indicator rows lie under the header. */
  indicatorRows: number;
}
