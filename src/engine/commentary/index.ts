/**
 * Drafts the challenge commentary (SPEC 7): per indicator a headline and sentences, each a fact
 * computed from the workbook, with every quoted figure traceable to its cell. Pure and deterministic:
 * the same input always gives the same text.
 */
import type { Classification, CommentaryItem, Indicator, Quarter, ToleranceMode } from "../types";
import type { Status } from "../types";
import { cohortCaution } from "./cohort";
import { buildContext, type IndicatorContext } from "./context";
import { directionOfTravel, type Change, type ChangeSize } from "./direction";
import { benchmarkSentences } from "./benchmarks";
import { comparatorsOf, type Comparators } from "./gap";
import { GROUP_ORDER, groupFor, type Grouping } from "./grouping";
import { headline } from "./headline";
import { FactList } from "./order";
import { bandSideOf, positionOf, positionSentence, positionWords } from "./position";
import { extremeFact, runFact, stepRuns, turnFact } from "./runs";
import { yearFact } from "./sameQuarterLastYear";
import type { Sentence } from "./sentence";
import { statusSentence } from "./statusSentence";
import { statusStreak, type Streak } from "./streak";
import { placeholderCaution } from "./placeholderCaution";
import { cumulativeDirection, cumulativeWords } from "./cumulativeDirection";
import { verdictSentence, volumetricOpening } from "./verdict";

export interface CommentaryInput {
  indicators: Indicator[];
  classifications: Classification[];
  /** All quarters of the table, chronological. */
  quarters: Quarter[];
  /** The quarter being classified. */
  quarter: Quarter;
  toleranceMode: ToleranceMode;
  smallCohortThreshold: number;
}

export function draftCommentary(input: CommentaryInput): CommentaryItem[] {
  // Items go out by group, then sheet row, then input order: one bucket per group, each filled in
  // input order, needs no sort when the rows come in sheet order (as a run gives them).
  const buckets: CommentaryItem[][] = GROUP_ORDER.map(() => []);
  const rows: number[][] = GROUP_ORDER.map(() => []);
  let inRowOrder = true;
  for (let i = 0; i < input.indicators.length; i++) {
    const indicator = input.indicators[i];
    const classification =
      input.classifications[i] ?? findClassification(input.classifications, indicator);
    const ctx = buildContext(indicator, classification, input.quarter, input.smallCohortThreshold);
    const item = draftItem(ctx, input);
    const rank = GROUP_ORDER.indexOf(item.group);
    const bucketRows = rows[rank];
    if (bucketRows.length > 0 && bucketRows[bucketRows.length - 1] > indicator.row)
      inRowOrder = false;
    buckets[rank].push(item);
    bucketRows.push(indicator.row);
  }
  if (inRowOrder) return ([] as CommentaryItem[]).concat(...buckets);
  const entries = buckets.flatMap((bucket, rank) =>
    bucket.map((item, k) => ({ rank, row: rows[rank][k], order: k, item }))
  );
  entries.sort((a, b) => a.rank - b.rank || a.row - b.row || a.order - b.order);
  return entries.map((entry) => entry.item);
}

function findClassification(all: Classification[], indicator: Indicator): Classification {
  const found = all.find((c) => c.row === indicator.row && c.ref === indicator.ref);
  return (
    found ?? {
      ref: indicator.ref,
      row: indicator.row,
      status: "notClassified",
      value: null,
      cell: "",
      reason: "it has no classification",
    }
  );
}

/** A sentence and how telling it is, for the order after the verdict (order.ts). */
const SIZE_STRENGTH: Record<ChangeSize, number> = {
  "very slight": 1,
  slight: 2,
  significant: 3,
};

function changeStrength(change: Change | null): number {
  return change && change.size ? SIZE_STRENGTH[change.size] : 1;
}

