/**
 * Comparison with the benchmark columns (National, Statistical neighbours, Regional), naming each
 * comparator and its figure, with the size of each gap: "well ahead of", "slightly adrift of",
 * "comparable with" (within the margin, gap.ts), "in line with" (equal). Exact values decide the
 * side; figures are printed finer where their own formats would read the other way (docs/commentary.md). A
 * year the headings name is said ("the 2018 national average"), with a note when the comparators
 * are for a year and the figure for a quarter or month (docs/commentary.md, Benchmarks).
 */
import type { Benchmark } from "../types";
import type { IndicatorContext } from "./context";
import type { Comparators, GapSize, Standing } from "./gap";
import { atDecimals, formatSourced } from "./numberText";
import { nounOf } from "./periodWords";
import { sentence, type Sentence } from "./sentence";
import { joinWithAnd } from "./words";
import { regionOf } from "../headers";
import { periodKind } from "../periods";

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

/** "the 2018 national average", "the 2018 statistical neighbour average", "Core cities 2018". */
export function comparatorNameWithYear(name: string, year: string): string {
  const plain = comparatorName(name);
  if (plain === "statistical neighbours") return `the ${year} statistical neighbour average`;
  if (plain.startsWith("the ")) return `the ${year} ${plain.slice(4)}`;
  return `${plain} ${year}`;
}

type Side = -1 | 0 | 1;

/** Words by side and size, for measures with a polarity and for those without (volumetric). */
const POLARITY_WORDS = {
  subject: "Performance",
  ahead: { slight: "slightly ahead of", well: "well ahead of", all: "better than" },
  adrift: { slight: "slightly adrift of", well: "well adrift of", all: "adrift of" },
  same: "in line with",
  comparable: "comparable with",
};
const NEUTRAL_WORDS = {
  subject: "The figure",
  ahead: { slight: "slightly higher than", well: "well above", all: "higher than" },
  adrift: { slight: "slightly lower than", well: "well below", all: "lower than" },
  same: "the same as",
  comparable: "comparable with",
};
type Words = typeof POLARITY_WORDS;

/** Clause order: ahead (well, then slightly), level (equal, comparable), adrift (slightly, well). */
const CLASSES: readonly { side: Side; size: GapSize }[] = [
  { side: 1, size: "well" },
  { side: 1, size: "slight" },
  { side: 0, size: "same" },
  { side: 0, size: "comparable" },
  { side: -1, size: "slight" },
  { side: -1, size: "well" },
];

function classWord(words: Words, k: number): string {
  const { side, size } = CLASSES[k];
  if (size === "same") return words.same;
  if (size === "comparable") return words.comparable;
  return (side > 0 ? words.ahead : words.adrift)[size];
}

/** Which CLASSES entry a standing belongs to (comparable gaps on either side are one class). */
function classOf(s: Standing): number {
  if (s.size === "same") return 2;
  if (s.size === "comparable") return 3;
  if (s.side > 0) return s.size === "well" ? 0 : 1;
  return s.size === "slight" ? 4 : 5;
}

/** The year every benchmark's heading names, when they all name the same one; else null. */
function sharedYear(standings: readonly Standing[]): string | null {
  const first = standings[0]?.benchmark.year?.text;
  if (!first) return null;
  for (const s of standings) if (s.benchmark.year?.text !== first) return null;
  return first;
}

/** What one sentence is building: the precision, the shared year and the cells it quotes. */
interface Naming {
  decimals: number | null;
  shared: string | null;
  sources: string[];
}

/** "the national average (83%)", or with its year when the comparators do not share one. */
function named(b: Benchmark, naming: Naming): string {
  const figure = formatSourced(atDecimals(b.value, naming.decimals));
  const year = naming.shared === null ? b.year : undefined;
  if (year) naming.sources.push(year.cell);
  naming.sources.push(b.value.cell);
  const name = year ? comparatorNameWithYear(b.name, year.text) : comparatorName(b.name);
  return `${name} (${figure})`;
}

