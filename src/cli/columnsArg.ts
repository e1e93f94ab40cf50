/**
 * `--columns target=G,tolerance=H` (SPEC 2a): the analyst corrects a column's role on the command
 * line, as in the task pane. Letters are sheet columns; the override wins over the headings.
 */
import type { ColumnKey } from "../engine/types";

export const COLUMN_ROLES: readonly ColumnKey[] = [
  "ref",
  "indicator",
  "area",
  "type",
  "polarity",
  "unit",
  "target",
  "tolerance",
  "national",
  "statNeighbours",
  "regional",
  "numerator",
  "denominator",
  "direction",
  "ownRating",
];

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
    }
  | { ok: false; message: string };

/** A role name in any case (`statneighbours`), or undefined. */
export function roleOf(text: string): ColumnKey | undefined {
  return COLUMN_ROLES.find((r) => r.toLowerCase() === text.trim().toLowerCase());
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

/** Parsed overrides, or the one-line problem to show. */
export function parseColumnsArg(text: string): ColumnsParsed {
  const overrides: Partial<Record<ColumnKey, number>> = {};
  const headings: Partial<Record<ColumnKey, string>> = {};
  for (const part of text.split(",")) {
    const [role, given, extra] = part.split("=").map((s) => s.trim());
    const key = roleOf(role ?? "");
    const column = given === undefined ? null : columnOrHeading(given);
    if (!key || column === null || extra !== undefined)
      return {
        ok: false,
        message: `--columns takes role=COLUMN pairs such as target=G,tolerance=H (roles: ${COLUMN_ROLES.join(", ")}); "${part.trim()}" is not one.`,
      };
    if (typeof column === "number") overrides[key] = column;
    else headings[key] = column;
  }
  return Object.keys(headings).length > 0
    ? { ok: true, overrides, headings }
    : { ok: true, overrides };
}
