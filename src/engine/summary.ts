/**
 * The summary table (docs/workbook-output.md): contract indicators counted by status per service area, in the
 * order the areas first appear in the workbook, with a total row and whole-number percentages.
 */
import { normaliseForMatching } from "./textNormalise";
import {
  STATUS_ORDER,
  type Classification,
  type Indicator,
  type Status,
  type StatusCounts,
  type Summary,
} from "./types";
import { largestRemainder } from "./largestRemainder";

export function emptyCounts(): StatusCounts {
  return { outsideTolerance: 0, insideTolerance: 0, onTarget: 0, noTarget: 0, notClassified: 0 };
}

/** Counts contract indicators only; volumetric rows are context and never counted. */
export function summarise(
  indicators: readonly Indicator[],
  classifications: readonly Classification[]
): Summary {
  const areas: string[] = [];
  const statuses: Status[] = [];
  for (let i = 0; i < indicators.length; i++) {
    if (indicators[i].type !== "contract") continue;
    areas.push(indicators[i].area);
    statuses.push(classifications[i].status);
  }
  return summariseStatuses(statuses, areas);
}

/**
 * The table from statuses and their areas (same order): counts by area in the order the areas
 * first appear, the total, and whole-number percentages by the largest-remainder method. Used by
 * the run and by =PERF.SUMMARY, so a dashboard built on the function shows the report's figures.
 */
export function summariseStatuses(statuses: readonly Status[], areas: readonly string[]): Summary {
  const byArea = new Map<string, { area: string } & StatusCounts>();
  const total = { ...emptyCounts(), count: 0 };
  for (let i = 0; i < statuses.length; i++) {
    const status = statuses[i];
    const area = areas[i];
    // Invisible characters do not make an area different (src/engine/textNormalise.ts).
    const key = normaliseForMatching(area);
    let row = byArea.get(key);
    if (!row) {
      row = { area, ...emptyCounts() };
      byArea.set(key, row);
    }
    row[status]++;
    total[status]++;
    total.count++;
  }
  const shares = largestRemainder(STATUS_ORDER.map((s) => total[s]));
  const percent = emptyCounts();
  STATUS_ORDER.forEach((s, i) => (percent[s] = shares[i]));
  return { areas: [...byArea.values()], total, percent };
}
