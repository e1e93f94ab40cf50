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
  const items = input.indicators.map((indicator, i) => {
    const classification =
      input.classifications[i] ?? findClassification(input.classifications, indicator);
    const ctx = buildContext(indicator, classification, input.quarter, input.smallCohortThreshold);
    const item = draftItem(ctx, input);
    return { rank: GROUP_ORDER.indexOf(item.group), row: indicator.row, item };
  });
  // Array sort is stable: equal group and row keep the input order.
  items.sort((a, b) => a.rank - b.rank || a.row - b.row);
  return items.map((entry) => entry.item);
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
  const sentences: Sentence[] = [];
  const add = (s: Sentence | null): void => {
    if (s !== null) sentences.push(s);
  };
  if (classification.status === "notClassified" && !volumetric) {
    add(notClassifiedSentence(classification));
  } else {
    add(cohortCaution(ctx));
    if (!volumetric) add(statusSentence(ctx, input.toleranceMode));
    if (!volumetric) add(positionSentence(ctx));
    add(direction.sentence);
    if (!placeholder) {
      // A running total's runs and best/worst figures are the year filling up: not claimed.
      if (!cumulative) add(runSentence(ctx, neutral));
      if (!cumulative) add(extremeSentence(ctx, neutral));
      add(sameQuarterLastYearSentence(ctx, neutral));
    }
    add(benchmarkSentence(ctx, neutral));
  }
  // A measure with no figure this quarter still says so, rather than leaving an empty paragraph.
  if (!ctx.current && sentences.length === 0) {
    sentences.push({ text: `There is no figure for ${input.quarter.label}.`, sources: [] });
  }
  const sources: string[] = [];
  if (ctx.current && ctx.current.cell) sources.push(ctx.current.cell);
  const texts: string[] = [];
  for (const s of sentences) {
    texts.push(s.text);
    for (const cell of s.sources) if (cell && !sources.includes(cell)) sources.push(cell);
  }
  const text = texts.join(" ");
  let at = 0;
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
    // The sentences again as slices of the paragraph: the same text, held once (a sentence built
    // from template pieces is a tree of fragments; 20,000 rows of them were half a run's heap).
    sentences: texts.map((part) => text.slice(at, (at += part.length + 1) - 1)),
    text,
    direction: direction.phrase,
    sources,
  };
}

function notClassifiedSentence(classification: Classification): Sentence {
  const reason = (classification.reason ?? "the row has a problem to resolve (see the findings)")
    .trim()
    .replace(/\.+$/, "");
  return { text: `This indicator is not classified: ${reason}.`, sources: [] };
}
