/**
 * What =PERF.STATUS, =PERF.DIRECTION and =PERF.SUMMARY compute, with no Office in sight: each takes
 * the arguments as Excel passes them (plus each cell's number format and address when known) and
 * calls the engine. Nothing here rates, words or counts anything itself (docs/custom-functions.md).
 * Input a function cannot use throws FunctionInputError; functions.ts turns it into #VALUE! with
 * its message.
 */
import { rateCells, type RatedCell } from "../engine/cellRating";
import { readCellNumber } from "../engine/cellNumber";
import { changeOfTravel, changePhrase } from "../engine/commentary/direction";
import { parsePolarity } from "../engine/polarity";
import { NO_AREA_ALL, NO_AREA_OTHER } from "../engine/read";
import { summariseStatuses } from "../engine/summary";
import { summaryTable, tableStatuses } from "../engine/summarySheet";
import { VOLUMETRIC_LABEL } from "../engine/writePlan";
import { localAddress, parseCellAddress } from "../engine/address";
import {
  STATUS_LABEL,
  type CellValue,
  type Polarity,
  type SourcedNumber,
  type Status,
  type ToleranceMode,
} from "../engine/types";

/** Input the function cannot use: shown as #VALUE! with this message (plain text). */
export class FunctionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FunctionInputError";
  }
}

/** One argument: what Excel passed, and, when it came from a cell, that cell's format and address. */
export interface Argument {
  value: unknown;
  /** The cell's number format ("0%"): the engine reads 0.91 in a % cell as 91%. */
  format?: string | null;
  /** `Indicators!N5`, when the argument is a cell reference. */
  address?: string | null;
}

const MODES: readonly ToleranceMode[] = ["threshold", "points", "percent"];

/** A single value as the engine's cells hold it (an empty cell or omitted argument is null). */
function cellValue(raw: unknown, name: string): CellValue {
  if (raw === null || raw === undefined || raw === "") return null;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  if (Array.isArray(raw)) {
    // Excel passes a one-cell range as [[x]]; a bigger one is not one figure.
    if (raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1)
      return cellValue(raw[0][0], name);
    throw new FunctionInputError(`The ${name} must be one cell or value, not a range.`);
  }
  // A cell holding a data type (a formatted number, an entity) comes as its card: its plain value.
  const basic = (raw as { basicValue?: unknown }).basicValue;
  if (basic !== undefined && typeof basic !== "object") return cellValue(basic, name);
  throw new FunctionInputError(`The ${name} is not a value Excel can hold in a cell.`);
}

function rated(arg: Argument, name: string): RatedCell {
  return {
    value: cellValue(arg.value, name),
    format: arg.format ?? null,
    label: arg.address ? arg.address : name,
  };
}

function toleranceMode(arg: Argument | undefined): ToleranceMode {
  const value = arg === undefined ? null : cellValue(arg.value, "mode");
  if (value === null) return "threshold";
  const mode = String(value).trim().toLowerCase();
  if ((MODES as readonly string[]).includes(mode)) return mode as ToleranceMode;
  throw new FunctionInputError(
    `The mode "${String(value)}" is not a tolerance mode — use "threshold" (the tolerance is the worst value still inside it), "points" or "percent" (a band around the target), or leave it out.`
  );
}

/**
 * =PERF.STATUS: the status label the Classify button would write for these cells, or
 * "Not classified: <why>" with the reason the Challenge pane gives.
 */
export function perfStatus(
  value: Argument,
  target: Argument,
  tolerance: Argument,
  polarity: Argument,
  mode?: Argument
): string {
  const rating = rateCells({
    value: rated(value, "value"),
    target: rated(target, "target"),
    tolerance: rated(tolerance, "tolerance"),
    polarity: rated(polarity, "polarity"),
    mode: toleranceMode(mode),
  });
  return rating.status === "notClassified"
    ? `${STATUS_LABEL.notClassified}: ${rating.reason ?? "the row has an error."}`
    : STATUS_LABEL[rating.status];
}

type Figure = { kind: "number"; number: SourcedNumber } | { kind: "none" };

/** A figure as the engine reads a cell: `91%` text, a % format, n/a and blanks (none). */
function figure(arg: Argument, name: string): Figure {
  const cell = rated(arg, name);
  const read = readCellNumber(cell.value, cell.format);
  switch (read.kind) {
    case "number":
      return {
        kind: "number",
        number: {
          value: read.value,
          cell: cell.label,
          decimals: read.decimals,
          percent: read.percent,
        },
      };
    case "empty":
    case "noValue":
    case "suppressed":
      return { kind: "none" };
    case "error":
      throw new FunctionInputError(`${cell.label}: the ${name} is the error ${read.error}.`);
    default:
      throw new FunctionInputError(
        `${cell.label}: the ${name} is "${read.text}", which is not a number — type the figure, or n/a if there is none.`
      );
  }
}

