/**
 * Drafts the challenge commentary (docs/commentary.md): per indicator a headline and sentences, each a fact
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
import { bandSideOf, positionCode, positionOf, positionSentence } from "./position";
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
  const inQuarter = `in ${input.quarter?.label ?? ""}`;
  for (let i = 0; i < input.indicators.length; i++) {
    const indicator = input.indicators[i];
    const classification =
      input.classifications[i] ?? findClassification(input.classifications, indicator);
    const ctx = buildContext(indicator, classification, input.quarter, input.smallCohortThreshold);
    const item = draftItem(ctx, input, inQuarter);
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

/** How telling a fact of each size is, for the order after the verdict (order.ts). */
const SIZE_STRENGTH: Record<ChangeSize, number> = {
  "very slight": 1,
  slight: 2,
  significant: 3,
};

function changeStrength(change: Change | null): number {
  return change && change.size ? SIZE_STRENGTH[change.size] : 1;
}

/** One list of facts, reused for every item (drafting is synchronous). */
const FACTS = new FactList();

function draftItem(
  ctx: IndicatorContext,
  input: CommentaryInput,
  inQuarter: string
): CommentaryItem {
  const { indicator, classification } = ctx;
  const volumetric = indicator.type === "volumetric";
  const neutral = volumetric;
  const status = classification.status;
  // A figure that may stand for "not yet available" is not compared with earlier quarters.
  const placeholder = placeholderCaution(ctx);
  const cumulative = cumulativeDirection(ctx, neutral);
  const direction = placeholder ?? cumulative ?? directionOfTravel(ctx, neutral);
  // The verdict and cautions come first, in this order; then the facts, most telling first.
  const sentences: Sentence[] = [];
  const facts = FACTS;
  facts.clear();
  let grouping: Grouping;
  if (status === "notClassified" && !volumetric) {
    grouping = groupFor(false, status, false, classification.reason, null);
    sentences.push(notClassifiedSentence(classification));
  } else {
    const rated = !volumetric && isRated(status);
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
            last: lastChange && {
              change: lastChange,
              label: ctx.history[ctx.history.length - 2].quarter.label,
            },
          }
        : null
    );
    // A cumulative measure's change is against the same period a year before (cumulativeDirection).
    const when =
      cumulative && year ? `compared with ${ctx.history[year.index].quarter.label}` : inQuarter;
    let extremeInOpening = false;
    let opening: Sentence | null = null;
    if (rated && streak) {
      opening = verdictSentence({
        group: grouping.group,
        status,
        previousStatus: streak.length >= 2 ? status : streak.precededBy,
        change: direction.change,
        when,
        position: positionCode(ctx, position, side),
      });
    } else if (volumetric && !placeholder) {
      const further = runs !== null && runs.count >= 2 && !ctx.smallCohort;
      const moved = volumetricOpening(direction.change, when, further, extreme);
      if (moved) {
        opening = moved.sentence;
        extremeInOpening = moved.usesExtreme;
      }
    }
    if (opening) sentences.push(opening);
    const caution = cohortCaution(ctx);
    if (caution) sentences.push(caution);
    if (placeholder?.sentence) sentences.push(placeholder.sentence);
    if (!volumetric && !rated) {
      const unrated = statusSentence(ctx, input.toleranceMode);
      if (unrated) sentences.push(unrated);
    }
    if (rated && streak)
      facts.add(statusSentence(ctx, input.toleranceMode, streak), statusStrength(ctx, streak), 0);
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
              sources: s.sources.concat(turn.sources),
            }
          : s,
        strength,
        4
      );
    }
    // A run from the period a year before, or a table whose period before is that one (Q3 2019/20
    // beside Q3 2020/21), already says what this would.
    const yearSaid =
      year !== null &&
      ((run !== null && run.start === year.index) ||
        (direction.sentence !== null && year.index === ctx.history.length - 2));
    if (year && !yearSaid) facts.add(year.sentence, changeStrength(year.change), 5);
    if (comparators) {
      const said = benchmarkSentences(ctx, comparators);
      const strength = comparatorStrength(comparators);
      facts.add(said[0], strength, 6);
      facts.add(said[1], strength, 7);
    }
  }
  facts.appendInOrder(sentences);
  facts.clear();
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

function isRated(status: Status): boolean {
  return status === "onTarget" || status === "insideTolerance" || status === "outsideTolerance";
}

/**
 * The standing is telling unless it is an on-target streak of two or three periods, which the
 * verdict already says: a change of status, a status short of target, a streak of a year or more,
 * or a standing with nothing known before it is said straight after the verdict.
 */
function statusStrength(ctx: IndicatorContext, streak: Streak): number {
  if (ctx.classification.status !== "onTarget" || ctx.smallCohort) return 3;
  return streak.length >= 2 && streak.length < 4 ? 2 : 3;
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
