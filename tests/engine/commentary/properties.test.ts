/**
 * Properties of the drafted commentary over random workbooks: the same input gives the same text,
 * and every number in the text is a figure shown in one of the item's source cells, or the
 * difference between two of them as shown.
 */
import fc from "fast-check";
import { draftCommentary, type CommentaryInput } from "../../../src/engine/commentary";
import { excelRound, groupThousands } from "../../../src/engine/commentary/numberText";
import type { Indicator, SourcedNumber, ToleranceMode } from "../../../src/engine/types";
import { classify, makeIndicator, quartersEndingQ2 } from "./fixtures";

interface Raw {
  polarity: "higher" | "lower" | null;
  percent: boolean;
  decimals: number;
  target: number | null;
  tolerance: number | null;
  values: (number | null)[];
  benchmarks: number[];
  denominator: number | null;
  broken: boolean;
  /** The year the benchmark headings name (issue 26), if any. */
  year: string | null;
}

/** A figure with up to three decimal places, so that display rounding matters. */
const figure = (max: number) => fc.integer({ min: 0, max: max * 1000 }).map((n) => n / 1000);

function rawIndicator(length: number) {
  return fc.record({
    polarity: fc.constantFrom<"higher" | "lower" | null>("higher", "lower", null),
    percent: fc.boolean(),
    decimals: fc.integer({ min: 0, max: 2 }),
    target: fc.option(figure(100), { nil: null }),
    tolerance: fc.option(figure(20), { nil: null }),
    values: fc.array(fc.option(figure(100), { nil: null, freq: 6 }), {
      minLength: length,
      maxLength: length,
    }),
    benchmarks: fc.array(figure(100), { maxLength: 3 }),
    denominator: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
    broken: fc.boolean(),
    year: fc.constantFrom<string | null>(null, "2018", "2017/18"),
  });
}

const MODES: ToleranceMode[] = ["threshold", "points", "percent"];
const BENCHMARK_NAMES = ["National", "Statistical neighbours", "Regional"];

function build(raws: Raw[], length: number, mode: ToleranceMode): CommentaryInput {
  const quarters = quartersEndingQ2(length);
  const indicators = raws.map((raw, i): Indicator => {
    const volumetric = raw.polarity === null;
    const polarity = raw.polarity ?? "higher";
    const base = makeIndicator(
      {
        ref: `R${"ABCDEFGH"[i]}`,
        row: 4 + i,
        type: volumetric ? "volumetric" : "contract",
        polarity: raw.polarity,
        percent: raw.percent,
        decimals: raw.decimals,
        target: raw.target,
        tolerance: raw.tolerance,
        values: raw.values,
        benchmarks: raw.benchmarks.map((value, b) => ({ name: BENCHMARK_NAMES[b], value })),
        denominator: raw.denominator ?? undefined,
      },
      quarters
    );
    const sign = polarity === "higher" ? -1 : 1;
    const t = raw.target;
    const tol = raw.tolerance;
    const threshold =
      t === null || tol === null || volumetric
        ? null
        : mode === "threshold"
          ? tol
          : mode === "points"
            ? t + sign * tol
            : t * (1 + (sign * tol) / 100);
    // Benchmark headings on the header row (row 4), each naming the year when there is one.
    const benchmarks = raw.year
      ? base.benchmarks.map((b, k) => ({
          ...b,
          year: { text: raw.year as string, cell: `Indicators!${"XYZ"[k]}4` },
        }))
      : base.benchmarks;
    return { ...base, threshold, benchmarks };
  });
  const quarter = quarters[length - 1];
  const classifications = indicators.map((ind, i) =>
    raws[i].broken && ind.type === "contract"
      ? classify(ind, quarter, {
          status: "notClassified",
          reason: "the polarity contradicts the tolerance side",
        })
      : classify(ind, quarter)
  );
  return {
    indicators,
    classifications,
    quarters,
    quarter,
    toleranceMode: mode,
    smallCohortThreshold: 10,
  };
}

