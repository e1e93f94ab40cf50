import fc from "fast-check";
import { largestRemainder } from "../../src/engine/largestRemainder";

describe("largest remainder", () => {
  it("gives the seed's percentages: 2/5/13/0 of 20 -> 10/25/65/0", () => {
    expect(largestRemainder([2, 5, 13, 0])).toEqual([10, 25, 65, 0]);
  });

  it("hands leftover points to the largest remainders", () => {
    expect(largestRemainder([1, 1, 1])).toEqual([34, 33, 33]);
    expect(largestRemainder([1, 2, 4])).toEqual([14, 29, 57]);
  });

  it("breaks ties by position (status order)", () => {
    expect(largestRemainder([1, 0, 1, 1])).toEqual([34, 0, 33, 33]);
  });

  it("gives zeros when nothing is counted", () => {
    expect(largestRemainder([0, 0, 0])).toEqual([0, 0, 0]);
  });

  it("always sums to 100 when the count is at least 1, and never strays a whole point from the exact share", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(10000), { minLength: 1, maxLength: 6 }).filter((a) => a.some((x) => x > 0)),
        (counts) => {
          const shares = largestRemainder(counts);
          const sum = counts.reduce((a, b) => a + b, 0);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
          shares.forEach((s, i) => expect(Math.abs(s - (counts[i] * 100) / sum)).toBeLessThan(1));
        }
      )
    );
  });
});
