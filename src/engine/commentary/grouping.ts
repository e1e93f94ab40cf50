/**
 * Which section of the report an indicator belongs to, and why (docs/commentary.md, Grouping).
 * On target is good; outside tolerance is of concern. Inside tolerance is weighed as the seed's
 * report weighs it, on four facts that each count one way or the other: where the figure sits in
 * the band (nearer the target or the tolerance limit), the comparators (beyond the margin ahead
 * of or adrift of all), the year (better or worse than the same quarter a year before) and the
 * last quarter. More for good than against is good; otherwise it is of potential concern. A
 * contract indicator with no target cannot be judged either way, so it is listed with the
 * not-classified ones, with its facts.
 */
import type { CommentaryGroup, Status } from "../types";
import type { Change } from "./direction";
import type { Comparators } from "./gap";
import type { BandSide, Position } from "./position";
import { comparatorName } from "./benchmarks";
import { joinWithAnd } from "./words";

export const GROUP_ORDER: readonly CommentaryGroup[] = [
  "good",
  "concern",
  "volumetric",
  "notClassified",
];

/** The facts an inside-tolerance indicator is weighed on; each may be missing. */
export interface InsideFacts {
  position: Position | null;
  side: BandSide | null;
  comparators: Comparators | null;
  /** Against the same period a year before, with that period's label. */
  year: { change: Change; label: string } | null;
  /** Against the period before (not for a cumulative measure), with that period's label. */
  last: { change: Change; label: string } | null;
}

export interface Grouping {
  group: CommentaryGroup;
  reason: string;
}

interface Weighed {
  vote: -1 | 1;
  words: string;
}

function changeVote(change: Change, label: string): Weighed | null {
  if (change.kind === "improved") return { vote: 1, words: `better than in ${label}` };
  if (change.kind === "declined") return { vote: -1, words: `worse than in ${label}` };
  return null;
}

function comparatorVote(comparators: Comparators | null): Weighed | null {
  if (!comparators || comparators.overall === 0) return null;
  const one = comparators.standings.length === 1;
  const who = one ? comparatorName(comparators.standings[0].benchmark.name) : "all comparators";
  return comparators.overall > 0
    ? { vote: 1, words: `better than ${who}` }
    : { vote: -1, words: `adrift of ${who}` };
}

function positionVote(position: Position | null, side: BandSide | null): Weighed | null {
  if (position === "justWithinTolerance") return { vote: -1, words: "just within tolerance" };
  if (position === "almostAtTarget") return { vote: 1, words: "almost at target" };
  if (side === 1) return { vote: 1, words: "nearer the target than the tolerance limit" };
  if (side === -1) return { vote: -1, words: "nearer the tolerance limit than the target" };
  return null;
}

/** Good or potential concern for an inside-tolerance indicator, with the facts that decided it. */
export function weighInsideTolerance(facts: InsideFacts): Grouping {
  const good: string[] = [];
  const bad: string[] = [];
  const weighed = [
    positionVote(facts.position, facts.side),
    comparatorVote(facts.comparators),
    facts.year && changeVote(facts.year.change, facts.year.label),
    facts.last && changeVote(facts.last.change, facts.last.label),
  ];
  for (const w of weighed) if (w) (w.vote > 0 ? good : bad).push(w.words);
  const score = good.length - bad.length;
  // "just within tolerance" already says inside tolerance.
  const opening = facts.position === "justWithinTolerance" ? "" : "inside tolerance, ";
  const midway = facts.side === 0 ? "midway between the target and the tolerance limit, " : "";
  if (score > 0) {
    const though = bad.length > 0 ? ` (though ${joinWithAnd(bad)})` : "";
    return {
      group: "good",
      reason: `Grouped as good: ${opening}${midway}${joinWithAnd(good)}${though}.`,
    };
  }
  if (score < 0) {
    const though = good.length > 0 ? ` (though ${joinWithAnd(good)})` : "";
    return {
      group: "concern",
      reason: `Grouped as potential concern: ${opening}${midway}${joinWithAnd(bad)}${though}.`,
    };
  }
  const balance =
    good.length === 0
      ? "with nothing to show it is better than that"
      : `with the facts evenly balanced: ${joinWithAnd(good)}, but ${joinWithAnd(bad)}`;
  return {
    group: "concern",
    reason: `Grouped as potential concern: ${opening}${midway}${balance}.`,
  };
}

const NO_FACTS: InsideFacts = {
  position: null,
  side: null,
  comparators: null,
  year: null,
  last: null,
};
/** The groups that need no weighing, with their reasons: one object each, shared by every item. */
const VOLUMETRIC: Grouping = {
  group: "volumetric",
  reason: "Listed with the volumetric measures: context, not rated against a target.",
};
const ON_TARGET: Grouping = { group: "good", reason: "Grouped as good: on or better than target." };
const OUTSIDE: Grouping = { group: "concern", reason: "Grouped as concern: outside tolerance." };
const OUTSIDE_NO_TOLERANCE: Grouping = {
  group: "concern",
  reason: "Grouped as concern: worse than target, with no tolerance set.",
};
const NO_TARGET: Grouping = {
  group: "notClassified",
  reason: "Not rated: no target is specified, so it is listed with the not-classified ones.",
};

/** The group of a drafted item and the reason the reviewer is shown. */
export function groupFor(
  volumetric: boolean,
  status: Status,
  hasThreshold: boolean,
  notClassifiedReason: string | undefined,
  /** The facts to weigh, for an inside-tolerance indicator (worked out only for those). */
  inside: InsideFacts | null
): Grouping {
  if (volumetric) return VOLUMETRIC;
  switch (status) {
    case "onTarget":
      return ON_TARGET;
    case "insideTolerance":
      return weighInsideTolerance(inside ?? NO_FACTS);
    case "outsideTolerance":
      return hasThreshold ? OUTSIDE : OUTSIDE_NO_TOLERANCE;
    case "noTarget":
      return NO_TARGET;
    default:
      return {
        group: "notClassified",
        reason: `Not classified: ${(notClassifiedReason ?? "see the findings").trim().replace(/\.+$/, "")}.`,
      };
  }
}
