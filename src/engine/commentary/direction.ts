/**
 * Direction of travel against the previous quarter (docs/commentary.md). The exact values decide the word; the
 * figures are printed as their cells show them unless that would read the other way ("an
 * improvement" from 91.6% to a cell showing 92% that holds 91.5), when both are printed finer. The size of a change is judged
 * against the tolerance band |target − threshold| where there is one (below ¼ band "very slight",
 * below 1 band "slight", else "significant"), otherwise by the change relative to the earlier figure
 * (below 1%, below 5%).
 */
import { nounOf } from "./periodWords";
import type { SourcedNumber } from "../types";
import type { IndicatorContext } from "./context";
import {
  agreeingDecimals,
  atDecimals,
  exactComparison,
  formatSourced,
  shownDifference,
  shownValue,
} from "./numberText";
import { sentence, type Sentence } from "./sentence";

export type ChangeSize = "very slight" | "slight" | "significant";
/** improved/declined use the polarity; increased/decreased are for measures with none (volumetric). */
export type ChangeKind = "improved" | "declined" | "increased" | "decreased" | "noChange";

export interface Change {
  kind: ChangeKind;
  size: ChangeSize | null;
}

export interface Direction {
  change: Change | null;
  /** Few-word summary for the Challenge log: "Improved slightly", "No change", "No previous figure". */
  phrase: string;
  sentence: Sentence | null;
}

const NOUN: Record<Exclude<ChangeKind, "noChange">, string> = {
  improved: "improvement",
  declined: "decline",
  increased: "increase",
  decreased: "decrease",
};
const ADVERB: Record<ChangeSize, string> = {
  "very slight": "very slightly",
  slight: "slightly",
  significant: "significantly",
};

/** What the size and the word of a change depend on: the polarity in force and the tolerance band. */
export type ChangeRules = Pick<IndicatorContext, "polarity" | "band">;

/**
 * The change from `earlier` to `later`: its direction from the exact values (docs/commentary.md), its size from
 * the figures as printed (pass them at the precision the sentence prints them). `band` null means
 * "judge by relative change".
 */
export function measureChange(
  later: SourcedNumber,
  earlier: SourcedNumber,
  ctx: ChangeRules,
  neutral: boolean
): Change {
  const sign = exactComparison(later.value, earlier.value);
  if (sign === 0) return { kind: "noChange", size: null };
  const polarity = neutral ? null : ctx.polarity;
  const kind: ChangeKind =
    polarity === null
      ? sign > 0
        ? "increased"
        : "decreased"
      : sign > 0 === (polarity === "higher")
        ? "improved"
        : "declined";
  return {
    kind,
    size: changeSize(shownValue(later), shownValue(earlier), neutral ? null : ctx.band),
  };
}

export function changeSize(later: number, earlier: number, rawBand: number | null): ChangeSize {
  // 12 significant digits: binary noise (1.8 − 1.2 = 0.6000000000000001) must not cross a boundary.
  const change = clean(Math.abs(later - earlier));
  const band = rawBand === null ? null : clean(rawBand);
  if (band !== null && band > 0) {
    if (change < band / 4) return "very slight";
    return change < band ? "slight" : "significant";
  }
  if (earlier === 0) return "significant";
  const relative = change / Math.abs(earlier);
  if (relative < 0.01) return "very slight";
  return relative < 0.05 ? "slight" : "significant";
}

/** `x` to 12 significant digits, so that binary noise cannot move a figure across a boundary. */
export function clean(x: number): number {
  // An integer of up to 12 digits is already its own 12-digit form: skip the string round trip.
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x;
  return Number(x.toPrecision(12));
}

/** "a slight improvement", "a significant increase". */
export function changeNoun(change: Change): string {
  if (change.kind === "noChange" || change.size === null) return "no change";
  return `a ${change.size} ${NOUN[change.kind]}`;
}

export function changePhrase(change: Change): string {
  if (change.kind === "noChange" || change.size === null) return "No change";
  return PHRASES[change.kind][change.size];
}

/** "Improved slightly" …: twelve possible phrases, spelt once rather than once per row. */
const PHRASES = Object.fromEntries(
  (Object.keys(NOUN) as Exclude<ChangeKind, "noChange">[]).map((kind) => {
    const verb = kind.charAt(0).toUpperCase() + kind.slice(1);
    const bySize = Object.fromEntries(
      (Object.keys(ADVERB) as ChangeSize[]).map((size) => [size, `${verb} ${ADVERB[size]}`])
    );
    return [kind, bySize as Record<ChangeSize, string>];
  })
) as Record<Exclude<ChangeKind, "noChange">, Record<ChangeSize, string>>;

/** "2 percentage points", "48", "3 days": the shown difference with its unit. */
export function differenceText(
  later: SourcedNumber,
  earlier: SourcedNumber,
  ctx: IndicatorContext
): string {
  const amount = shownDifference(later, earlier);
  const one = amount === "1";
  if (later.percent || ctx.indicator.unit === "percent")
    return `${amount} percentage ${one ? "point" : "points"}`;
  if (ctx.indicator.unit === "days") return `${amount} ${one ? "day" : "days"}`;
  return amount;
}

export interface TravelledChange {
  change: Change;
  /** The precision both figures are printed at (null: as their cells show them). */
  decimals: number | null;
  earlier: SourcedNumber;
  now: SourcedNumber;
}

/**
 * The change from `previous` to `current` as the commentary words it (and =PERF.DIRECTION): both
 * printed as their cells show them, unless that would read the other way (then both finer).
 */
export function changeOfTravel(
  current: SourcedNumber,
  previous: SourcedNumber,
  rules: ChangeRules,
  neutral: boolean
): TravelledChange {
  const decimals = agreeingDecimals(current, previous);
  const earlier = atDecimals(previous, decimals);
  const now = atDecimals(current, decimals);
  return { change: measureChange(now, earlier, rules, neutral), decimals, earlier, now };
}

export function directionOfTravel(ctx: IndicatorContext, neutral: boolean): Direction {
  const current = ctx.current;
  const noun = nounOf(ctx.history);
  if (!current) return { change: null, phrase: `No figure this ${noun}`, sentence: null };
  if (ctx.history.length < 2)
    return { change: null, phrase: `No previous ${noun}`, sentence: null };
  const before = ctx.history[ctx.history.length - 2];
  if (!ctx.previous || !ctx.previous.value) {
    return {
      change: null,
      phrase: "No previous figure",
      sentence: sentence(`There is no figure for ${before.quarter.label} to compare with.`),
    };
  }
  const { decimals, earlier, now, change } = changeOfTravel(
    current,
    ctx.previous.value,
    ctx,
    neutral
  );
  const label = ctx.previous.quarter.label;
  const to = decimals === null ? "" : ` to ${formatSourced(now)}`;
  const text =
    change.kind === "noChange"
      ? decimals === null
        ? `This is unchanged from ${formatSourced(earlier)} in ${label}.`
        : `This, at ${formatSourced(now)}, is unchanged from ${formatSourced(earlier)} in ${label}.`
      : `There has been ${changeNoun(change)} of ${differenceText(now, earlier, ctx)} from ${formatSourced(earlier)} in ${label}${to}.`;
  return {
    change,
    phrase: changePhrase(change),
    sentence: sentence(text, earlier.cell, current.cell),
  };
}
