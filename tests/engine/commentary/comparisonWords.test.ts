/**
 * docs/commentary.md (issue 9): every comparison word is true of the exact values and never contradicts the
 * figures as printed, whatever number format each cell has. Random figures close together (so
 * that display rounding flips comparisons) and a random number of decimals per cell; the text is
 * parsed back and each word checked against the figures it prints.
 */
import fc from "fast-check";
import { draftCommentary } from "../../../src/engine/commentary";
import type { Indicator, Polarity, SourcedNumber } from "../../../src/engine/types";
import { classify, makeIndicator, quartersEndingQ2 } from "./fixtures";

/** Figures within a few points of 91, with up to three decimals: rounding decides a lot here. */
const near = fc.integer({ min: 89_000, max: 93_000 }).map((n) => n / 1000);
const places = fc.integer({ min: 0, max: 3 });

interface Case {
  polarity: Polarity;
  values: number[];
  valueDecimals: number[];
  target: number;
  targetDecimals: number;
  tolerance: number;
  toleranceDecimals: number;
  benchmarks: { value: number; decimals: number }[];
}

const cases = fc.record<Case>({
  polarity: fc.constantFrom<Polarity>("higher", "lower"),
  values: fc.array(near, { minLength: 5, maxLength: 5 }),
  valueDecimals: fc.array(places, { minLength: 5, maxLength: 5 }),
  target: near,
  targetDecimals: places,
  tolerance: near,
  toleranceDecimals: places,
  benchmarks: fc.array(fc.record({ value: near, decimals: places }), {
    minLength: 1,
    maxLength: 3,
  }),
});

const NAMES = ["National", "Statistical neighbours", "Regional"];

function withDecimals(n: SourcedNumber | null, decimals: number): SourcedNumber | null {
  return n === null ? null : { ...n, decimals };
}

function build(c: Case): Indicator {
  // The threshold must sit on the worse side of the target for the rule to be consistent.
  const worse = c.polarity === "higher" ? Math.min : Math.max;
  const tolerance = worse(c.tolerance, c.target);
  const indicator = makeIndicator(
    {
      polarity: c.polarity,
      percent: true,
      target: c.target,
      tolerance,
      values: c.values,
      benchmarks: c.benchmarks.map((b, i) => ({ name: NAMES[i], ...b })),
    },
    quartersEndingQ2(5)
  );
  indicator.series = indicator.series.map((s, i) => ({
    ...s,
    value: withDecimals(s.value, c.valueDecimals[i]),
  }));
  indicator.target = withDecimals(indicator.target, c.targetDecimals);
  indicator.tolerance = withDecimals(indicator.tolerance, c.toleranceDecimals);
  indicator.threshold = tolerance;
  return indicator;
}

/** "91.5%" → 91.5. */
function figure(text: string): number {
  return Number(text.replace(/[%,]/g, ""));
}

const FIG = "(-?[\\d,]+(?:\\.\\d+)?%?)";

/** The sign the words claim for (a − b), given the polarity: better means higher when higher. */
function claimed(word: string, polarity: Polarity): -1 | 0 | 1 {
  const up = polarity === "higher" ? 1 : -1;
  if (/better|improvement|above|ahead/.test(word)) return up as 1 | -1;
  if (/adrift|decline|below/.test(word)) return -up as 1 | -1;
  return 0;
}

/** The share of `lost` that `regained` makes up, in the words the commentary uses. */
function shareOf(regained: number, lost: number): string {
  const twice = 2 * regained - lost;
  if (Math.abs(twice) < 1e-9) return "half";
  if (twice < 0) return "part";
  return regained >= lost - 1e-9 ? "all" : "most";
}

function check(sign: -1 | 0 | 1, a: number, b: number, text: string): void {
  const printed = Math.sign(a - b);
  if (printed !== sign)
    throw new Error(`"${text}": the words say ${sign}, the printed ${a} vs ${b} say ${printed}`);
}

