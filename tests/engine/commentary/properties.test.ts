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
    return { ...base, threshold };
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
          // Every source is a real cell of this indicator.
          for (const cell of item.sources) expect(cells.has(cell)).toBe(true);
          const figures = item.sources.map((cell) => shown(cells.get(cell) as SourcedNumber));
          const allowed = new Set(figures.map((f) => groupThousands(f)));
          for (const a of figures)
            for (const b of figures) allowed.add(groupThousands(difference(a, b)));
          // SPEC 7 (issue 9): where two figures as their cells show them would read the other way
          // from the comparison word, both are printed finer — still the same cells' figures.
          for (let places = 1; places <= 12; places++) {
            const finer = item.sources.map((cell) => {
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
