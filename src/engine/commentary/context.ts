/**
 * The facts about one indicator that every sentence builder needs, worked out once: the series up
 * to the chosen quarter, the polarity in force and the width of the tolerance band.
 */
import type {
  Classification,
  Indicator,
  Polarity,
  Quarter,
  QuarterValue,
  SourcedNumber,
  Status,
} from "../types";
import { samePeriod } from "../periods";

export interface IndicatorContext {
  indicator: Indicator;
  classification: Classification;
  /** Series from the first quarter up to and including the chosen quarter. */
  history: QuarterValue[];
  current: SourcedNumber | null;
  /** Value of the quarter just before the chosen one, or null when absent or blank. */
  previous: QuarterValue | null;
  polarity: Polarity | null;
  /** |target − threshold| when both exist and differ; null otherwise. */
  band: number | null;
  /** True when a denominator under the small-cohort threshold is given. */
  smallCohort: boolean;
}

export function buildContext(
  indicator: Indicator,
  classification: Classification,
  quarter: Quarter,
  smallCohortThreshold: number
): IndicatorContext {
  const series = indicator.series;
  let index = -1;
  for (let k = 0; k < series.length; k++) {
    if (samePeriod(series[k].quarter, quarter)) {
      index = k;
      break;
    }
  }
  // Read-only: the whole series serves as the history when the chosen period is the last (no copy).
  const history =
    index < 0 ? [] : index === series.length - 1 ? series : series.slice(0, index + 1);
  const current = classification.value ?? (index >= 0 ? indicator.series[index].value : null);
  const before = index > 0 ? indicator.series[index - 1] : null;
  const target = indicator.target?.value ?? null;
  const threshold = indicator.threshold;
  const band =
    target !== null && threshold !== null && target !== threshold
      ? Math.abs(target - threshold)
      : null;
  const denominator = indicator.denominator?.value;
  return {
    indicator,
    classification,
    history,
    current,
    previous: before && before.value ? before : null,
    polarity: effectivePolarity(indicator),
    band,
    smallCohort: denominator !== undefined && denominator < smallCohortThreshold,
  };
}

/** The stated polarity, else the side the tolerance sits on (threshold below target → higher). */
export function effectivePolarity(indicator: Indicator): Polarity | null {
  if (indicator.polarity) return indicator.polarity;
  const target = indicator.target?.value;
  const threshold = indicator.threshold;
  if (target === undefined || threshold === null || target === threshold) return null;
  return threshold < target ? "higher" : "lower";
}

/** a is better than or equal to b, allowing 1e-9 relative for floating noise (docs/engine.md). */
export function isAtLeastAsGood(a: number, b: number, polarity: Polarity): boolean {
  const slack = 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  return polarity === "higher" ? a >= b - slack : a <= b + slack;
}

/** The status a value would get against this indicator's target and threshold (docs/engine.md rules). */
export function rateValue(
  value: number,
  indicator: Indicator,
  polarity: Polarity | null,
  inForce?: { target: SourcedNumber; threshold: number | null }
): Status {
  const target = inForce ? inForce.target.value : indicator.target?.value;
  const threshold = inForce ? inForce.threshold : indicator.threshold;
  if (target === undefined) return "noTarget";
  if (polarity === null) return "notClassified";
  if (isAtLeastAsGood(value, target, polarity)) return "onTarget";
  if (threshold !== null && isAtLeastAsGood(value, threshold, polarity)) return "insideTolerance";
  return "outsideTolerance";
}
