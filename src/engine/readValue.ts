/**
 * Turns one cell into a SourcedNumber (or none), recording what the cell held and any finding
 * about it. Findings are kept pending until the chosen quarter is known, because a problem blocks
 * classification only in the cells the rating uses.
 */
import type { CellValue, Finding, SourcedNumber, UnitKind } from "./types";
import { readCellNumber, toPercentagePoints } from "./cellNumber";
import { formatInfo, generalDecimals } from "./numberFormat";
import { findings, type Where } from "./findings";
import { rangeViolation } from "./units";
import { columnLetters } from "./address";
import { splitRatedValue } from "./valueRating";

/** What a cell held, one small integer per quarter cell (kept in a typed array). */
export const CELL = {
  empty: 0,
  number: 1,
  noValue: 2,
  suppressed: 3,
  error: 4,
  notNumber: 5,
  outOfRange: 6,
} as const;

/** Pending finding: `quarterPos` >= 0 ties it to a quarter column; ALWAYS/NEVER fix its weight. */
export const ALWAYS_BLOCKS = -1;
export const NEVER_BLOCKS = -2;

export interface PendingFinding {
  quarterPos: number;
  make(blocking: boolean): Finding;
}

export interface CellContext {
  unit: UnitKind;
  /** "the value for Q2 2018/19", "the target"... used in messages. */
  what: string;
  quarterPos: number;
  /** Range-check the value for the unit (off for band sizes and benchmarks of other units). */
  checkRange: boolean;
  /** Warn when a count is not a whole number. */
  checkInteger: boolean;
  /** The cell, for findings: 0-based sheet row and column, `Sheet!` prefix and the row's ref. */
  row: number;
  col: number;
  sheetPrefix: string;
  ref: string;
  pending: PendingFinding[];
  /** Set by readSourced: a CELL code. */
  kind: number;
}

/** The row a finding is about: 0-based sheet row, `Sheet!` prefix and the row's ref. */
export interface CellPlace {
  row: number;
  sheetPrefix: string;
  ref: string;
}

/** The Where of one cell of a row. */
export function whereAtColumn(place: CellPlace, col: number): Where {
  const local = columnLetters(col) + (place.row + 1);
  return { cell: place.sheetPrefix + local, local, ref: place.ref || undefined };
}

/** A lazily built Where for the context's current cell (addresses are only built for findings). */
export function whereOf(
  ctx: Pick<CellContext, "row" | "col" | "sheetPrefix" | "ref">
): () => Where {
  const { row, col, sheetPrefix, ref } = ctx;
  return () => whereAtColumn({ row, sheetPrefix, ref }, col);
}

export function readSourced(
  raw: CellValue | undefined,
  format: string | undefined,
  cell: string,
  ctx: CellContext
): SourcedNumber | null {
  // Hot path: a number inside its range (most cells). No allocation but the result.
  if (typeof raw === "number" && Number.isFinite(raw)) {
    const info = formatInfo(format);
    const value = info.percent ? toPercentagePoints(raw) : raw;
    const inRange = !ctx.checkRange || rangeViolation(ctx.unit, value) === null;
    const whole = !ctx.checkInteger || ctx.unit !== "count" || Number.isInteger(value);
    if (inRange && whole) {
      ctx.kind = CELL.number;
      const decimals = info.decimals >= 0 ? info.decimals : generalDecimals(value);
      return { value, cell, decimals, percent: info.percent || ctx.unit === "percent" };
    }
  }
  let read = readCellNumber(raw ?? null, format);
  // `711 (GREEN)`: the figure is the value, the words the sheet's own rating (kept, compared).
  const rated = read.kind === "notNumber" ? splitRatedValue(read.text) : null;
  const figure = rated === null ? null : readCellNumber(rated.figure, format);
  if (rated !== null && figure !== null && figure.kind === "number") read = figure;
  if (read.kind === "empty") {
    ctx.kind = CELL.empty;
    return null;
  }
  if (read.kind === "noValue") {
    ctx.kind = CELL.noValue;
    return null;
  }
  // From here on the cell may need a finding: capture everything it needs now.
  const { quarterPos, pending, what } = ctx;
  const where = whereOf(ctx);
  switch (read.kind) {
    case "suppressed":
      ctx.kind = CELL.suppressed;
      pending.push({ quarterPos, make: () => findings.suppressed(where(), what, read.symbol) });
      return null;
    case "error":
      ctx.kind = CELL.error;
      pending.push({ quarterPos, make: (b) => findings.errorValue(where(), what, read.error, b) });
      return null;
    case "notNumber":
      ctx.kind = CELL.notNumber;
      pending.push({ quarterPos, make: (b) => findings.notNumber(where(), what, read.text, b) });
      return null;
    default:
      break;
  }
  if (read.fromText && rated === null) {
    const text = typeof raw === "string" ? raw.trim() : String(raw);
    pending.push({
      quarterPos,
      make: () => findings.numberAsText(where(), what, text, read.value),
    });
  }
  if (ctx.checkRange) {
    const broken = rangeViolation(ctx.unit, read.value);
    if (broken !== null) {
      ctx.kind = CELL.outOfRange;
      pending.push({
        quarterPos,
        make: (b) => findings.outOfRange(where(), what, read.value, broken, b),
      });
      return null;
    }
  }
  if (ctx.checkInteger && ctx.unit === "count" && !Number.isInteger(read.value)) {
    pending.push({ quarterPos, make: () => findings.notInteger(where(), what, read.value) });
  }
  ctx.kind = CELL.number;
  const number: SourcedNumber = {
    value: read.value,
    cell,
    decimals: read.decimals,
    percent: read.percent || ctx.unit === "percent",
  };
  if (rated !== null) number.ownRating = { status: rated.status, words: rated.words };
  return number;
}