function draftItem(ctx: IndicatorContext, input: CommentaryInput): CommentaryItem {
  const { indicator, classification } = ctx;
  const volumetric = indicator.type === "volumetric";
  const neutral = volumetric;
  const status = classification.status;
  // A figure that may stand for "not yet available" is not compared with earlier quarters.
  const placeholder = placeholderCaution(ctx);
  const cumulative = cumulativeDirection(ctx, neutral);
  const direction = placeholder ?? cumulative ?? directionOfTravel(ctx, neutral);
  const pinned: (Sentence | null)[] = [];
  const facts = new FactList();
  let grouping: Grouping;
  if (status === "notClassified" && !volumetric) {
    grouping = groupFor(false, status, false, classification.reason, null);
    pinned.push(notClassifiedSentence(classification));
  } else {
    const rated = !volumetric && RATED.has(status);
    const comparators = comparatorsOf(ctx, neutral);
    // A running total's runs and best/worst figures are the year filling up: not claimed.
    const trends = !placeholder && !cumulative;
    const year = placeholder ? null : yearFact(ctx, neutral);
    const runs = trends ? stepRuns(ctx) : null;
    const run = runs && runFact(ctx, neutral, runs);
    const turn = runs && turnFact(ctx, neutral, runs);
    const extreme = trends ? extremeFact(ctx, neutral) : null;
    const position = volumetric ? null : positionOf(ctx);
    const side = volumetric ? null : bandSideOf(ctx);
    const streak = rated ? statusStreak(ctx) : null;
    const previousLabel = ctx.history[ctx.history.length - 2]?.quarter.label ?? "";
    const lastChange = cumulative ? null : direction.change;
    grouping = groupFor(
      volumetric,
      status,
      indicator.threshold !== null,
      classification.reason,
      status === "insideTolerance"
        ? {
            position,
            side,
            comparators,
            year: year && { change: year.change, label: ctx.history[year.index].quarter.label },
            last: lastChange && { change: lastChange, label: previousLabel },
          }
        : null
    );
    // A cumulative measure's change is against the same period a year before (cumulativeDirection).
    const when =
      cumulative && year
        ? `compared with ${ctx.history[year.index].quarter.label}`
        : `in ${input.quarter.label}`;
    let extremeInOpening = false;
    if (rated && streak) {
      const previousStatus = streak.length >= 2 ? status : streak.precededBy;
      pinned.push(
        verdictSentence({
          group: grouping.group,
          status,
          previousStatus,
          change: direction.change,
          when,
          position: positionWords(ctx, position, side),
        })
      );
    } else if (volumetric && !placeholder) {
      const further = runs !== null && runs.count >= 2 && !ctx.smallCohort;
      const opening = volumetricOpening(direction.change, when, further, extreme);
      if (opening) {
        pinned.push(opening.sentence);
        extremeInOpening = opening.usesExtreme;
      }
    }
    pinned.push(cohortCaution(ctx));
    if (placeholder) pinned.push(placeholder.sentence);
    if (!volumetric && !rated) pinned.push(statusSentence(ctx, input.toleranceMode));
    if (rated && streak) {
      facts.add(statusSentence(ctx, input.toleranceMode, streak), statusStrength(ctx, streak), 0);
    }
    facts.add(positionSentence(ctx, position, input.toleranceMode), 3, 1);
    if (run) facts.add(run.sentence, SIZE_STRENGTH[run.size], 2);
    if (extreme && !extremeInOpening) facts.add(extreme.sentence, extreme.tied ? 2 : 3, 3);
    if (!placeholder && direction.sentence) {
      const s = direction.sentence;
      const strength = Math.max(
        changeStrength(direction.change),
        turn ? SIZE_STRENGTH[turn.size] : 0
      );
      facts.add(
        turn
          ? {
              text: `${s.text.slice(0, -1)}${turn.clause}.`,
              sources: [...s.sources, ...turn.sources],
            }
          : s,
        strength,
        4
      );
    }
    // A run that starts at the same period a year before already says what this would.
    if (year && !(run && run.start === year.index))
      facts.add(year.sentence, changeStrength(year.change), 5);
    if (comparators) {
      const [said, note] = benchmarkSentences(ctx, comparators);
      const strength = comparatorStrength(comparators);
      facts.add(said ?? null, strength, 6);
      facts.add(note ?? null, strength, 7);
    }
  }
  const sentences: Sentence[] = [];
  for (const s of pinned) if (s !== null) sentences.push(s);
  facts.appendInOrder(sentences);
  // A measure with no figure this quarter still says so, rather than leaving an empty paragraph.
  if (!ctx.current && sentences.length === 0) {
    sentences.push({ text: `There is no figure for ${input.quarter.label}.`, sources: [] });
  }
  const sources: string[] = [];
  if (ctx.current && ctx.current.cell) sources.push(ctx.current.cell);
  const parts: string[] = [];
  for (const s of sentences) {
    parts.push(s.text);
    for (const cell of s.sources) if (cell && !sources.includes(cell)) sources.push(cell);
  }
  const text = parts.join(" ");
  return {
    ref: indicator.ref,
    name: indicator.name,
    area: indicator.area,
    group: grouping.group,
    headline: headline(
      indicator.ref,
      indicator.name,
      input.quarter,
      ctx.current,
      indicator.cumulative ? cumulativeWords(indicator.cumulative) : undefined
    ),
    sentences: slicesOf(text, parts),
    text,
    direction: direction.phrase,
    sources,
    groupReason: grouping.reason,
  };
}

const RATED: ReadonlySet<Status> = new Set<Status>([
  "onTarget",
  "insideTolerance",
  "outsideTolerance",
]);

/**
 * A change of status, a status outside tolerance, or one held for a year or more is the most
 * telling standing; a shorter streak is ordinary.
 */
function statusStrength(ctx: IndicatorContext, streak: Streak): number {
  const moved = streak.length === 1 && streak.precededBy !== null && !ctx.smallCohort;
  const long = streak.length >= 4 && !ctx.smallCohort;
  return moved || long || ctx.classification.status === "outsideTolerance" ? 3 : 2;
}

/** Ahead of (or adrift of) all by the smaller of the gaps; a mixed picture 2; all level 1. */
function comparatorStrength(comparators: Comparators): number {
  const { standings, overall } = comparators;
  if (overall !== 0) return standings.every((s) => s.size === "well") ? 3 : 2;
  return standings.every((s) => s.size === "same" || s.size === "comparable") ? 1 : 2;
}

/**
 * The sentences again, as slices of the paragraph: the same text, but held once. A sentence built
 * from template pieces is a tree of fragments in memory; 20,000 rows of those trees were half of a
 * run's heap and most of its garbage-collection time.
 */
function slicesOf(text: string, parts: readonly string[]): string[] {
  const out: string[] = new Array<string>(parts.length);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const end = at + parts[i].length;
    out[i] = text.slice(at, end);
    at = end + 1;
  }
  return out;
}

function notClassifiedSentence(classification: Classification): Sentence {
  const reason = (classification.reason ?? "the row has a problem to resolve (see the findings)")
    .trim()
    .replace(/\.+$/, "");
  return { text: `This indicator is not classified: ${reason}.`, sources: [] };
}
