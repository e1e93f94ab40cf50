/**
 * The analyst's column roles from `--columns` and `--columns-file` (SPEC 2a), resolved against
 * the workbook: letters are checked against the sheet, heading text is found on the header row.
 * Any problem is one line (exit 1).
 */
import { decodeText, excerpt, readInputFile } from "./inputFile";
import type { ColumnKey, EngineOptions, WorkbookGrid } from "../engine/types";
import { inspectWorkbook } from "../engine/run";
import { normaliseHeader } from "../engine/headers";
import { columnLetters } from "../engine/address";
import { COLUMN_ROLES, columnOrHeading, roleOf } from "./columnsArg";

/** A role map is a few lines; anything larger is not one (issue 21). */
export const COLUMNS_FILE_MAX_BYTES = 1024 * 1024;

type Overrides = Partial<Record<ColumnKey, number>>;
type Given = Partial<Record<ColumnKey, number | string>>;

export type Resolved =
  { ok: true; overrides: Overrides | undefined } | { ok: false; message: string };

/** `{"target": "G", "tolerance": "Amber threshold"}`, or the same under a `columns` key. */
export function readColumnsFile(
  file: string
): { ok: true; given: Given } | { ok: false; message: string } {
  const read = readInputFile(file, COLUMNS_FILE_MAX_BYTES);
  if (!read.ok)
    return { ok: false, message: `--columns-file: ${file} cannot be read: ${read.why}.` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeText(read.bytes));
  } catch {
    return { ok: false, message: `--columns-file: ${file} is not valid JSON.` };
  }
  const inner =
    parsed && typeof parsed === "object" && "columns" in parsed
      ? (parsed as { columns: unknown }).columns
      : parsed;
  if (!inner || typeof inner !== "object" || Array.isArray(inner))
    return {
      ok: false,
      message: `--columns-file: ${file} must hold an object of role: column pairs, such as {"target": "G"}.`,
    };
  const given: Given = {};
  for (const [role, value] of Object.entries(inner as Record<string, unknown>)) {
    const key = roleOf(role);
    const column = typeof value === "string" ? columnOrHeading(value) : null;
    if (!key || column === null)
      return {
        ok: false,
        message: `--columns-file: "${excerpt(role)}": ${excerpt(JSON.stringify(value) ?? "")} is not a role and a column (roles: ${COLUMN_ROLES.join(", ")}; columns as letters or heading text).`,
      };
    given[key] = column;
  }
  return { ok: true, given };
}

function sheetWidth(grid: WorkbookGrid, sheet: string): number {
  const found = grid.sheets.find((s) => s.name === sheet);
  if (!found) return Infinity;
  return found.left + Math.max(0, ...found.values.map((row) => row.length));
}

/** Letters and headings → 0-based columns; the command line wins over the file. */
export function resolveColumns(
  grid: WorkbookGrid,
  options: EngineOptions,
  fromFile: Given,
  fromArgs: Given
): Resolved {
  const given: Given = { ...fromFile, ...fromArgs };
  const keys = Object.keys(given) as ColumnKey[];
  if (keys.length === 0) return { ok: true, overrides: undefined };
  const inspected = inspectWorkbook(grid, { sheet: options.sheet });
  if (!inspected.ok) return { ok: true, overrides: numbersOnly(given) };
  const roles = inspected.layout.columnRoles ?? [];
  const width = sheetWidth(grid, inspected.sheet);
  const overrides: Overrides = {};
  for (const key of keys) {
    const column = given[key] as number | string;
    if (typeof column === "number") {
      if (column >= width)
        return {
          ok: false,
          message: `--columns: column ${columnLetters(column)} for ${key} is beyond the last used column of sheet "${inspected.sheet}".`,
        };
      overrides[key] = column;
      continue;
    }
    const wanted = normaliseHeader(column);
    const entry = roles.find((e) => normaliseHeader(e.heading) === wanted);
    if (!entry)
      return {
        ok: false,
        message: `--columns: no heading "${column}" on the header row of sheet "${inspected.sheet}" (row ${inspected.layout.headerRow + 1}) for ${key}; give the column letter instead.`,
      };
    overrides[key] = entry.column;
  }
  return { ok: true, overrides };
}

function numbersOnly(given: Given): Overrides {
  const out: Overrides = {};
  for (const key of Object.keys(given) as ColumnKey[]) {
    const column = given[key];
    if (typeof column === "number") out[key] = column;
  }
  return out;
}