const inputs = fc
  .record({
    length: fc.integer({ min: 1, max: 10 }),
    count: fc.integer({ min: 1, max: 4 }),
    mode: fc.constantFrom(...MODES),
  })
  .chain(({ length, count, mode }) =>
    fc
      .array(rawIndicator(length), { minLength: count, maxLength: count })
      .map((raws) => build(raws, length, mode))
  );

/** Every number an indicator's cells can contribute, by cell address. */
function cellsOf(indicator: Indicator): Map<string, SourcedNumber> {
  const all = [
    indicator.target,
    indicator.tolerance,
    indicator.denominator,
    indicator.numerator,
    ...indicator.series.map((s) => s.value),
    ...indicator.benchmarks.map((b) => b.value),
  ].filter((n): n is SourcedNumber => n !== null);
  return new Map(all.map((n) => [n.cell, n]));
}

/** The figure as shown, without % sign or separators ("1,898" → "1898"). */
function shown(n: SourcedNumber): string {
  return excelRound(n.value, n.decimals);
}

/** |a − b| of two shown decimal strings, computed independently of the engine's helper. */
function difference(a: string, b: string): string {
  const places = Math.max((a.split(".")[1] ?? "").length, (b.split(".")[1] ?? "").length);
  const scale = (s: string) => {
    const [w, f = ""] = s.split(".");
    return BigInt(w + f.padEnd(places, "0"));
  };
  let d = scale(a) - scale(b);
  if (d < 0n) d = -d;
  const digits = d.toString().padStart(places + 1, "0");
  return places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
}

const QUARTER_LABEL = /Q[1-4] \d{4}\/\d{2}/g;
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

describe("commentary properties", () => {
  it("is deterministic: drafting twice, or from a copy, gives identical output", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const first = draftCommentary(input);
        expect(draftCommentary(input)).toEqual(first);
        expect(draftCommentary(structuredClone(input))).toEqual(first);
      }),
      { numRuns: 300 }
    );
  });

  it("traces every number in the text to a source cell's shown figure or a difference of two", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const items = draftCommentary(input);
        expect(items).toHaveLength(input.indicators.length);
        for (const item of items) {
          const indicator = input.indicators.find((ind) => ind.ref === item.ref) as Indicator;
          const cells = cellsOf(indicator);
          // A benchmark heading's year is quoted from the heading cell, which is then a source.
          const headings = new Map<string, string>();
          for (const b of indicator.benchmarks) if (b.year) headings.set(b.year.cell, b.year.text);
          // Every source is a real cell of this indicator, or one of its benchmark headings.
          for (const cell of item.sources) expect(cells.has(cell) || headings.has(cell)).toBe(true);
          const numeric = item.sources.filter((cell) => cells.has(cell));
          const figures = numeric.map((cell) => shown(cells.get(cell) as SourcedNumber));
          const allowed = new Set(figures.map((f) => groupThousands(f)));
          for (const cell of item.sources)
            for (const part of headings.get(cell)?.match(NUMBER) ?? []) allowed.add(part);
          for (const a of figures)
            for (const b of figures) allowed.add(groupThousands(difference(a, b)));
          // docs/commentary.md (issue 9): where two figures as their cells show them would read the other way
          // from the comparison word, both are printed finer — still the same cells' figures.
          for (let places = 1; places <= 12; places++) {
            const finer = numeric.map((cell) => {
              const n = cells.get(cell) as SourcedNumber;
              return excelRound(n.value, Math.max(n.decimals, places));
            });
            for (const a of finer) {
              allowed.add(groupThousands(a));
              for (const b of finer) allowed.add(groupThousands(difference(a, b)));
            }
          }
          const tokens = item.text.replace(QUARTER_LABEL, "").match(NUMBER) ?? [];
          for (const token of tokens) {
            if (!allowed.has(token))
              throw new Error(
                `"${token}" in "${item.text}" is not traceable to ${item.sources.join(", ")}`
              );
          }
          const headlineValue = item.headline.split(" = ").pop() as string;
          if (headlineValue !== "no value") {
            expect(allowed.has(headlineValue.replace("%", ""))).toBe(true);
          }
        }
      }),
      { numRuns: 300 }
    );
  });
});