/** The polarity for a direction: null for an information-only measure (it rises or falls). */
function travelPolarity(arg: Argument): Polarity | null {
  const cell = rated(arg, "polarity");
  const read = parsePolarity(cell.value === null ? "" : String(cell.value));
  switch (read.kind) {
    case "known":
      return read.polarity;
    case "info":
      return null;
    case "blank":
      throw new FunctionInputError(
        `${cell.label}: the polarity is blank, so improving cannot be told from declining — type Higher is better or Lower is better (or Info for a measure that is only reported).`
      );
    default:
      throw new FunctionInputError(
        `${cell.label}: polarity "${read.text}" is not one the engine rates — type Higher is better or Lower is better.`
      );
  }
}

/** The band a change is measured against, in the figures' units (percentage points for %). */
function travelBand(arg: Argument | undefined): number | null {
  if (arg === undefined) return null;
  const read = figure(arg, "band");
  if (read.kind === "none") return null;
  if (read.number.value < 0)
    throw new FunctionInputError(
      `${read.number.cell}: the band ${read.number.value} is negative — a band is a size; type it without a minus sign.`
    );
  return read.number.value;
}

/**
 * =PERF.DIRECTION: "Improved slightly", "Declined significantly", "Unchanged" … — the direction
 * and size words of the commentary (Increased/Decreased for an information-only measure).
 */
export function perfDirection(
  current: Argument,
  previous: Argument,
  polarity: Argument,
  band?: Argument
): string {
  const now = figure(current, "current figure");
  const before = figure(previous, "previous figure");
  const rules = { polarity: travelPolarity(polarity), band: travelBand(band) };
  if (now.kind === "none") return "No figure this period";
  if (before.kind === "none") return "No previous figure";
  const { change } = changeOfTravel(now.number, before.number, rules, rules.polarity === null);
  return change.kind === "noChange" ? "Unchanged" : changePhrase(change);
}

/** A status label back to its status ("Not classified: …" included); null for a blank cell. */
function statusOfLabel(raw: CellValue): Status | "volumetric" | "unknown" | null {
  if (raw === null) return null;
  const text = String(raw).trim().toLowerCase();
  if (text === "") return null;
  if (text === VOLUMETRIC_LABEL.toLowerCase()) return "volumetric";
  for (const status of Object.keys(STATUS_LABEL) as Status[])
    if (text === STATUS_LABEL[status].toLowerCase()) return status;
  if (text.startsWith(`${STATUS_LABEL.notClassified.toLowerCase()}:`)) return "notClassified";
  return "unknown";
}

/** The cells of a range argument, row by row (a single value is a one-cell range). */
function cellsOf(raw: unknown): unknown[][] {
  if (Array.isArray(raw)) return raw.map((row) => (Array.isArray(row) ? row : [row]));
  return [[raw]];
}

/** `Sheet!N7` for the cell at (r, c) of a range argument whose address is known. */
function cellLabel(address: string | null | undefined, r: number, c: number, name: string): string {
  const bang = address ? address.lastIndexOf("!") : -1;
  const start = address ? parseCellAddress(address.split(":")[0]) : null;
  if (!address || !start) return `the ${name} (row ${r + 1})`;
  return address.slice(0, bang + 1) + localAddress(start.row + r, start.col + c);
}

/**
 * =PERF.SUMMARY: the summary table of the Challenge summary sheet, for the statuses given (the
 * labels PERF.STATUS returns or the status column the add-in writes), by area when areas are given:
 * counts per area, the total and the largest-remainder percentages. Blank and volumetric rows are
 * not counted, as in the report.
 */
export function perfSummary(statuses: Argument, areas?: Argument): (string | number)[][] {
  const statusCells = cellsOf(statuses.value);
  const areaCells = areas === undefined ? null : cellsOf(areas.value);
  if (
    areaCells &&
    (areaCells.length !== statusCells.length ||
      areaCells.some((row, r) => row.length !== statusCells[r].length))
  )
    throw new FunctionInputError(
      `The areas must be a range the same size as the statuses (${statusCells.length} × ${statusCells[0]?.length ?? 0}).`
    );
  const counted: Status[] = [];
  const areaNames: string[] = [];
  statusCells.forEach((row, r) =>
    row.forEach((raw, c) => {
      const value = cellValue(raw, "status");
      const status = statusOfLabel(value);
      if (status === "unknown")
        throw new FunctionInputError(
          `${cellLabel(statuses.address, r, c, "statuses")}: "${String(value)}" is not a status — use the labels PERF.STATUS gives (On or better than target, Inside tolerance, Outside tolerance, No target specified, Not classified: …).`
        );
      if (status === null || status === "volumetric") return;
      counted.push(status);
      const area = areaCells ? cellValue(areaCells[r][c], "area") : null;
      areaNames.push(area === null ? "" : String(area).trim());
    })
  );
  // As the reader names rows with no area: the whole table, or those outside any area.
  const anyArea = areaNames.some((a) => a !== "");
  const named = areaNames.map((a) => (a !== "" ? a : anyArea ? NO_AREA_OTHER : NO_AREA_ALL));
  const summary = summariseStatuses(counted, named);
  return summaryTable(summary, tableStatuses(summary)).map((row) =>
    row.map((v) => (v === null || v === undefined ? "" : v))
  );
}
