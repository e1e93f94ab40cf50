/**
 * Reads one row as the table's header (docs/engine.md): every heading gets a role or is listed as not
 * used, so nothing is silently dropped. Whether a `Status <quarter>` column is ours (written by an
 * earlier run) or the analyst's own rating is decided from the rows below, in detect.ts.
 */
import type { CellValue, ColumnKey, ColumnRoleEntry, Quarter } from "./types";
import type { GridView } from "./grid";
import { isBareThreshold, matchHeader, statusHeaderQuarterText } from "./headers";
import { comparePeriods, parsePeriod } from "./periods";
import { bareMonthPeriod, dateCellPeriod, type YearHint } from "./periodHeadings";
import { keepOneKind } from "./periodColumns";
import { readHeadingWords } from "./headingWords";
import { addPeriodColumn, NOT_USED_BY_ANALYST, placeWorded, type HeadingNote } from "./headerWords";
import { headingWordsRole } from "./headingRoles";
import { applyPeriodOverrides, type PeriodOverride } from "./periodChoices";

export type ColumnOverrides = Partial<Record<ColumnKey, number>> & {
  /** Columns the analyst set to "Not used" (task pane): read as nothing, whatever the heading. */
  notUsed?: number[];
  /** Columns the analyst named a period for (`--columns E=2006/07`, the pane): periodChoices.ts. */
  periods?: PeriodOverride[];
};

/** Why a heading was not used although it names a role: read by columnFindings.ts. */
export type UnusedWhy = "duplicate" | "duplicateQuarter" | "thresholdExtra" | "overridden";

export interface HeaderFound {
  row: number;
  columns: Partial<Record<ColumnKey, number>>;
  quarterColumns: { quarter: Quarter; column: number }[];
  /** `Status <quarter>` columns: ours from an earlier run, or the analyst's rating. */
  statusCandidates: { column: number; quarter: Quarter }[];
  /** Every non-empty heading, left to right; `status` candidates are settled by scanTable. */
  entries: ColumnRoleEntry[];
  /** Headings that name a role but were not used: why, the role, and the column used instead. */
  unused: Map<number, { why: UnusedWhy; role: string; instead: number | null }>;
  /** A column headed `Threshold` read as the target because the table has no Target column. */
  thresholdAsTarget: number | null;
  /** Target columns for one period or one year (`Target 2022/23`, `Q2 target`), docs/periods.md. */
  periodTargets: { column: number; period: Quarter }[];
  /** Set when a yearless period (`Quarter 1`) took its year from the title rows or sheet name. */
  yearFrom: YearHint | null;
  /** Headings naming a period that are not a result: forecasts and unplaced ones, for findings. */
  notes: Map<number, HeadingNote>;
  /** Columns placed from their heading's words alone (`Tgt`, `Traffic Light`): checked by content. */
  byWords: Set<number>;
}

/** How a header row is read beyond its own cells: two-row headings, the year from the title. */
export interface HeaderContext {
  /** Headings to use instead of the row's own cells (two-row headers), indexed like view.row. */
  cells?: readonly CellValue[];
  yearHint?: YearHint | null;
}

function validColumn(col: unknown): col is number {
  return typeof col === "number" && Number.isInteger(col) && col >= 0;
}

function setRole(
  header: HeaderFound,
  col: number,
  role: ColumnRoleEntry["role"],
  evidence?: string
): void {
  const entry = header.entries.find((e) => e.column === col);
  if (!entry) return;
  entry.role = role;
  if (evidence !== undefined) entry.evidence = evidence;
}