describe("comparison words against printed figures (docs/commentary.md)", () => {
  it("never contradict the figures printed beside them, for any number formats", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const indicator = build(c);
        const quarters = indicator.series.map((s) => s.quarter);
        const chosen = quarters[quarters.length - 1];
        const [item] = draftCommentary({
          indicators: [indicator],
          classifications: [classify(indicator, chosen)],
          quarters,
          quarter: chosen,
          toleranceMode: "threshold",
          smallCohortThreshold: 10,
        });
        const headline = figure(item.headline.split(" = ").pop() as string);
        const polarity = c.polarity;
        // The verdict's change is the direction of travel's, with the same size and direction.
        const verdict = /^Despite a ([a-z ]+) (decline|improvement) in Q\d/.exec(item.sentences[0]);
        if (verdict)
          expect(item.text).toContain(`There has been a ${verdict[1]} ${verdict[2]} of `);
        if (/^This is good and improving/.test(item.sentences[0]))
          expect(item.text).toMatch(/There has been a [a-z ]+ improvement of /);
        for (const whole of item.sentences) {
          // A trend that turns continues the direction-of-travel sentence: checked on its own.
          const turn =
            /, (after|recovering \w+ of|reversing \w+ of) a (.*?) (improvement|decline) (.*), from (\S+) in Q\d \d{4}\/\d{2}\.$/.exec(
              whole
            );
          const text = turn ? `${whole.slice(0, turn.index)}.` : whole;
          // Direction of travel: "… decline of 0.4 percentage points from 91.2% in Q1 2018/19 to 90.8%."
          let m = new RegExp(
            `(improvement|decline) of .* from ${FIG} in Q\\d \\d{4}/\\d{2}(?: to ${FIG})?\\.$`
          ).exec(text);
          if (m) {
            const now = figure(m[3] ?? String(headline));
            const before = figure(m[2]);
            check(claimed(m[1], polarity), now, before, text);
            if (turn) {
              // The change before went the other way, from the figure it names to the one before now.
              const from = figure(turn[5].replace(/,$/, ""));
              check(claimed(turn[3], polarity), before, from, whole);
              const share = /(all|most|half|part) of/.exec(turn[1])?.[1];
              if (share)
                expect(shareOf(Math.abs(now - before), Math.abs(from - before))).toBe(share);
            }
          }
          m = new RegExp(`^This(?:, at ${FIG},)? is unchanged from ${FIG}`).exec(text);
          if (m) check(0, figure(m[1] ?? String(headline)), figure(m[2]), text);
          // Same quarter last year: "Compared with Q2 2017/18 (91.6%), this (91.5%) is a … decline."
          m = new RegExp(
            `^Compared with Q\\d \\d{4}/\\d{2} \\(${FIG}\\), this(?: \\(${FIG}\\))? is .*(improvement|decline)\\.$`
          ).exec(text);
          if (m)
            check(claimed(m[3], polarity), figure(m[2] ?? String(headline)), figure(m[1]), text);
          // Status: "Performance (89.6%) is below target (90%) …", "… on or better than target (90%)".
          m = new RegExp(
            `^Performance(?: \\(${FIG}\\))? .*?(on or better than|below|above) target \\(${FIG}\\)`
          ).exec(text);
          if (m) {
            const value = figure(m[1] ?? String(headline));
            const target = figure(m[3]);
            const worseSign = polarity === "higher" ? -1 : 1;
            if (m[2] === "on or better than") {
              if (Math.sign(value - target) === worseSign)
                check(-worseSign as 1 | -1, value, target, text);
            } else check(worseSign as 1 | -1, value, target, text);
          }
          // Well beyond target: "This is better than target by 2.8 percentage points."
          m = /^This is better than target by ([\d.,]+)/.exec(text);
          if (m) {
            // Against the target and the figure as the status sentence prints them.
            const status =
              /Performance(?: \(([^)]+)\))? \w+ (?:been )?on or better than target \(([^)]+)\)/.exec(
                item.text
              );
            if (status) {
              const value = figure(status[1] ?? String(headline));
              const target = figure(status[2]);
              const better = polarity === "higher" ? value - target : target - value;
              if (better <= 0) throw new Error(`"${text}": not better than target ${target}`);
              expect(figure(m[1])).toBeCloseTo(better, 9);
            }
          }
          // Benchmarks: "Performance (91.8%) is slightly adrift of the regional average (91.9%)" and
          // mixed clauses; "comparable with" only within the margin of the figures as printed.
          m = new RegExp(`^Performance(?: \\(${FIG}\\))? is (.*)\\.$`).exec(text);
          if (
            m &&
            /ahead of|adrift of|in line with|comparable with/.test(m[2]) &&
            !/target/.test(m[2])
          ) {
            const value = figure(m[1] ?? String(headline));
            const band = Math.abs(c.target - indicator.threshold!);
            for (const clause of m[2].split(
              /, but |, and |, (?=(?:well|slightly|in line|comparable|better|adrift)\b)| and (?=(?:well|slightly|in line|comparable)\b)|: /
            )) {
              const word =
                /^(?:all comparators)?(well ahead of|slightly ahead of|better than|adrift of|well adrift of|slightly adrift of|in line with|comparable with)/.exec(
                  clause
                )?.[1];
              if (!word) continue;
              for (const b of clause.matchAll(new RegExp(`\\(${FIG}\\)`, "g"))) {
                const other = figure(b[1]);
                if (word === "comparable with") {
                  const gap = Math.abs(value - other);
                  const margin = band > 0 ? band / 4 : Math.abs(other) * 0.02;
                  if (!(gap < margin + 1e-9))
                    throw new Error(
                      `"${text}": ${value} vs ${other} is outside the margin ${margin}`
                    );
                } else check(claimed(word, polarity), value, other, text);
              }
            }
          }
        }
      }),
      { numRuns: 500 }
    );
  });
});
