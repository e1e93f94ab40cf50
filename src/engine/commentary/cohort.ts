/**
 * Small cohorts (docs/commentary.md): a denominator under the threshold (default 10) adds a caution, and no
 * streaks or runs are claimed, because a single case can move such a measure across a band.
 */
import type { IndicatorContext } from "./context";
import { formatSourced } from "./numberText";
import { sentence, type Sentence } from "./sentence";
import { nounOf } from "./periodWords";

export function cohortCaution(ctx: IndicatorContext): Sentence | null {
  const denominator = ctx.indicator.denominator;
  if (!ctx.smallCohort || !denominator) return null;
  return sentence(
    `Caution: the cohort is small (${formatSourced(denominator)}), so a few cases can move this figure; no run of ${nounOf(ctx.history)}s is claimed.`,
    denominator.cell
  );
}