/**
 * Issue 26: the new claims hold only when the figures show them. Series of small steps (so that
 * runs, dips and turns are common), figures at random precisions (so that display rounding
 * matters), with and without a band, for measures with a polarity and volumetric ones. Each claim
 * is parsed back from the text and checked against the series by an oracle written here.
 */
interface TrendCase {
  polarity: "higher" | "lower" | null;
  decimals: number;
  target: number;
  band: number | null;
  values: (number | null)[];
  benchmarks: { value: number; decimals: number }[];
}

const trendCases = fc.record<TrendCase>({
  polarity: fc.constantFrom<"higher" | "lower" | null>("higher", "lower", null),
  decimals: fc.integer({ min: 0, max: 2 }),
  target: fc.integer({ min: 400, max: 600 }).map((n) => n / 10),
  band: fc.option(
    fc.integer({ min: 1, max: 80 }).map((n) => n / 10),
    { nil: null, freq: 3 }
  ),
  values: fc
    .tuple(
      fc.integer({ min: 4000, max: 6000 }),
      fc.array(fc.option(fc.integer({ min: -300, max: 300 }), { nil: null, freq: 12 }), {
        minLength: 1,
        maxLength: 9,
      })
    )
    .map(([start, steps]) => {
      let at = start;
      const out: (number | null)[] = [at / 100];
      for (const step of steps) {
        if (step === null) out.push(null);
        else {
          at = Math.min(9000, Math.max(1000, at + step));
          out.push(at / 100);
        }
      }
      return out;
    }),
  benchmarks: fc.array(
    fc.record({
      value: fc.integer({ min: 3000, max: 7000 }).map((n) => n / 100),
      decimals: fc.integer({ min: 0, max: 2 }),
    }),
    { maxLength: 3 }
  ),
});

function trendInput(c: TrendCase): CommentaryInput {
  const volumetric = c.polarity === null;
  const sign = c.polarity === "lower" ? 1 : -1;
  const threshold = c.band === null ? null : c.target + sign * c.band;
  const indicator = makeIndicator(
    {
      type: volumetric ? "volumetric" : "contract",
      polarity: c.polarity,
      percent: false,
      decimals: c.decimals,
      target: c.target,
      tolerance: threshold,
      values: c.values,
      benchmarks: c.benchmarks.map((b, i) => ({ name: BENCHMARK_NAMES[i], ...b })),
    },
    quartersEndingQ2(c.values.length)
  );
  const quarters = indicator.series.map((s) => s.quarter);
  const quarter = quarters[quarters.length - 1];
  return {
    indicators: [indicator],
    classifications: [classify(indicator, quarter)],
    quarters,
    quarter,
    toleranceMode: "threshold",
    smallCohortThreshold: 10,
  };
}

/** The figure as shown, as a number. */
const shownNumber = (n: SourcedNumber): number => Number(excelRound(n.value, n.decimals));

/** Sign of the step into quarter i, 0 when it does not count (a blank, or exact and shown disagree). */
function stepSign(series: Indicator["series"], i: number): number {
  const a = series[i - 1]?.value;
  const b = series[i]?.value;
  if (!a || !b) return 0;
  const exact =
    Math.abs(b.value - a.value) <= 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value))
      ? 0
      : Math.sign(b.value - a.value);
  const shown = Math.sign(shownNumber(b) - shownNumber(a));
  return exact === shown ? exact : 0;
}

/** The size words of the direction-of-travel rule, on the figures as shown. */
function sizeWord(later: number, earlier: number, band: number | null): string {
  const change = Number(Math.abs(later - earlier).toPrecision(12));
  if (band !== null && band > 0) {
    if (change < band / 4) return "very slight";
    return change < band ? "slight" : "significant";
  }
  if (earlier === 0) return "significant";
  const relative = change / Math.abs(earlier);
  return relative < 0.01 ? "very slight" : relative < 0.05 ? "slight" : "significant";
}

/** The noun for a step's sign: improvement/decline with a polarity, increase/decrease without. */
function nounFor(sign: number, polarity: TrendCase["polarity"]): string {
  if (polarity === null) return sign > 0 ? "increase" : "decrease";
  return sign > 0 === (polarity === "higher") ? "improvement" : "decline";
}

