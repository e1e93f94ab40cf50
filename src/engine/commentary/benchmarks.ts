/**
 * Comparison with the benchmark columns (National, Statistical neighbours, Regional): better than
 * all, adrift of all, or mixed, naming each comparator and its figure. Exact values decide the words;
 * figures are printed finer where their own formats would read the other way (SPEC 7).
 */
import type { Benchmark, SourcedNumber } from "../types";
import type { IndicatorContext } from "./context";
import { agreeingDecimalsAll, atDecimals, exactComparison, formatSourced } from "./numberText";
import type { Sentence } from "./sentence";
import { joinWithAnd } from "./words";
import { regionOf } from "../headers";

/** Header texts are few and repeat on every row, so each is named once per process. */
const NAME_CACHE = new Map<string, string>();
const NAME_CACHE_LIMIT = 1000;

/** "the national average", "statistical neighbours", "the regional average", else the header text. */
export function comparatorName(name: string): string {
  let named = NAME_CACHE.get(name);
  if (named === undefined) {
    named = nameOfComparator(name);
    if (NAME_CACHE.size < NAME_CACHE_LIMIT) NAME_CACHE.set(name, named);
  }
  return named;
}

function nameOfComparator(name: string): string {
  if (regionOf(name)) return `the ${name} average`;
  const key = name.toLowerCase();
  if (key.includes("stat") || key.includes("neighbour") || /^sn\b/.test(key))
    return "statistical neighbours";
  if (key.includes("region")) return "the regional average";
  if (key.includes("national") || key.includes("england")) return "the national average";
  return name;
}

const POLARITY_WORDS = {
  up: "better than",
  same: "in line with",
  down: "adrift of",
  subject: "Performance is",
};
const NEUTRAL_WORDS = {
  up: "higher than",
  same: "the same as",
  down: "lower than",
  subject: "The figure is",
};

function named(b: Benchmark, decimals: number | null): string {
  return `${comparatorName(b.name)} (${formatSourced(atDecimals(b.value, decimals))})`;
}

export function benchmarkSentence(ctx: IndicatorContext, neutral: boolean): Sentence | null {
  const current = ctx.current;
  const benchmarks = ctx.indicator.benchmarks;
  if (!current || benchmarks.length === 0) return null;
  const usePolarity = !neutral && ctx.polarity !== null;
  const words = usePolarity ? POLARITY_WORDS : NEUTRAL_WORDS;
  const better: Benchmark[] = [];
  const same: Benchmark[] = [];
  const worse: Benchmark[] = [];
  const sources: string[] = [];
  const values: SourcedNumber[] = [];
  for (const b of benchmarks) {
    const sign = relativeSign(current, b.value, usePolarity ? ctx.polarity === "higher" : true);
    (sign > 0 ? better : sign < 0 ? worse : same).push(b);
    sources.push(b.value.cell);
    values.push(b.value);
  }
  // SPEC 7: if any benchmark, as its cell shows it, would read the other way from the headline
  // figure, the figure and the benchmarks are printed at the precision that agrees.
  const decimals = agreeingDecimalsAll(current, values);
  const subject =
    decimals === null
      ? words.subject
      : `${words.subject.replace(/ is$/, "")} (${formatSourced(atDecimals(current, decimals))}) is`;
  const groups: [Benchmark[], string][] = [
    [better, words.up],
    [same, words.same],
    [worse, words.down],
  ];
  for (const [group, word] of groups) {
    if (group.length === benchmarks.length) {
      const all =
        benchmarks.length > 1
          ? `all comparators: ${namedAll(group, decimals)}`
          : named(group[0], decimals);
      return { text: `${subject} ${word} ${all}.`, sources };
    }
  }
  const clauses: string[] = [];
  for (const [group, word] of groups)
    if (group.length > 0) clauses.push(`${word} ${namedAll(group, decimals)}`);
  const last = clauses.pop() as string;
  return { text: `${subject} ${clauses.join(", ")}, but ${last}.`, sources };
}

function namedAll(group: Benchmark[], decimals: number | null): string {
  const names: string[] = [];
  for (const b of group) names.push(named(b, decimals));
  return joinWithAnd(names);
}

/** 1 when `value` is on the good (or higher) side of `benchmark`, −1 the other, 0 level (exact). */
function relativeSign(value: SourcedNumber, benchmark: SourcedNumber, higherIsUp: boolean): number {
  const sign = exactComparison(value.value, benchmark.value);
  return higherIsUp ? sign : -sign;
}
