/**
 * The floating-point fast path for Excel rounding must give exactly what the decimal-string path
 * gives, on any double: ties (x.xx5), values a few ulps either side of a tie, binary noise from
 * percentage conversion, negatives, and very large and very small magnitudes.
 */
import fc from "fast-check";
import {
  excelRound,
  excelRoundExact,
  shownComparison,
  shownDifference,
  shownValue,
} from "../../../src/engine/commentary/numberText";
import { shownUnitsFast } from "../../../src/engine/commentary/shownUnits";
import type { SourcedNumber } from "../../../src/engine/types";

/** The double `steps` ulps away from `x` (towards +∞ for positive steps), via its bit pattern. */
function ulpsAway(x: number, steps: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  const towardsLarger = x >= 0 === steps >= 0;
  view.setBigInt64(0, bits + BigInt(towardsLarger ? Math.abs(steps) : -Math.abs(steps)));
  return view.getFloat64(0);
}

const places = fc.integer({ min: 0, max: 30 });
const smallPlaces = fc.integer({ min: 0, max: 6 });

/** A decimal tie at `decimals` places: whole digits, `decimals` digits, then a final 5. */
const tieText = (decimals: number) =>
  fc
    .tuple(
      fc.boolean(),
      fc.bigInt({ min: 0n, max: 10n ** 12n }),
      fc.bigInt({ min: 0n, max: 10n ** 6n })
    )
    .map(([negative, whole, fraction]) => {
      const digits = (fraction % 10n ** BigInt(decimals)).toString().padStart(decimals, "0");
      return `${negative ? "-" : ""}${whole}.${decimals > 0 ? digits : ""}5`;
    });

/** Any finite double, spread over all magnitudes. */
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });

/** Doubles of every decade from about 1e-25 to 1e20, with up to 17 significant digits. */
const decadeDouble = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 1n, max: 10n ** 17n - 1n }),
    fc.integer({ min: -42, max: 20 })
  )
  .map(([negative, mantissa, exponent]) => Number(`${negative ? "-" : ""}${mantissa}e${exponent}`));

function expectSame(value: number, decimals: number): void {
  expect(excelRound(value, decimals)).toBe(excelRoundExact(value, decimals));
}

describe("fast Excel rounding agrees with the exact decimal path", () => {
  it("on known ties and near-ties", () => {
    for (const [value, decimals] of [
      [2.675, 2],
      [1.005, 2],
      [-2.675, 2],
      [0.5, 0],
      [-0.5, 0],
      [85.5, 0],
      [9.995, 2],
      [0.045, 2],
      [57.49999999999999, 0],
      [0.575 * 100, 0],
      [1.15 * 100, 0],
      [5e-23, 22],
      [-0, 2],
      [0, 0],
      [999999999999.5, 0],
      [4503599627370495.5, 0],
      [1e21, 0],
      [1.7976931348623157e308, 2],
      [5e-324, 30],
    ] as const) {
      expectSame(value, decimals);
    }
  });

  it("on random doubles of any magnitude", () => {
    fc.assert(
      fc.property(anyDouble, places, (value, d) => expectSame(value, d)),
      {
        numRuns: 5000,
      }
    );
    fc.assert(
      fc.property(decadeDouble, places, (value, d) => expectSame(value, d)),
      {
        numRuns: 5000,
      }
    );
  });

  it("on exact decimal ties and on doubles a few ulps either side of them", () => {
    const tieCase = smallPlaces.chain((d) =>
      fc.tuple(fc.constant(d), tieText(d), fc.integer({ min: -4, max: 4 }))
    );
    fc.assert(
      fc.property(tieCase, ([d, text, steps]) => {
        expectSame(ulpsAway(Number(text), steps), d);
      }),
      { numRuns: 5000 }
    );
  });

  it("on percentages with binary noise from the ×100 conversion", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), smallPlaces, (thousandths, d) => {
        const fraction = thousandths / 100000;
        expectSame(fraction * 100, d);
        expectSame(Number((fraction * 100).toPrecision(12)), d);
      }),
      { numRuns: 5000 }
    );
  });

  it("leaves to the exact path only what it cannot prove, and never gives −0", () => {
    expect(shownUnitsFast(2.675, 2)).toBe(268);
    expect(shownUnitsFast(-2.675, 2)).toBe(-268);
    expect(Object.is(shownUnitsFast(-0.001, 0), 0)).toBe(true);
    expect(shownUnitsFast(1e16, 0)).toBeNull();
    expect(shownUnitsFast(1, 23)).toBeNull();
    expect(shownUnitsFast(Number.NaN, 0)).toBeNull();
    expect(shownUnitsFast(Number.POSITIVE_INFINITY, 0)).toBeNull();
    expect(() => excelRound(Number.NaN, 0)).toThrow(RangeError);
  });
});

describe("shown comparisons, differences and values agree with the exact path", () => {
  const n = (value: number, decimals: number): SourcedNumber => ({
    value,
    decimals,
    percent: false,
    cell: "S!A1",
  });
  /** Shown figure as an exact BigInt count of 10^-places units, from the exact decimal string. */
  const exactUnits = (x: SourcedNumber, places: number): bigint => {
    const [whole, fraction = ""] = excelRoundExact(x.value, x.decimals).split(".");
    return BigInt(whole + fraction.padEnd(places, "0"));
  };
  const figure = fc.oneof(
    decadeDouble,
    tieText(2).map(Number),
    fc.integer({ min: -100000, max: 100000 }).map((k) => k / 1000)
  );
  const pair = fc.tuple(figure, smallPlaces, figure, smallPlaces);

  it("compares as the exact path does", () => {
    fc.assert(
      fc.property(pair, ([va, da, vb, db]) => {
        const a = n(va, da);
        const b = n(vb, db);
        const d = Math.max(da, db);
        const diff = exactUnits(a, d) - exactUnits(b, d);
        expect(shownComparison(a, b)).toBe(diff > 0n ? 1 : diff < 0n ? -1 : 0);
      }),
      { numRuns: 5000 }
    );
  });

  it("subtracts as the exact path does", () => {
    fc.assert(
      fc.property(pair, ([va, da, vb, db]) => {
        const a = n(va, da);
        const b = n(vb, db);
        const d = Math.max(da, db);
        let diff = exactUnits(a, d) - exactUnits(b, d);
        if (diff < 0n) diff = -diff;
        const digits = diff.toString().padStart(d + 1, "0");
        const plain = d > 0 ? `${digits.slice(0, -d)}.${digits.slice(-d)}` : digits;
        expect(shownDifference(a, b).replace(/,/g, "")).toBe(plain);
      }),
      { numRuns: 5000 }
    );
  });

  it("gives the shown value as parsing the exact string would", () => {
    fc.assert(
      fc.property(figure, smallPlaces, (value, d) => {
        expect(shownValue(n(value, d))).toBe(Number(excelRoundExact(value, d)));
      }),
      { numRuns: 5000 }
    );
  });
});