const WORD_COUNT: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

describe("commentary properties: trends that turn (issue 26)", () => {
  it("claims a run, a turn or a recovery exactly when the series shows it", () => {
    let turns = 0;
    let dips = 0;
    let runs = 0;
    fc.assert(
      fc.property(trendCases, (c) => {
        const input = trendInput(c);
        const [item] = draftCommentary(input);
        const series = input.indicators[0].series;
        const last = series.length - 1;
        const band = c.polarity === null ? null : c.band;
        const text = item.text;
        // The steps at the end of the series, read backwards, by the oracle.
        const signs: number[] = [];
        for (let i = last; i >= 1; i--) signs.push(stepSign(series, i));
        let count = 0;
        while (count < signs.length && signs[count] !== 0 && signs[count] === signs[0]) count++;
        let prior = 0;
        if (count > 0)
          while (count + prior < signs.length && signs[count + prior] === -signs[0]) prior++;
        const labelOf = (i: number) => series[i].quarter.label;
        const shownAt = (i: number) => shownNumber(series[i].value as SourcedNumber);
        const fmt = (i: number) =>
          groupThousands(excelRound((series[i].value as SourcedNumber).value, c.decimals));

        const run =
          /This is a ([a-z ]+), consistent (\w+) over the last (\w+) quarters, from ([\d,.]+) in (Q\d \d{4}\/\d{2})\./.exec(
            text
          );
        if (count >= 3) {
          runs++;
          const start = last - count;
          expect(run?.slice(1)).toEqual([
            sizeWord(shownAt(last), shownAt(start), band),
            nounFor(signs[0], c.polarity),
            Object.keys(WORD_COUNT).find((w) => WORD_COUNT[w] === count),
            fmt(start),
            labelOf(start),
          ]);
        } else expect(run).toBeNull();

        const turn =
          /, after a ([a-z ]+), consistent (\w+) over the (\w+) quarters before, from ([\d,.]+) in (Q\d \d{4}\/\d{2})\./.exec(
            text
          );
        const dip =
          /, (?:(recovering|reversing) (all|most|half|part) of|after) a ([a-z ]+) (\w+) (the quarter before|over the two quarters before), from ([\d,.]+) in (Q\d \d{4}\/\d{2})\./.exec(
            text
          );
        if (count === 1 && prior >= 3) {
          turns++;
          const start = last - 1 - prior;
          expect(turn?.slice(1)).toEqual([
            sizeWord(shownAt(last - 1), shownAt(start), band),
            nounFor(-signs[0], c.polarity),
            Object.keys(WORD_COUNT).find((w) => WORD_COUNT[w] === prior),
            fmt(start),
            labelOf(start),
          ]);
          expect(dip).toBeNull();
        } else if (count === 1 && prior >= 1) {
          dips++;
          const start = last - 1 - prior;
          expect(turn).toBeNull();
          expect(dip).not.toBeNull();
          const [, verb, share, size, noun, span, from, label] = dip as RegExpExecArray;
          expect([size, noun, span, from, label]).toEqual([
            sizeWord(shownAt(last - 1), shownAt(start), band),
            nounFor(-signs[0], c.polarity),
            prior === 1 ? "the quarter before" : "over the two quarters before",
            fmt(start),
            labelOf(start),
          ]);
          // The share, on the exact values and on the figures as shown: said only when both agree.
          const shareOf = (now: number, bottom: number, before: number) => {
            const regained = Math.abs(now - bottom);
            const lost = Math.abs(before - bottom);
            const twice = 2 * regained - lost;
            if (Math.abs(twice) <= 1e-9 * lost) return "half";
            if (twice < 0) return "part";
            return regained >= lost - 1e-9 * lost ? "all" : "most";
          };
          const v = (i: number) => (series[i].value as SourcedNumber).value;
          const exact = shareOf(v(last), v(last - 1), v(start));
          const shown = shareOf(shownAt(last), shownAt(last - 1), shownAt(start));
          expect(share ?? null).toBe(exact === shown ? exact : null);
          if (share) {
            const good = c.polarity !== null && nounFor(signs[0], c.polarity) === "improvement";
            expect(verb).toBe(good ? "recovering" : "reversing");
          }
        } else {
          expect(turn).toBeNull();
          expect(dip).toBeNull();
        }
      }),
      { numRuns: 600 }
    );
    // The generator reaches every kind of claim, so the law is not true by never being tested.
    expect(runs).toBeGreaterThan(20);
    expect(turns).toBeGreaterThan(5);
    expect(dips).toBeGreaterThan(20);
  });
});

