/**
 * `--columns` (docs/cli.md, Naming columns by hand): the analyst sets a column's role, or names its
 * period and kind, on the command line as in the task pane. Two forms, mixed freely:
 *   role=COLUMN   `target=G`, `tolerance="Amber threshold"` (a heading's text)
 *   COLUMN=CHOICE `E=2006/07`, `F="target 2007/08"`, `G=indicator`, `H=not used`
 * Letters are sheet columns; the choice is read by engine/columnChoices.ts, the one rule for
 * every front end.
 */
import type { ColumnKey } from "../engine/types";
import {
  COLUMN_ROLES,
  parseColumnChoice,
  roleOf as choiceRoleOf,
  type ColumnChoice,
} from "../engine/columnChoices";

export { COLUMN_ROLES } from "../engine/columnChoices";

/** A column given as letters (0-based index) or heading text, and what the analyst chose for it. */
export interface GivenColumn {
  column: number | string;
  choice: ColumnChoice;
}

/** `G` → 6, `AA` → 26; null when not letters. */
function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export type ColumnsParsed =
  | {
      ok: true;
      overrides: Partial<Record<ColumnKey, number>>;
      /** Roles given by heading text (`target="Target 2022/23"`), resolved against the sheet. */
      headings?: Partial<Record<ColumnKey, string>>;
      /** `E=2006/07`, `F="target 2007/08"`, `G=indicator`: a choice per column. */
      choices?: GivenColumn[];
    }
  | { ok: false; message: string };

/** A role name in any case (`statneighbours`), or undefined. */
export function roleOf(text: string): ColumnKey | undefined {
  const role = choiceRoleOf(text);
  return role === "notUsed" ? undefined : role;
}

/**
 * A column given as letters (`G`) or as heading text (`Target 2022/23`; quoted when it is three
 * letters or fewer, `"Aim"`, so it is not read as a column). Digits alone are neither.
 */
export function columnOrHeading(text: string): number | string | null {
  const quoted = /^(["'])(.+)\1$/.exec(text.trim());
  if (quoted) return quoted[2].trim();
  const letters = columnIndex(text.trim());
  if (letters !== null) return letters;
  return /[A-Za-z]/.test(text) ? text.trim() : null;
}

/** `E` (letters, never a role name) → 4; null for anything else. */
export function columnLettersOnly(text: string): number | null {
  const trimmed = text.trim();
  return roleOf(trimmed) === undefined ? columnIndex(trimmed) : null;
}

const USAGE = `--columns takes role=COLUMN pairs such as target=G,tolerance=H (roles: ${COLUMN_ROLES.join(", ")}), or COLUMN=period pairs such as E=2006/07,F="target 2007/08",G=indicator`;

/** Parsed overrides, or the one-line problem to show. */
export function parseColumnsArg(text: string): ColumnsParsed {
  const overrides: Partial<Record<ColumnKey, number>> = {};
  const headings: Partial<Record<ColumnKey, string>> = {};
  const choices: GivenColumn[] = [];
  for (const part of text.split(",")) {
    const [left, given, extra] = part.split("=").map((s) => s.trim());
    const key = roleOf(left ?? "");
    if (key && given !== undefined && extra === undefined) {
      const column = columnOrHeading(given);
      if (column === null) return { ok: false, message: `${USAGE}; "${part.trim()}" is not one.` };
      if (typeof column === "number") overrides[key] = column;
      else headings[key] = column;
      continue;
    }
    const column = columnLettersOnly(left ?? "");
    if (column === null || given === undefined || extra !== undefined)
      return { ok: false, message: `${USAGE}; "${part.trim()}" is not one.` };
    const choice = parseColumnChoice(given);
    if (!choice.ok)
      return {
        ok: false,
        message: `--columns: for column ${left.toUpperCase()}, ${choice.message}.`,
      };
    choices.push({ column, choice: choice.choice });
  }
  return {
    ok: true,
    overrides,
    ...(Object.keys(headings).length > 0 ? { headings } : {}),
    ...(choices.length > 0 ? { choices } : {}),
  };
}
