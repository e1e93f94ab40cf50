/**
 * Every finding the engine reports (docs/findings.md): stable codes, and messages that start with the cell
 * and tell an analyst what to do. docs/findings.md lists them all.
 */
import type { Finding, Severity } from "./types";
import { make, showNumber, type Where } from "./findingBase";
import { layoutFindings } from "./findingsLayout";
import { readingFindings } from "./findingsReading";

export { FINDING_CODES, type FindingCode } from "./findingCodes";
export { showNumber, type Where } from "./findingBase";

/**
 * Value problems block classification only in the cells the rating uses (the chosen quarter's
 * value, target, tolerance). Elsewhere (earlier quarters, benchmarks) the same problem is a
 * warning: the row is still rated and the commentary skips that figure.
 */
function valueSeverity(blocking: boolean): Severity {
  return blocking ? "error" : "warning";
}

const coreFindings = {
  tableNotFound(sheet: string, cell: string): Finding {
    return make(
      "error",
      "table.notFound",
      { cell, local: sheet },
      'no indicator table found — within the first 30 rows there must be a header row with a Ref or Indicator column and at least one period column (such as Q2 2018/19, 2018/19 or Sep 2018). Head the column of indicator names "Indicator" and each column of figures with its period, or name them by hand (--columns indicator=A,E=2019/20).'
    );
  },
  sheetNotFound(name: string, sheets: string[]): Finding {
    const list = sheets.length ? ` The workbook has: ${sheets.join(", ")}.` : "";
    return {
      severity: "error",
      code: "sheet.notFound",
      cell: "",
      message: `There is no sheet called "${name}" in this workbook.${list}`,
    };
  },
  quarterUnreadable(text: string): Finding {
    return {
      severity: "error",
      code: "quarter.unreadable",
      cell: "",
      message: `"${text}" is not a quarter — write it like Q2 2018/19.`,
    };
  },
  quarterNotFound(
    label: string,
    sheet: string,
    cell: string,
    first: string,
    last: string
  ): Finding {
    return make(
      "error",
      "quarter.notFound",
      { cell, local: sheet },
      `there is no column for ${label} — the table's quarters run from ${first} to ${last}.`
    );
  },
  duplicateRef(where: Where, firstLocal: string): Finding {
    return make(
      "warning",
      "ref.duplicate",
      where,
      `ref ${where.ref} is used again (first at ${firstLocal}) — give each indicator its own ref so the challenge log can tell them apart.`
    );
  },
  rowWithoutIdentity(where: Where): Finding {
    return make(
      "warning",
      "row.noIdentity",
      where,
      "this row has figures but no ref or indicator name — add them, or the row is left out of the classification."
    );
  },
  notNumber(where: Where, what: string, text: string, blocking: boolean): Finding {
    return make(
      valueSeverity(blocking),
      "value.notNumber",
      where,
      `${what} is "${text}", which is not a number — type the figure, or n/a if there is none.`
    );
  },
  errorValue(where: Where, what: string, error: string, blocking: boolean): Finding {
    return make(
      valueSeverity(blocking),
      "value.error",
      where,
      `${what} is the error ${error} — fix the formula or type the figure.`
    );
  },
  numberAsText(where: Where, what: string, text: string, value: number): Finding {
    return make(
      "warning",
      "value.numberAsText",
      where,
      `${what} is stored as text ("${text}"); it was read as ${showNumber(value)} — convert the cell to a number.`
    );
  },
  fractionAsPercent(
    where: Where,
    what: string,
    typed: number,
    read: number,
    around: number
  ): Finding {
    return make(
      "warning",
      "value.fractionAsPercent",
      where,
      `${what} is ${showNumber(typed)} with no % format, in a row of percentages (around ${showNumber(around)}%); it was read as ${showNumber(read)}% — format the cell as a percentage (or type ${showNumber(read)}%) to confirm.`
    );
  },
  bandAsPoints(where: Where, typed: number, read: number): Finding {
    return make(
      "warning",
      "value.fractionAsPercent",
      where,
      `the tolerance band is ${showNumber(typed)} with no % format, in a row of values stored as fractions and shown as percentages; it was read as ${showNumber(read)} points (${showNumber(read)}%) — type it as ${showNumber(read)}% to confirm.`
    );
  },
  scaleUncertain(
    where: Where,
    what: string,
    typed: number,
    around: number,
    blocking: boolean
  ): Finding {
    return make(
      valueSeverity(blocking),
      "value.scaleUncertain",
      where,
      `${what} is ${showNumber(typed)} with no % format, in a row of percentages around ${showNumber(around)}%: whether it means ${showNumber(typed)}% or ${showNumber(typed * 100)}% is not certain, so it was not used — type it as a percentage (${showNumber(typed * 100)}% or ${showNumber(typed)}%).`
    );
  },
  suppressed(where: Where, what: string, symbol: string): Finding {
    return make(
      "info",
      "value.suppressed",
      where,
      `${what} is suppressed ("${symbol}"), so there is no figure to use — nothing to do unless the figure is now published.`
    );
  },
  outOfRange(where: Where, what: string, value: number, rule: string, blocking: boolean): Finding {
    return make(
      valueSeverity(blocking),
      "value.outOfRange",
      where,
      `${what} is ${showNumber(value)}, but ${rule} — check the figure or the unit.`
    );
  },
  notInteger(where: Where, what: string, value: number): Finding {
    return make(
      "warning",
      "value.notInteger",
      where,
      `${what} is ${showNumber(value)}, but the unit is a count of whole things — check the figure or the unit.`
    );
  },
  missingValue(where: Where, quarterLabel: string): Finding {
    return make(
      "warning",
      "value.missing",
      where,
      `no value for ${quarterLabel} — type the figure or mark the cell n/a.`
    );
  },
  notApplicable(where: Where, quarterLabel: string, text: string): Finding {
    return make(
      "info",
      "value.notApplicable",
      where,
      `the value for ${quarterLabel} is marked "${text}", so the indicator is not classified for ${quarterLabel} — type the figure when it is available.`
    );
  },
  unknownUnit(where: Where, unit: string): Finding {
    return make(
      "warning",
      "unit.unknown",
      where,
      `unit "${unit}" is not one the engine knows (%, Percentage, rate per 10,000, Number, Count, Days), so its values are not range-checked — change it if it is one of these.`
    );
  },
  unknownPolarity(where: Where, text: string): Finding {
    return make(
      "error",
      "polarity.unknown",
      where,
      `polarity "${text}" is not recognised, so the row is not classified — type Higher is better or Lower is better.`
    );
  },
  missingPolarity(where: Where): Finding {
    return make(
      "error",
      "polarity.missing",
      where,
      "no polarity, and it cannot be worked out from the tolerance, so the row is not classified — type Higher is better or Lower is better."
    );
  },
  inferredPolarity(
    where: Where,
    polarity: "higher" | "lower",
    threshold: number,
    target: number
  ): Finding {
    const side = polarity === "higher" ? "below" : "above";
    const words = polarity === "higher" ? "Higher is better" : "Lower is better";
    return make(
      "info",
      "polarity.inferred",
      where,
      `polarity is blank, so it was taken as ${words} because the tolerance threshold (${showNumber(threshold)}) is ${side} the target (${showNumber(target)}) — type the polarity to confirm it.`
    );
  },
  polarityContradictsTolerance(
    where: Where,
    polarity: "higher" | "lower",
    threshold: number,
    target: number
  ): Finding {
    const words = polarity === "higher" ? "Higher is better" : "Lower is better";
    const side = threshold > target ? "above" : "below";
    return make(
      "error",
      "polarity.contradictsTolerance",
      where,
      `polarity says ${words}, but the tolerance threshold (${showNumber(threshold)}) is ${side} the target (${showNumber(target)}), on the better side — correct the polarity or the tolerance.`
    );
  },
  toleranceWrongSide(where: Where, tolerance: number, threshold: number, target: number): Finding {
    return make(
      "error",
      "tolerance.wrongSide",
      where,
      `the tolerance band ${showNumber(tolerance)} puts the threshold (${showNumber(threshold)}) on the better side of the target (${showNumber(target)}) — a band is a positive size; type it without a minus sign.`
    );
  },
  toleranceLooksLikeBand(where: Where, tolerance: number, target: number): Finding {
    return make(
      "warning",
      "tolerance.looksLikeBand",
      where,
      `the tolerance ${showNumber(tolerance)} is far from the target ${showNumber(target)} and looks like a band size, but tolerances are read as thresholds (the worst value still inside tolerance) — type the threshold itself, or switch the tolerance mode to points or percent.`
    );
  },
  commentaryFailed(detail: string): Finding {
    return {
      severity: "warning",
      code: "commentary.failed",
      cell: "",
      message: `The commentary could not be drafted (${detail}); the classification and summary are complete — please report this.`,
    };
  },
};

export const findings = { ...coreFindings, ...layoutFindings, ...readingFindings };