/** The analyst's override wins over what the headings say (task pane / `columnOverrides`). */
function applyOverrides(header: HeaderFound, overrides: ColumnOverrides | undefined): void {
  if (!overrides) return;
  for (const key of Object.keys(overrides) as ColumnKey[]) {
    if ((key as string) === "notUsed" || (key as string) === "periods") continue;
    const col = overrides[key];
    if (!validColumn(col)) continue;
    for (const other of Object.keys(header.columns) as ColumnKey[]) {
      if (header.columns[other] === col) delete header.columns[other];
    }
    const previous = header.columns[key];
    if (previous !== undefined && previous !== col) {
      setRole(header, previous, "notUsed");
      header.unused.set(previous, { why: "overridden", role: key, instead: col });
    }
    header.columns[key] = col;
    header.quarterColumns = header.quarterColumns.filter((qc) => qc.column !== col);
    header.periodTargets = header.periodTargets.filter((pt) => pt.column !== col);
    header.statusCandidates = header.statusCandidates.filter((s) => s.column !== col);
    if (header.thresholdAsTarget === col && key !== "target") header.thresholdAsTarget = null;
    header.unused.delete(col);
    const entry = header.entries.find((e) => e.column === col);
    if (entry) {
      entry.role = key;
      entry.evidence = "set by the analyst";
    } else
      header.entries.push({ column: col, heading: "", role: key, evidence: "set by the analyst" });
  }
  for (const col of overrides.notUsed ?? []) if (validColumn(col)) dropColumn(header, col);
  applyPeriodOverrides(header, overrides.periods);
  header.entries.sort((a, b) => a.column - b.column);
}

/** A column set to "Not used": no role, no period, no target of any period. */
function dropColumn(header: HeaderFound, col: number): void {
  for (const key of Object.keys(header.columns) as ColumnKey[]) {
    if (header.columns[key] === col) delete header.columns[key];
  }
  header.quarterColumns = header.quarterColumns.filter((qc) => qc.column !== col);
  header.statusCandidates = header.statusCandidates.filter((s) => s.column !== col);
  header.periodTargets = header.periodTargets.filter((pt) => pt.column !== col);
  if (header.thresholdAsTarget === col) header.thresholdAsTarget = null;
  header.unused.delete(col);
  header.notes.delete(col);
  setRole(header, col, "notUsed", NOT_USED_BY_ANALYST);
}

/** `Threshold` alone is the target; beside a Target column it is the tolerance (docs/engine.md). */
function placeThreshold(header: HeaderFound, thresholds: number[]): void {
  for (const col of thresholds) {
    const { columns } = header;
    if (columns.target === undefined) {
      columns.target = col;
      header.thresholdAsTarget = col;
      setRole(
        header,
        col,
        "target",
        "from its heading: a Threshold with no Target column is the target"
      );
    } else if (columns.tolerance === undefined) {
      columns.tolerance = col;
      setRole(
        header,
        col,
        "tolerance",
        "from its heading: a Threshold beside a Target column is the tolerance"
      );
    } else {
      header.unused.set(col, {
        why: "thresholdExtra",
        role: "tolerance",
        instead: columns.tolerance,
      });
    }
  }
}

/** Headings that name the indicator alone but hold its code when a name column stands beside them. */
const CODE_LIKE = new Set(["kpi", "kpis"]);

/**
 * `KPI | Description`: docs/engine.md lists KPI as an indicator heading, but beside another name column and
 * with no ref column it holds the code (`KPI 01`), so it is read as the ref.
 */
function kpiCodeAsRef(header: HeaderFound): void {
  const nameCol = header.columns.indicator;
  if (header.columns.ref !== undefined || nameCol === undefined) return;
  const first = header.entries.find((e) => e.column === nameCol);
  if (!first || !CODE_LIKE.has(first.heading.toLowerCase().replace(/[^a-z]/g, ""))) return;
  const other = [...header.unused].find(([, u]) => u.why === "duplicate" && u.role === "indicator");
  if (!other) return;
  const [col] = other;
  header.unused.delete(col);
  header.columns.ref = nameCol;
  header.columns.indicator = col;
  setRole(header, nameCol, "ref");
  setRole(header, col, "indicator");
}

const IDENTITY: ReadonlySet<ColumnKey> = new Set(["ref", "indicator"]);

/**
 * True when a cell names the ref or indicator column, which every header row needs: rows without
 * one are passed over before any period is looked for (most rows above a table are titles).
 */
export function namesIdentity(cells: readonly CellValue[]): boolean {
  for (const raw of cells) {
    if (typeof raw !== "string" || raw.trim() === "") continue;
    const key = matchHeader(raw) ?? headingWordsRole(raw);
    if (key !== null && IDENTITY.has(key)) return true;
  }
  return false;
}

/** The analyst named the ref or indicator column: any row may then be the header. */
export function identityOverridden(overrides: ColumnOverrides | undefined): boolean {
  return validColumn(overrides?.ref) || validColumn(overrides?.indicator);
}

