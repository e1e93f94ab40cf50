/**
 * Period columns of one header (docs/periods.md): a table is read in one kind of period (the kind with
 * the most columns; quarters before months before years on a tie), and target columns named for a
 * period or a year (`Target 2022/23`, `Q2 target`, `Target Q2 2018/19`).
 */
import type { PeriodKind, Quarter } from "./types";
import type { HeaderFound } from "./headerRow";
import { parsePeriod, periodKind, yearlessQuarter } from "./periods";
import { makeQuarter } from "./quarters";

const KIND_PREFERENCE: readonly PeriodKind[] = ["quarter", "month", "year"];

/** Drops period columns of a minority kind (an annual outturn beside months): listed, not used. */
export function keepOneKind(found: HeaderFound): void {
  const counts = new Map<PeriodKind, number>();
  for (const qc of found.quarterColumns) {
    const kind = periodKind(qc.quarter);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  if (counts.size <= 1) return;
  let best: PeriodKind = "quarter";
  let most = -1;
  for (const kind of KIND_PREFERENCE) {
    const n = counts.get(kind) ?? 0;
    if (n > most) {
      best = kind;
      most = n;
    }
  }
  const dropped = found.quarterColumns.filter((qc) => periodKind(qc.quarter) !== best);
  found.quarterColumns = found.quarterColumns.filter((qc) => periodKind(qc.quarter) === best);
  for (const qc of dropped) {
    const entry = found.entries.find((e) => e.column === qc.column);
    if (entry) entry.role = "notUsed";
  }
}

const TARGET_FIRST = /^\s*(?:annual\s+)?target\s*(?:for\s*)?[-:(]?\s*(.+?)\)?\s*$/i;
const TARGET_LAST = /^\s*(.+?)\s*[-:]?\s*(?:annual\s+)?target\s*$/i;

/**
 * The period a target heading is for: `Target 2022/23` and `2022/23 target` (a year), `Q2 target`
 * (a quarter, year from the title), `Target Q2 2018/19`, `Target Mar 2017`; null for any other.
 */
export function targetPeriodOf(heading: string, fy: number | null): Quarter | null {
  const match = TARGET_FIRST.exec(heading) ?? TARGET_LAST.exec(heading);
  if (!match) return null;
  const rest = match[1].trim();
  if (rest === "" || /target/i.test(rest)) return null;
  const period = parsePeriod(rest, fy);
  if (period) return period;
  const q = yearlessQuarter(rest);
  return q !== null && fy !== null ? makeQuarter(fy, q) : null;
}
