/**
 * The opening judgement, in the seed's register (docs/commentary.md, Verdict): "Despite a very
 * slight decline in Q2 2018/19, this remains good performance, almost at target", "Performance
 * remains a concern", "This is a potential concern, just within tolerance". Every word follows a
 * fact worked out elsewhere: the group, the status of this and the previous period, the last
 * change and its size, the position in the band. A volumetric measure is not judged; its opening
 * says which way it moved ("The figure has increased further in Q2 2018/19, to the highest of the
 * eight quarters recorded").
 */
import type { CommentaryGroup, Status } from "../types";
import type { Change } from "./direction";
import { positionWordsOf, type PositionCode } from "./position";
import type { ExtremeFact } from "./runs";
import { sentence, type Sentence } from "./sentence";

export interface VerdictFacts {
  group: CommentaryGroup;
  status: Status;
  /** The previous period's status (null when unknown: no figure, a gap, no target in force). */
  previousStatus: Status | null;
  /** The last change: against the period before, or for a cumulative measure a year before. */
  change: Change | null;
  /** "in Q2 2018/19", or for a cumulative measure "compared with Q4 2021/22". */
  when: string;
  position: PositionCode;
}

/**
 * The few hundred possible verdicts repeat on every row of a big sheet: each is written once per
 * `when` (a run has one chosen period), keyed by a number made of the facts it depends on.
 */
const cache = new Map<number, Sentence | null>();
let cachedWhen = "";

const GROUPS: readonly CommentaryGroup[] = ["good", "concern", "volumetric", "notClassified"];
const STATUSES: readonly Status[] = [
  "onTarget",
  "insideTolerance",
  "outsideTolerance",
  "noTarget",
  "notClassified",
];
const KINDS = ["improved", "declined", "increased", "decreased", "noChange"] as const;
const SIZES = ["very slight", "slight", "significant"] as const;

function keyOf(facts: VerdictFacts): number {
  const change = facts.change;
  const kind = change ? KINDS.indexOf(change.kind) + 1 : 0;
  const size = change && change.size ? SIZES.indexOf(change.size) + 1 : 0;
  const previous = facts.previousStatus ? STATUSES.indexOf(facts.previousStatus) + 1 : 0;
  let key = GROUPS.indexOf(facts.group);
  key = key * 5 + STATUSES.indexOf(facts.status);
  key = key * 6 + previous;
  key = key * 6 + kind;
  key = key * 4 + size;
  return key * 8 + facts.position;
}

/** A contract indicator's opening judgement, or null when it is not rated. */
export function verdictSentence(facts: VerdictFacts): Sentence | null {
  if (facts.when !== cachedWhen) {
    cache.clear();
    cachedWhen = facts.when;
  }
  const key = keyOf(facts);
  let said = cache.get(key);
  if (said === undefined) {
    said = writeVerdict(facts);
    cache.set(key, said);
  }
  return said;
}

function writeVerdict(facts: VerdictFacts): Sentence | null {
  const { group, status, previousStatus, change, when } = facts;
  const improved = change?.kind === "improved";
  const declined = change?.kind === "declined";
  const size = change?.size ?? "";
  const words = positionWordsOf(facts.position);
  const where = words ? `, ${words}` : "";
  if (group === "good") {
    // "remains" only when the period before was itself on target: certainly good then.
    const verb = previousStatus === "onTarget" ? "remains" : "is";
    if (improved) return sentence(`This is good and improving performance${where}.`);
    if (declined)
      return sentence(`Despite a ${size} decline ${when}, this ${verb} good performance${where}.`);
    return sentence(`This ${verb} good performance${where}.`);
  }
  if (group !== "concern") return null;
  if (status === "outsideTolerance") {
    // Outside tolerance is always of concern, so "remains" is certain when it was outside before.
    const verb = previousStatus === "outsideTolerance" ? "remains" : "is";
    if (improved)
      return sentence(`Despite a ${size} improvement ${when}, performance ${verb} a concern.`);
    return sentence(`Performance ${verb} a concern${where}.`);
  }
  if (status !== "insideTolerance") return null;
  // Inside tolerance the group is weighed afresh each period: never "remains".
  if (improved)
    return sentence(`Despite a ${size} improvement ${when}, this is a potential concern${where}.`);
  return sentence(`This is a potential concern${where}.`);
}

/** A volumetric measure's opening: the way it moved, and a record it reached by moving so. */
export function volumetricOpening(
  change: Change | null,
  when: string,
  further: boolean,
  extreme: ExtremeFact | null
): { sentence: Sentence; usesExtreme: boolean } | null {
  if (!change || (change.kind !== "increased" && change.kind !== "decreased")) return null;
  const again = further ? " further" : "";
  const record =
    extreme !== null &&
    !extreme.tied &&
    (extreme.word === "highest" || extreme.word === "lowest") &&
    (extreme.word === "highest") === (change.kind === "increased");
  const to = record ? `, to the ${extreme.word} of the ${extreme.count} recorded` : "";
  return {
    sentence: sentence(`The figure has ${change.kind}${again} ${when}${to}.`),
    usesExtreme: record,
  };
}
