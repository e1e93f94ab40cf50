/**
 * The analyst's column choices from `--columns` and `--columns-file` (docs/cli.md, Naming columns
 * by hand), resolved against the workbook: letters are checked against the sheet, heading text is
 * found on the header row — also on a sheet refused for want of a period, whose header row the
 * refusal names. The result is the one structure of engine/columnChoices.ts. Any problem is one
 * line (exit 1).
 */
import type { ColumnRoleEntry, EngineOptions, WorkbookGrid } from "../engine/types";
import { inspectWorkbook } from "../engine/run";
import { normaliseHeader } from "../engine/headers";
import { columnLetters } from "../engine/address";
import { periodKind } from "../engine/periods";
import {
  COLUMN_ROLES,
  parseColumnChoice,
  withColumnChoice,
  type ColumnChoices,
} from "../engine/columnChoices";
import { columnLettersOnly, columnOrHeading, roleOf, type GivenColumn } from "./columnsArg";
import { decodeText, excerpt, readInputFile } from "./inputFile";

/** A column map is a few lines; anything larger is not one (issue 21). */
export const COLUMNS_FILE_MAX_BYTES = 1024 * 1024;

export type Resolved =
  { ok: true; choices: ColumnChoices | undefined } | { ok: false; message: string };

/**
 * `{"target": "G", "tolerance": "Amber threshold"}` (role: column) and `{"E": "2006/07",
 * "F": "target 2007/08"}` (column: choice), mixed freely, or the same under a `columns` key.
 */
export function readColumnsFile(
  file: string
): { ok: true; given: GivenColumn[] } | { ok: false; message: string } {
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
      message: `--columns-file: ${file} must hold an object of role: column pairs, such as {"target": "G"}, or column: period pairs, such as {"E": "2006/07"}.`,
    };
  const given: GivenColumn[] = [];
  for (const [name, value] of Object.entries(inner as Record<string, unknown>)) {
    const key = roleOf(name);
    const column = typeof value === "string" ? columnOrHeading(value) : null;
    if (key && column !== null) {
      given.push({ column, choice: { role: key } });
      continue;
    }
    const letters = columnLettersOnly(name);
    const choice = letters !== null && typeof value === "string" ? parseColumnChoice(value) : null;
    if (letters !== null && choice?.ok) {
      given.push({ column: letters, choice: choice.choice });
      continue;
    }
    return {
      ok: false,
      message: `--columns-file: "${excerpt(name)}": ${excerpt(JSON.stringify(value) ?? "")} is neither a role and a column (roles: ${COLUMN_ROLES.join(", ")}; columns as letters or heading text) nor a column and its period (such as "E": "2006/07" or "F": "target 2007/08").`,
    };
  }
  return { ok: true, given };
}

function sheetWidth(grid: WorkbookGrid, sheet: string): number {
  const found = grid.sheets.find((s) => s.name === sheet);
  if (!found) return Infinity;
  return found.left + Math.max(0, ...found.values.map((row) => row.length));
}

/** The header row's headings: the table's, or those of the sheet refused for want of a period. */
function headerOf(
  grid: WorkbookGrid,
  options: EngineOptions
): { sheet: string; row: number; roles: ColumnRoleEntry[] } | null {
  const inspected = inspectWorkbook(grid, { sheet: options.sheet });
  if (inspected.ok)
    return {
      sheet: inspected.sheet,
      row: inspected.layout.headerRow,
      roles: inspected.layout.columnRoles ?? [],
    };
  const rescue = inspected.failure.rescue;
  return rescue ? { sheet: rescue.sheet, row: rescue.headerRow, roles: rescue.columns } : null;
}

/** Letters and headings → 0-based columns; the command line wins over the file. */
export function resolveColumns(
  grid: WorkbookGrid,
  options: EngineOptions,
  fromFile: readonly GivenColumn[],
  fromArgs: readonly GivenColumn[]
): Resolved {
  const given = [...fromFile, ...fromArgs];
  if (given.length === 0) return { ok: true, choices: undefined };
  const header = headerOf(grid, options);
  let choices: ColumnChoices = {};
  for (const { column, choice } of given) {
    const what = choice.role === "period" ? "the period" : choice.role;
    let index: number;
    if (typeof column === "number") {
      if (header && column >= sheetWidth(grid, header.sheet))
        return {
          ok: false,
          message: `--columns: column ${columnLetters(column)} for ${what} is beyond the last used column of sheet "${header.sheet}".`,
        };
      index = column;
    } else {
      const wanted = normaliseHeader(column);
      const entry = header?.roles.find((e) => normaliseHeader(e.heading) === wanted);
      if (!header || !entry)
        return {
          ok: false,
          message: header
            ? `--columns: no heading "${column}" on the header row of sheet "${header.sheet}" (row ${header.row + 1}) for ${what}; give the column letter instead.`
            : `--columns: no header row was found to look up the heading "${column}"; give the column letter instead.`,
        };
      index = entry.column;
    }
    choices = withColumnChoice(choices, index, choice);
  }
  const kinds = new Set(
    given.flatMap((g) =>
      g.choice.role === "period" && g.choice.kind === "result" ? [periodKind(g.choice.period)] : []
    )
  );
  if (kinds.size > 1)
    return {
      ok: false,
      message: `--columns: the periods named mix ${[...kinds].join("s and ")}s; a table is read in one kind of period — name every period column as a ${[...kinds][0]} or every one as a ${[...kinds][1]}.`,
    };
  return { ok: true, choices };
}
