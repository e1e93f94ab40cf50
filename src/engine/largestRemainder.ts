/**
 * Whole-number percentages that add up to 100 (largest-remainder, or Hamilton, method).
 */

/**
 * Shares of `total` (default 100) for the counts: each gets the whole part of its exact share,
 * then the units left over go one each to the largest remainders. Ties are broken by position:
 * the earlier count wins (callers pass counts in STATUS_ORDER, so outsideTolerance wins a tie,
 * then insideTolerance, onTarget, noTarget, notClassified). All zeros when the counts sum to 0.
 */
export function largestRemainder(counts: readonly number[], total = 100): number[] {
  const sum = counts.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return counts.map(() => 0);
  const exact = counts.map((c) => (c * total) / sum);
  const shares = exact.map((x) => Math.floor(x));
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let j = 0; left > 0 && j < order.length; j++, left--) shares[order[j].i]++;
  return shares;
}
