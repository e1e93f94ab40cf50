/**
 * Places a heading that names a period among other words (docs/periods.md, "How a heading is
 * read"): a result is a period column, a target a target for that period, a rating the sheet's own
 * rating for it, a benchmark the benchmark column; a forecast is listed and never read as a
 * figure, and a heading whose words pull two ways is listed with the reason.
 */
import type { ColumnRoleEntry, Quarter } from "./types";
import type { HeaderFound } from "./headerRow";
import type { HeadingRead } from "./headingWords";

/** A heading naming a period that is not a figure for it, for the findings. */
export type HeadingNote =
  | { kind: "forecast"; period: string }
  | { kind: "notPlaced"; period: string; why: string }
  /** Placed from its entries (contentRoles.ts). */
  | { kind: "content"; role: string; evidence: string }
  /** Heading and entries disagree. */
  | { kind: "conflict"; headingSays: string; contentSays: string; read: string };

/** The evidence of a column the analyst set to Not used: nothing else may place it. */
export const NOT_USED_BY_ANALYST = "set to Not used by the analyst";

/** A result column for `quarter`; a repeated period keeps the first column. */
export function addPeriodColumn(
  found: HeaderFound,
  entry: ColumnRoleEntry,
  quarter: Quarter,
  seen: Set<string>
): void {
  if (seen.has(quarter.label)) {
    const first = found.quarterColumns.find((q) => q.quarter.label === quarter.label);
    found.unused.set(entry.column, {
      why: "duplicateQuarter",
      role: quarter.label,
      instead: first ? first.column : null,
    });
    return;
  }
  seen.add(quarter.label);
  found.quarterColumns.push({ quarter, column: entry.column });
  entry.role = "period";
}

function quoted(words: readonly string[]): string {
  return words.map((w) => `"${w}"`).join(", ");
}

/** Why the words were read as a result: the words that say so, else that nothing contradicts it. */
function resultEvidence(read: HeadingRead): string {
  if (read.roleWords.length > 0) return `from its heading: ${quoted(read.roleWords)} is a result`;
  if (read.otherWords.length > 0)
    return `from its heading; ${quoted(read.otherWords)} read as a result, as nothing says otherwise`;
  return "from its heading";
}

function fromWords(read: HeadingRead): string {
  return `from ${quoted(read.roleWords)} in its heading`;
}

/** True when the heading was placed (or deliberately left unread); false to try other readings. */
export function placeWorded(
  found: HeaderFound,
  entry: ColumnRoleEntry,
  read: HeadingRead,
  seen: Set<string>
): boolean {
  const period = read.period as Quarter;
  const label = period.label;
  const col = entry.column;
  switch (read.role) {
    case "result":
      entry.evidence = resultEvidence(read);
      addPeriodColumn(found, entry, period, seen);
      return true;
    case "target":
      found.periodTargets.push({ column: col, period });
      entry.role = "target";
      entry.evidence = fromWords(read);
      return true;
    case "rating":
      found.statusCandidates.push({ column: col, quarter: period });
      entry.role = "status";
      entry.evidence = fromWords(read);
      return true;
    case "direction":
      if (found.columns.direction === undefined) found.columns.direction = col;
      entry.role = "direction";
      entry.evidence = fromWords(read);
      return true;
    case "benchmark":
    case "tolerance": {
      const key = read.role === "tolerance" ? "tolerance" : read.benchmark;
      // A benchmark the product does not compare (`Comparator 2021/22`) is reported as such.
      if (key === null) return false;
      if (found.columns[key] === undefined) {
        found.columns[key] = col;
        entry.role = key;
        entry.evidence = `${fromWords(read)}, for ${label}`;
      } else {
        found.unused.set(col, { why: "duplicate", role: key, instead: found.columns[key] ?? null });
      }
      return true;
    }
    case "forecast":
      entry.evidence = `${fromWords(read)}: a forecast for ${label}, never read as a result`;
      found.notes.set(col, { kind: "forecast", period: label });
      return true;
    case "comment":
      return true;
    case "column":
      // `Indicator (2021/22 definitions)`: the heading names another column; read it as such.
      return false;
    case "ambiguous":
      entry.evidence = `not read: it names ${label} but ${read.why ?? "its words pull two ways"}`;
      found.notes.set(col, {
        kind: "notPlaced",
        period: label,
        why: read.why ?? "its words pull two ways",
      });
      return true;
  }
}
