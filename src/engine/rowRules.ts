/**
 * The rules of one row (docs/engine.md): its polarity — stated or inferred from the tolerance side —
 * and its tolerance threshold, with the findings when they do not fit together.
 */
import type { Finding, IndicatorType, Polarity, SourcedNumber, ToleranceMode } from "./types";
import { findings } from "./findings";
import { whereAtColumn, type CellPlace } from "./readValue";
import type { PolarityRead } from "./polarity";
import { isBetterSide, looksLikeBand, thresholdFor } from "./tolerance";

export interface RowRulesInput {
  mode: ToleranceMode;
  type: IndicatorType;
  /** The polarity cell as read, and a polarity implied by a text target's comparator. */
  stated: PolarityRead;
  implied: Polarity | null;
  /** False when the table has no polarity column: a missing polarity is then one table finding. */
  polarityColumn: boolean;
  target: SourcedNumber | null;
  /** No table target, but a figure in one of the row's period target columns (rated later). */
  periodTargetOnRow?: boolean;
  tolerance: SourcedNumber | null;
  /** Where findings about the polarity and the tolerance point (addresses built only for a finding). */
  place: CellPlace;
  polarityCol: number;
  toleranceCol: number;
}

export interface RowRules {
  /** Null when unknown, missing, or contradicting the tolerance. */
  polarity: Polarity | null;
  threshold: number | null;
  /** Findings (made lazily) and whether each is an error that stops the rating. */
  findings: { make: () => Finding; blocks: boolean }[];
  /** True when the row has a target but no polarity and the table has no polarity column. */
  noPolarityColumn: boolean;
}

export function checkRowRules(input: RowRulesInput): RowRules {
  const { mode, type, target, tolerance, place, polarityCol, toleranceCol } = input;
  const out: RowRules["findings"] = [];
  const rated = type === "contract" && target !== null;
  const byPeriod = type === "contract" && input.periodTargetOnRow === true;
  const stated = input.stated;
  let polarity: Polarity | null = null;
  let usable = true;
  let noPolarityColumn = false;

  if (stated.kind === "unknown") {
    usable = false;
    out.push({
      make: () => findings.unknownPolarity(whereAtColumn(place, polarityCol), stated.text),
      blocks: true,
    });
  } else if (stated.kind === "known") {
    polarity = stated.polarity;
    const contradicts =
      rated &&
      mode === "threshold" &&
      tolerance !== null &&
      isBetterSide(tolerance.value, target.value, polarity);
    if (contradicts) {
      usable = false;
      // Points at the tolerance: the polarity word is usually right and the threshold mistyped.
      const make = (): Finding =>
        findings.polarityContradictsTolerance(
          whereAtColumn(place, toleranceCol),
          stated.polarity,
          tolerance.value,
          target.value
        );
      out.push({ make, blocks: true });
    }
  } else if (
    stated.kind === "blank" &&
    mode === "threshold" &&
    target !== null &&
    tolerance !== null &&
    tolerance.value !== target.value
  ) {
    const inferred: Polarity = tolerance.value < target.value ? "higher" : "lower";
    polarity = inferred;
    if (type === "contract") {
      const make = (): Finding =>
        findings.inferredPolarity(
          whereAtColumn(place, polarityCol),
          inferred,
          tolerance.value,
          target.value
        );
      out.push({ make, blocks: false });
    }
  } else if (input.implied !== null) {
    polarity = input.implied;
  } else if ((rated || byPeriod) && !input.polarityColumn) {
    noPolarityColumn = true;
  } else if ((rated || byPeriod) && stated.kind === "blank") {
    out.push({
      make: () => findings.missingPolarity(whereAtColumn(place, polarityCol)),
      blocks: true,
    });
  }

  const threshold = thresholdFor(mode, target?.value ?? null, tolerance?.value ?? null, polarity);
  if (rated && tolerance !== null) {
    if (mode !== "threshold" && tolerance.value < 0 && threshold !== null) {
      const make = (): Finding =>
        findings.toleranceWrongSide(
          whereAtColumn(place, toleranceCol),
          tolerance.value,
          threshold,
          target.value
        );
      out.push({ make, blocks: true });
    } else if (mode === "threshold" && looksLikeBand(target.value, tolerance.value)) {
      out.push({
        make: () =>
          findings.toleranceLooksLikeBand(
            whereAtColumn(place, toleranceCol),
            tolerance.value,
            target.value
          ),
        blocks: false,
      });
    }
  }
  return { polarity: usable ? polarity : null, threshold, findings: out, noPolarityColumn };
}
