/**
 * The summary table (SPEC 6): contract indicators counted by status per service area, in the
 * order the areas first appear in the workbook, with a total row and whole-number percentages.
 */
import { normaliseForMatching } from "./textNormalise";
import {
  STATUS_ORDER,
  type Classification,
  type Indicator,
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
  const byArea = new Map<string, { area: string } & StatusCounts>();
  const total = { ...emptyCounts(), count: 0 };
  for (let i = 0; i < indicators.length; i++) {
    const indicator = indicators[i];
    if (indicator.type !== "contract") continue;
    const status = classifications[i].status;
    // Invisible characters do not make an area different (src/engine/textNormalise.ts).
    const key = normaliseForMatching(indicator.area);
    let row = byArea.get(key);
    if (!row) {
      row = { area: indicator.area, ...emptyCounts() };
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
