/**
 * Classifying (docs/engine.md): the rating of one value against its target and tolerance threshold.
 */
import type { Classification, Indicator, Polarity, Quarter, SourcedNumber, Status } from "./types";

/** Relative allowance for floating noise: 90.00000000001 counts as 90. */
export const RELATIVE_TOLERANCE = 1e-9;

/** `a` is equal to or better than `b` for the polarity, allowing 1e-9 relative noise. */
export function atLeastAsGood(a: number, b: number, polarity: Polarity): boolean {
  const slack = RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  return polarity === "higher" ? a >= b - slack : a <= b + slack;
}

/**
 * Pure rating of a value. No target -> noTarget. Equal to or better than target -> onTarget;
 * worse than target but equal to or better than the threshold -> insideTolerance; otherwise
 * (including no threshold) -> outsideTolerance.
 */
export function classifyValue(
  value: number,
  target: number | null,
  threshold: number | null,
  polarity: Polarity
): Status {
  if (target === null) return "noTarget";
  if (atLeastAsGood(value, target, polarity)) return "onTarget";
  if (threshold !== null && atLeastAsGood(value, threshold, polarity)) return "insideTolerance";
  return "outsideTolerance";
}

export interface ClassifyContext {
  quarterPos: number;
  quarter: Quarter;
  /** Why the row has an error (first blocking error message), if it has one. */
  errorReason: string | undefined;
  /** Why the chosen quarter has no usable value ("No value for Q2 2018/19."). */
  missingReason: string;
}

/**
 * The status of one indicator in the chosen quarter. Volumetric rows are never rated (noTarget);
 * an error on the row, or no usable value, gives notClassified with a reason.
 */
export function classifyIndicator(indicator: Indicator, ctx: ClassifyContext): Classification {
  const point = indicator.series[ctx.quarterPos];
  const value = point ? point.value : null;
  const cell = point ? point.cell : "";
  if (indicator.type === "volumetric")
    return classification(indicator, value, cell, "noTarget", undefined);
  if (indicator.hasError)
    return classification(
      indicator,
      value,
      cell,
      "notClassified",
      ctx.errorReason ?? "The row has an error."
    );
  if (indicator.target === null)
    return classification(indicator, value, cell, "noTarget", undefined);
  if (value === null)
    return classification(indicator, value, cell, "notClassified", ctx.missingReason);
  if (indicator.unratedReason !== undefined)
    return classification(indicator, value, cell, "notClassified", indicator.unratedReason);
  if (indicator.polarity === null)
    return classification(
      indicator,
      value,
      cell,
      "notClassified",
      "No polarity: type Higher is better or Lower is better."
    );
  const status = classifyValue(
    value.value,
    indicator.target.value,
    indicator.threshold,
    indicator.polarity
  );
  return classification(indicator, value, cell, status, undefined);
}

/** One object per row (no spread of a base object): `reason` only when there is one. */
function classification(
  indicator: Indicator,
  value: SourcedNumber | null,
  cell: string,
  status: Status,
  reason: string | undefined
): Classification {
  return reason === undefined
    ? { ref: indicator.ref, row: indicator.row, value, cell, status }
    : { ref: indicator.ref, row: indicator.row, value, cell, status, reason };
}