/** Reads one row as a header; null when it does not qualify. */
export function readHeaderRow(
  view: GridView,
  sheetRow: number,
  overrides: ColumnOverrides | undefined,
  context: HeaderContext = {}
): HeaderFound | null {
  const cells = context.cells ?? view.row(sheetRow);
  if (!identityOverridden(overrides) && !namesIdentity(cells)) return null;
  const formats = view.formatRow(sheetRow);
  const hint = context.yearHint ?? null;
  const found: HeaderFound = {
    row: sheetRow,
    columns: {},
    quarterColumns: [],
    statusCandidates: [],
    entries: [],
    unused: new Map(),
    thresholdAsTarget: null,
    periodTargets: [],
    yearFrom: null,
    notes: new Map(),
    byWords: new Set(),
  };
  const seenQuarters = new Set<string>();
  const thresholds: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const raw = cells[i];
    if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === ""))
      continue;
    const col = view.left + i;
    const format = formats?.[i];
    const dated = dateCellPeriod(raw, typeof format === "string" ? format : undefined);
    if (typeof raw !== "string" && !dated) {
      // A number or error beside the headings is still the analyst's: listed, not used.
      found.entries.push({ column: col, heading: String(raw), role: "notUsed" });
      continue;
    }
    const heading = typeof raw === "string" ? raw.trim() : (dated as Quarter).label;
    const entry: ColumnRoleEntry = { column: col, heading, role: "notUsed" };
    found.entries.push(entry);
    const quarter = dated ?? periodWithHint(heading, hint, found);
    if (quarter) {
      entry.evidence = dated ? "from its cell, a date shown as a month" : "from its heading";
      addPeriodColumn(found, entry, quarter, seenQuarters);
      continue;
    }
    const statusText = statusHeaderQuarterText(heading);
    const statusQuarter = statusText === null ? null : parsePeriod(statusText, hint?.fy ?? null);
    if (statusQuarter) {
      found.statusCandidates.push({ column: col, quarter: statusQuarter });
      entry.role = "status";
      continue;
    }
    if (isBareThreshold(heading)) {
      thresholds.push(col);
      continue;
    }
    const worded = readHeadingWords(heading, hint?.fy ?? null);
    if (worded?.period && placeWorded(found, entry, worded, seenQuarters)) continue;
    const exact = matchHeader(heading);
    const key = exact ?? headingWordsRole(heading);
    if (!key) continue;
    entry.evidence = exact ? "from its heading" : "from its heading's words";
    if (!exact) found.byWords.add(col);
    const holder = found.columns[key];
    if (holder === undefined) {
      found.columns[key] = col;
      entry.role = key;
    } else if (exact && found.byWords.has(holder)) {
      // A heading that names the role outright wins over one read from its words (`Tgt`).
      found.columns[key] = col;
      entry.role = key;
      setRole(found, holder, "notUsed", "not used: another heading names this role outright");
      found.unused.set(holder, { why: "duplicate", role: key, instead: col });
    } else if (key === "direction" || key === "ownRating") {
      // Several trend or rating columns (short and long trend) are all the analyst's: read, kept.
      entry.role = key;
    } else {
      found.unused.set(col, { why: "duplicate", role: key, instead: found.columns[key] ?? null });
    }
  }
  keepOneKind(found);
  settlePeriodTargets(found);
  placeThreshold(found, thresholds);
  kpiCodeAsRef(found);
  applyOverrides(found, overrides);
  const named = found.columns.ref !== undefined || found.columns.indicator !== undefined;
  if (!named || found.quarterColumns.length === 0) return null;
  found.quarterColumns.sort((a, b) => comparePeriods(a.quarter, b.quarter));
  return found;
}

/** A period heading; a yearless one (`Quarter 1`, `Apr`) takes the title's year, noted once. */
function periodWithHint(
  heading: string,
  hint: YearHint | null,
  found: HeaderFound
): Quarter | null {
  const own = parsePeriod(heading);
  if (own || hint === null) return own;
  const hinted = parsePeriod(heading, hint.fy) ?? bareMonthPeriod(heading, hint.fy);
  if (hinted) found.yearFrom = hint;
  return hinted;
}

/**
 * One period-target column alone is the table's target column (as `Target 2022/23` always was);
 * beside a plain Target column, or with others, each applies to its own period.
 */
function settlePeriodTargets(found: HeaderFound): void {
  if (found.periodTargets.length === 1 && found.columns.target === undefined) {
    found.columns.target = found.periodTargets[0].column;
  }
}
