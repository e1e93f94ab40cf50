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

/** Parsed overrides, or the one-line problem to show. */
export function parseColumnsArg(
  text: string
): { ok: true; overrides: Partial<Record<ColumnKey, number>> } | { ok: false; message: string } {
  const overrides: Partial<Record<ColumnKey, number>> = {};
  for (const part of text.split(",")) {
    const [role, letters, extra] = part.split("=").map((s) => s.trim());
    const key = COLUMN_ROLES.find((r) => r.toLowerCase() === (role ?? "").toLowerCase());
    const column = letters === undefined ? null : columnIndex(letters);
    if (!key || column === null || extra !== undefined)
      return {
        ok: false,
        message: `--columns takes role=COLUMN pairs such as target=G,tolerance=H (roles: ${COLUMN_ROLES.join(", ")}); "${part.trim()}" is not one.`,
      };
    overrides[key] = column;
  }
  return { ok: true, overrides };
}