describe("commentary properties: comparable with, and the size of a gap (issue 26)", () => {
  const CLASS_WORDS =
    /(well ahead of|slightly ahead of|in line with|comparable with|slightly adrift of|well adrift of|well above|slightly higher than|the same as|slightly lower than|well below)|(the national average|statistical neighbours|the regional average) \(([\d,.]+)\)/g;
  const NAME_OF: Record<string, string> = {
    "the national average": "National",
    "statistical neighbours": "Statistical neighbours",
    "the regional average": "Regional",
  };

  it("says comparable only within the margin, and sizes every other gap by the band rule", () => {
    let comparable = 0;
    let sized = 0;
    fc.assert(
      fc.property(trendCases, (c) => {
        const input = trendInput(c);
        const [item] = draftCommentary(input);
        const indicator = input.indicators[0];
        const current = indicator.series[indicator.series.length - 1].value;
        const said = item.sentences.find(
          (s) => /comparators?|average|neighbours/.test(s) && /\(/.test(s) && !/target/.test(s)
        );
        if (!current || indicator.benchmarks.length === 0) {
          expect(said).toBeUndefined();
          return;
        }
        expect(said).toBeDefined();
        const text = said as string;
        // The figure as the sentence prints it (finer when the cells' formats would read the other way).
        const printedNow = /^(?:Performance|The figure) \(([\d,.]+)\)/.exec(text)?.[1];
        const now = printedNow ? Number(printedNow.replace(/,/g, "")) : shownNumber(current);
        const band = c.polarity === null ? null : c.band;
        let word = "";
        const seen: string[] = [];
        for (const m of text.matchAll(CLASS_WORDS)) {
          if (m[1]) {
            word = m[1];
            continue;
          }
          const b = indicator.benchmarks.find((x) => x.name === NAME_OF[m[2]]) as {
            value: SourcedNumber;
          };
          seen.push(m[2]);
          const figure = Number(m[3].replace(/,/g, ""));
          const gap = Number(Math.abs(now - figure).toPrecision(12));
          const exactSide =
            Math.sign(current.value - b.value.value) * (c.polarity === "lower" ? -1 : 1);
          const margin = band !== null ? band / 4 : Math.abs(figure) * 0.02;
          const slightLimit = band !== null ? band : Math.abs(figure) * 0.05;
          if (word === "in line with" || word === "the same as") {
            expect(Math.abs(current.value - b.value.value)).toBeLessThanOrEqual(
              1e-9 * Math.max(Math.abs(current.value), Math.abs(b.value.value))
            );
          } else if (word === "comparable with") {
            comparable++;
            expect(exactSide).not.toBe(0);
            expect(gap).toBeLessThan(margin);
          } else {
            sized++;
            const ahead = /ahead|above|higher/.test(word);
            expect(exactSide).toBe(ahead ? 1 : -1);
            expect(Math.sign(now - figure) * (c.polarity === "lower" ? -1 : 1)).toBe(exactSide);
            expect(gap).toBeGreaterThanOrEqual(margin);
            if (/slightly/.test(word)) expect(gap).toBeLessThan(slightLimit);
            else expect(gap).toBeGreaterThanOrEqual(slightLimit);
          }
        }
        // Every benchmark is named once, with a word that covers it.
        expect(seen.sort()).toEqual(
          indicator.benchmarks
            .map((b) => Object.keys(NAME_OF).find((k) => NAME_OF[k] === b.name))
            .sort()
        );
      }),
      { numRuns: 600 }
    );
    expect(comparable).toBeGreaterThan(20);
    expect(sized).toBeGreaterThan(100);
  });
});
