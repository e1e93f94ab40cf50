/**
 * The stable finding codes the corpus expects, named by the fault they report. The codes are the
 * engine's (src/engine/findings.ts, docs/findings.md); naming them in one place means a renamed
 * code fails here once, and a code that no longer exists fails the type check.
 */
import type { FindingCode } from "../../../src/engine/findings";

export const CODE = {
  numberAsText: "value.numberAsText",
  notNumber: "value.notNumber",
  noValue: "value.missing",
  notApplicable: "value.notApplicable",
  suppressed: "value.suppressed",
  errorValue: "value.error",
  outOfRange: "value.outOfRange",
  notWholeNumber: "value.notInteger",
  duplicateRef: "ref.duplicate",
  rowWithoutIdentity: "row.noIdentity",
  unknownPolarity: "polarity.unknown",
  inferredPolarity: "polarity.inferred",
  polarityContradictsTolerance: "polarity.contradictsTolerance",
  toleranceWrongSide: "tolerance.wrongSide",
  toleranceLooksLikeBand: "tolerance.looksLikeBand",
  unknownUnit: "unit.unknown",
} as const satisfies Record<string, FindingCode>;
