/**
 * The engine's speed paths (issue 14) give exactly what the plain rules give: the per-process caches
 * of parsed words and percentages, the placeholder check that builds no history unless it finds one,
 * spelt-once ordinals, sentences held as slices of their paragraph, and the commentary's order by
 * group and row when the rows do not come in sheet order.
 */
import fc from "fast-check";
import { memoise } from "../../src/engine/memo";
import { parsePolarity } from "../../src/engine/polarity";
import { parseUnit } from "../../src/engine/units";
import { percentagePointsUncached, toPercentagePoints } from "../../src/engine/cellNumber";
import { placeholderHistory } from "../../src/engine/placeholder";
import { ordinalWord } from "../../src/engine/commentary/words";
import { draftCommentary } from "../../src/engine/commentary";
import type { QuarterValue, SourcedNumber } from "../../src/engine/types";
import { inputFor, makeIndicator, quarter } from "./commentary/fixtures";

const words = fc.oneof(
  fc.constantFrom("H", "l", "Higher is better", " lower ", "T", "info", "", "%", "Rate per 10,000"),
  fc.string({ maxLength: 12 })
);

describe("memoise", () => {
  it("returns what the function returns, first time and every time after", () => {
    const polarity = memoise(parsePolarity);
    const unit = memoise(parseUnit);
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), (texts) => {
        for (const text of [...texts, ...texts]) {
          expect(polarity(text)).toEqual(parsePolarity(text));
          expect(unit(text)).toBe(parseUnit(text));
        }
      })
    );
  });

  it("stays right beyond its size limit (it stops storing, not answering)", () => {
    let calls = 0;
    const double = memoise((n: number) => {
      calls++;
      return n * 2;
    }, 2);
    expect([1, 2, 3, 3, 1].map(double)).toEqual([2, 4, 6, 6, 2]);
    // 1 and 2 were stored; 3 was worked out both times.
    expect(calls).toBe(4);
  });

  it("caches undefined results too (worked out once)", () => {
    let calls = 0;
    const none = memoise((_: string) => {
      calls++;
      return undefined;
    });
    none("a");
    none("a");
    expect(calls).toBe(1);
  });
});

describe("percentage points", () => {
  it("cached equals uncached for any finite fraction, asked twice", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (f) => {
        expect(Object.is(toPercentagePoints(f), percentagePointsUncached(f))).toBe(true);
        expect(Object.is(toPercentagePoints(f), percentagePointsUncached(f))).toBe(true);
      })
    );
  });

  it("keeps the hand-worked values: 0.07 → 7, 0.913 → 91.3, −0 stays −0", () => {
    expect(toPercentagePoints(0.07)).toBe(7);
    expect(toPercentagePoints(0.913)).toBe(91.3);
    expect(Object.is(toPercentagePoints(-0), -0)).toBe(true);
  });
});

/** The rule as docs/layouts.md states it, written plainly (history built first), to compare with. */
function referencePlaceholder(series: QuarterValue[], pos: number): SourcedNumber[] | null {
  const current = series[pos]?.value;
  if (!current) return null;
  const history: SourcedNumber[] = [];
  for (let k = pos - 1; k >= 0 && history.length < 4; k--) {
    const value = series[k].value;
    if (value) history.unshift(value);
  }
  if (history.length === 0) return null;
  const mean = history.reduce((sum, h) => sum + Math.abs(h.value), 0) / history.length;
  const zeroAfterFigures = current.value === 0 && history.every((h) => h.value !== 0);
  const jump = mean > 0 && Math.abs(current.value) >= 20 * mean;
  return zeroAfterFigures || jump ? history : null;
}

function seriesOf(values: (number | null)[]): QuarterValue[] {
  return values.map((v, i) => ({
    quarter: quarter(2017 + Math.floor(i / 4), ((i % 4) + 1) as 1 | 2 | 3 | 4),
    cell: `S!I${i + 2}`,
    value: v === null ? null : { value: v, cell: `S!I${i + 2}`, decimals: 0, percent: false },
  }));
}

describe("placeholder history", () => {
  it("0 after figures: the last four figures, oldest first (blanks skipped)", () => {
    const series = seriesOf([5, 6, null, 7, 8, 9, 0]);
    expect(placeholderHistory(series, 6)?.map((h) => h.value)).toEqual([6, 7, 8, 9]);
  });

  it("a jump of 20 times the recent mean (10 → 200) is one; 19 times is not", () => {
    expect(placeholderHistory(seriesOf([10, 10, 200]), 2)?.map((h) => h.value)).toEqual([10, 10]);
    expect(placeholderHistory(seriesOf([10, 10, 190]), 2)).toBeNull();
  });

  it("0 after a 0 is not a placeholder; no earlier figure, nothing to judge", () => {
    expect(placeholderHistory(seriesOf([4, 0, 0]), 2)).toBeNull();
    expect(placeholderHistory(seriesOf([null, null, 0]), 2)).toBeNull();
  });

  it("equals the plain rule on random series", () => {
    const value = fc.option(
      fc.oneof(
        fc.constant(0),
        fc.integer({ min: -50, max: 5000 }),
        fc.double({ min: 0, max: 1e4 })
      ),
      { nil: null, freq: 4 }
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 12 }), fc.nat(11), (values, at) => {
        const series = seriesOf(values);
        const pos = at % values.length;
        expect(placeholderHistory(series, pos)).toEqual(referencePlaceholder(series, pos));
      })
    );
  });
});

describe("ordinals spelt once", () => {
  it("give the same word every time", () => {
    for (let round = 0; round < 2; round++) {
      expect(ordinalWord(1)).toBe("first");
      expect(ordinalWord(5)).toBe("fifth");
      expect(ordinalWord(23)).toBe("twenty-third");
      expect(ordinalWord(100)).toBe("one hundredth");
    }
  });
});

describe("commentary order and sentences", () => {
  const values = [80, 84, 88, 92];
  const good = (row: number, ref: string) => makeIndicator({ ref, row, values });
  const concern = (row: number, ref: string) =>
    makeIndicator({ ref, row, values: [92, 88, 84, 80] });

  it("rows given out of sheet order still come out by group, then sheet row", () => {
    const input = inputFor([good(9, "G9"), concern(3, "C3"), good(2, "G2"), concern(7, "C7")]);
    expect(draftCommentary(input).map((c) => c.ref)).toEqual(["G2", "G9", "C3", "C7"]);
  });

  it("equal rows keep the order they were given in", () => {
    const input = inputFor([good(5, "first"), good(5, "second")]);
    expect(draftCommentary(input).map((c) => c.ref)).toEqual(["first", "second"]);
  });

  it("the paragraph is the sentences joined by a space", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 9 }),
        (v) => {
          for (const item of draftCommentary(inputFor([makeIndicator({ values: v })]))) {
            expect(item.sentences.join(" ")).toBe(item.text);
            expect(item.sentences.every((s) => s.length > 0 && s.trim() === s)).toBe(true);
          }
        }
      )
    );
  });
});
