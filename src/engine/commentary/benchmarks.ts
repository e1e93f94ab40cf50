/**
 * Comparison with the benchmark columns (National, Statistical neighbours, Regional), naming each
 * comparator and its figure, with the size of each gap: "well ahead of", "slightly adrift of",
 * "comparable with" (within the margin, gap.ts), "in line with" (equal). Exact values decide the
 * side; figures are printed finer where their own formats would read the other way (SPEC 7). A
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
const CLASSES: { side: Side; size: GapSize }[] = [
  { side: 1, size: "well" },
  { side: 1, size: "slight" },
  { side: 0, size: "same" },
  { side: 0, size: "comparable" },
  { side: -1, size: "slight" },
  { side: -1, size: "well" },
];

function classWord(words: Words, side: Side, size: GapSize): string {
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
function sharedYear(benchmarks: readonly Benchmark[]): string | null {
  const first = benchmarks[0]?.year?.text;
  if (!first) return null;
  for (const b of benchmarks) if (b.year?.text !== first) return null;
  return first;
}

export function benchmarkSentences(ctx: IndicatorContext, comparators: Comparators): Sentence[] {
  const current = ctx.current;
  const { standings, decimals } = comparators;
  if (!current || standings.length === 0) return [];
  const words = comparators.usePolarity ? POLARITY_WORDS : NEUTRAL_WORDS;
  const benchmarks = standings.map((s) => s.benchmark);
  const shared = benchmarks.length > 1 ? sharedYear(benchmarks) : null;
  const sources: string[] = [];
  if (shared !== null) sources.push(benchmarks[0].year?.cell ?? "");
  const named = (b: Benchmark): string => {
    const figure = formatSourced(atDecimals(b.value, decimals));
    if (b.year && shared === null) sources.push(b.year.cell);
    sources.push(b.value.cell);
    const name =
      b.year && shared === null
        ? comparatorNameWithYear(b.name, b.year.text)
        : comparatorName(b.name);
    return `${name} (${figure})`;
  };
  const subject =
    decimals === null
      ? `${words.subject} is`
      : `${words.subject} (${formatSourced(atDecimals(current, decimals))}) is`;
  const all = shared === null ? "all comparators" : `all the ${shared} comparators`;
  const byClass: Standing[][] = CLASSES.map(() => []);
  for (const s of standings) byClass[classOf(s)].push(s);
  const used = byClass.filter((group) => group.length > 0);
  let text: string;
  if (used.length === 1) {
    const { side, size } = used[0][0];
    const word = classWord(words, side, size);
    text =
      standings.length > 1
        ? `${subject} ${word} ${all}: ${joinWithAnd(benchmarks.map(named))}.`
        : `${subject} ${word} ${named(benchmarks[0])}.`;
  } else {
    const sides = new Set(standings.map((s) => (s.size === "comparable" ? 0 : s.side)));
    const clauses: { side: Side; text: string }[] = [];
    for (let k = 0; k < CLASSES.length; k++) {
      if (byClass[k].length === 0) continue;
      const { side, size } = CLASSES[k];
      const names = joinWithAnd(byClass[k].map((s) => named(s.benchmark)));
      clauses.push({
        side: size === "comparable" ? 0 : side,
        text: `${classWord(words, side, size)} ${names}`,
      });
    }
    if (sides.size === 1 && !sides.has(0)) {
      // All on one side, at different sizes: "adrift of all comparators: slightly adrift of …".
      const side = clauses[0].side;
      const head = side > 0 ? words.ahead.all : words.adrift.all;
      text = `${subject} ${head} ${all}: ${joinClauses(clauses)}.`;
    } else {
      text = `${subject} ${joinClauses(clauses)}.`;
    }
  }
  const out: Sentence[] = [{ text, sources }];
  const note = annualNote(ctx, benchmarks);
  if (note) out.push(note);
  return out;
}

/**
 * Clauses on one side joined by "and" (", and" when a clause is itself a list); sides follow one
 * another with commas, the last after "but": "well ahead of A and slightly ahead of B, but …".
 */
function joinClauses(clauses: { side: Side; text: string }[]): string {
  const sides: { side: Side; texts: string[] }[] = [];
  for (const c of clauses) {
    const open = sides[sides.length - 1];
    if (open && open.side === c.side) open.texts.push(c.text);
    else sides.push({ side: c.side, texts: [c.text] });
  }
  const parts = sides.map(({ texts }) =>
    texts.join(texts.some((t) => t.includes(" and ")) ? ", and " : " and ")
  );
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(", ")}, but ${parts[parts.length - 1]}`;
}

/**
 * A heading that names a year marks its figure as that year's, while the table's figures are for
 * quarters or months: the reader is told they are not like for like.
 */
function annualNote(ctx: IndicatorContext, benchmarks: readonly Benchmark[]): Sentence | null {
  if (!benchmarks.some((b) => b.year)) return null;
  const last = ctx.history[ctx.history.length - 1];
  if (!last || periodKind(last.quarter) === "year") return null;
  const noun = nounOf(ctx.history);
  const which = benchmarks.every((b) => b.year)
    ? "The comparators are"
    : "The comparators with a year are";
  return sentence(`${which} figures for a whole year, not for the ${noun}.`);
}