/** The comparators of class `k` (all of them when k is −1), named and joined with "and". */
function namesOf(standings: readonly Standing[], k: number, naming: Naming): string {
  const names: string[] = [];
  for (const s of standings) if (k < 0 || classOf(s) === k) names.push(named(s.benchmark, naming));
  return joinWithAnd(names);
}

const NO_SENTENCES: Sentence[] = [];

export function benchmarkSentences(ctx: IndicatorContext, comparators: Comparators): Sentence[] {
  const current = ctx.current;
  const { standings, decimals } = comparators;
  if (!current || standings.length === 0) return NO_SENTENCES;
  const words = comparators.usePolarity ? POLARITY_WORDS : NEUTRAL_WORDS;
  const n = standings.length;
  const shared = n > 1 ? sharedYear(standings) : null;
  const naming: Naming = { decimals, shared, sources: [] };
  if (shared !== null) naming.sources.push(standings[0].benchmark.year?.cell ?? "");
  const subject =
    decimals === null
      ? `${words.subject} is`
      : `${words.subject} (${formatSourced(atDecimals(current, decimals))}) is`;
  const all = shared === null ? "all comparators" : `all the ${shared} comparators`;
  // Which classes occur (a bit each), and the sides they fall on.
  let classes = 0;
  for (const s of standings) classes |= 1 << classOf(s);
  let text: string;
  if ((classes & (classes - 1)) === 0) {
    const word = classWord(words, 31 - Math.clz32(classes));
    text =
      n > 1
        ? `${subject} ${word} ${all}: ${namesOf(standings, -1, naming)}.`
        : `${subject} ${word} ${named(standings[0].benchmark, naming)}.`;
  } else {
    const ahead = (classes & 0b000011) !== 0;
    const level = (classes & 0b001100) !== 0;
    const adrift = (classes & 0b110000) !== 0;
    const clauses = joinClauses(standings, classes, words, naming);
    if (!level && ahead !== adrift) {
      // All on one side, at different sizes: "adrift of all comparators: slightly adrift of …".
      const head = ahead ? words.ahead.all : words.adrift.all;
      text = `${subject} ${head} ${all}: ${clauses}.`;
    } else text = `${subject} ${clauses}.`;
  }
  const said: Sentence = { text, sources: naming.sources };
  const note = annualNote(ctx, standings);
  return note ? [said, note] : [said];
}

/**
 * Clauses on one side joined by "and" (", and" when a clause is itself a list); sides follow one
 * another with commas, the last after "but": "well ahead of A and slightly ahead of B, but …".
 */
function joinClauses(
  standings: readonly Standing[],
  classes: number,
  words: Words,
  naming: Naming
): string {
  const parts: string[] = [];
  let side: Side | null = null;
  let texts: string[] = [];
  let hasList = false;
  for (let k = 0; k < CLASSES.length; k++) {
    if ((classes & (1 << k)) === 0) continue;
    const names = namesOf(standings, k, naming);
    if (side !== CLASSES[k].side) {
      if (side !== null) parts.push(texts.join(hasList ? ", and " : " and "));
      side = CLASSES[k].side;
      texts = [];
      hasList = false;
    }
    texts.push(`${classWord(words, k)} ${names}`);
    hasList = hasList || names.includes(" and ");
  }
  parts.push(texts.join(hasList ? ", and " : " and "));
  if (parts.length === 1) return parts[0];
  let text = parts[0];
  for (let i = 1; i < parts.length - 1; i++) text += `, ${parts[i]}`;
  return `${text}, but ${parts[parts.length - 1]}`;
}

/**
 * A heading that names a year marks its figure as that year's, while the table's figures are for
 * quarters or months: the reader is told they are not like for like.
 */
function annualNote(ctx: IndicatorContext, standings: readonly Standing[]): Sentence | null {
  let withYear = 0;
  for (const s of standings) if (s.benchmark.year) withYear++;
  if (withYear === 0) return null;
  const last = ctx.history[ctx.history.length - 1];
  if (!last || periodKind(last.quarter) === "year") return null;
  const noun = nounOf(ctx.history);
  const which =
    withYear === standings.length ? "The comparators are" : "The comparators with a year are";
  return sentence(`${which} figures for a whole year, not for the ${noun}.`);
}
