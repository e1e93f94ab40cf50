/**
 * Drafts the challenge commentary (SPEC 7): per indicator a headline and sentences, each a fact
 * computed from the workbook, with every quoted figure traceable to its cell. Pure and deterministic:
 * the same input always gives the same text.
 */
import type { Classification, CommentaryItem, Indicator, Quarter, ToleranceMode } from "../types";
import { cohortCaution } from "./cohort";
import { buildContext, type IndicatorContext } from "./context";
import { directionOfTravel } from "./direction";
import { benchmarkSentence } from "./benchmarks";
import { GROUP_ORDER, groupOf } from "./grouping";
import { headline } from "./headline";
import { positionSentence } from "./position";
import { extremeSentence, runSentence } from "./runs";
import { sameQuarterLastYearSentence } from "./sameQuarterLastYear";
import type { Sentence } from "./sentence";
import { statusSentence } from "./statusSentence";
import { placeholderCaution } from "./placeholderCaution";
import { cumulativeDirection, cumulativeWords } from "./cumulativeDirection";

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

function draftItem(ctx: IndicatorContext, input: CommentaryInput): CommentaryItem {
  const { indicator, classification } = ctx;
  const volumetric = indicator.type === "volumetric";
  const neutral = volumetric;
  // A figure that may stand for "not yet available" is not compared with earlier quarters.
  const placeholder = placeholderCaution(ctx);
  const cumulative = cumulativeDirection(ctx, neutral);
  const direction = placeholder ?? cumulative ?? directionOfTravel(ctx, neutral);
  const group = groupOf(volumetric, classification.status, direction.change);
  // Null for a sentence that does not apply; dropped below (no closure per item).
  const drafted: (Sentence | null)[] = [];
  if (classification.status === "notClassified" && !volumetric) {
    drafted.push(notClassifiedSentence(classification));
  } else {
    drafted.push(cohortCaution(ctx));
    if (!volumetric) drafted.push(statusSentence(ctx, input.toleranceMode));
    if (!volumetric) drafted.push(positionSentence(ctx));
    drafted.push(direction.sentence);
    if (!placeholder) {
      // A running total's runs and best/worst figures are the year filling up: not claimed.
      if (!cumulative) drafted.push(runSentence(ctx, neutral));
      if (!cumulative) drafted.push(extremeSentence(ctx, neutral));
      drafted.push(sameQuarterLastYearSentence(ctx, neutral));
    }
    drafted.push(benchmarkSentence(ctx, neutral));
  }
  const sentences: Sentence[] = [];
  for (const s of drafted) if (s !== null) sentences.push(s);
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
    group,
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
  };
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
