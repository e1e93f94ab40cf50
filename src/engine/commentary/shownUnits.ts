/**
 * Fast path for Excel-style rounding. The exact rule (numberText.ts) takes the 15 significant digits
 * Excel keeps, as a decimal string, and rounds that half away from zero. Doing this with strings and
 * BigInt for every figure made the commentary the slowest part of a run on big sheets, so here the
 * same answer is computed in floating point whenever it is PROVABLY the same, and null is returned
 * otherwise (huge scaled values, or more than 22 places) so the caller uses the exact path.
 *
 * Why it is the same: let v = |value| and D = v to 15 significant digits, so |D − v| ≤ 5e-15·v.
 * y = v × 10^d has one rounding (10^d is exact for d ≤ 22), so |y − D·10^d| < 5.2e-15·y. When the
 * fractional part of y (exact, as y < 2^52) is further than TIE_MARGIN·y from ½, D·10^d lies on the
 * same side of the half-way point as y and rounds to the same integer; nearer, see nearTieRoundsUp.
 */

/** 10^0 … 10^22: every one is an exact double. */
const POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** Scaled magnitudes from here on fall back: integers below it are exact and print in plain digits. */
const FAST_LIMIT = 1e15;

/** Twenty times the worst-case relative error above: inside it, a value counts as near a tie. */
const TIE_MARGIN = 1e-13;

/** Near-tie values are resolved here only while the margin is far below ½ (else: exact path). */
const NEAR_TIE_LIMIT = 1e12;

/** 10^k as an exact double, for 0 ≤ k ≤ 22. */
export function powerOfTen(k: number): number {
  return POWERS_OF_TEN[k];
}

/**
 * The shown value of `value` at `decimals` places (an integer 0–30) as a signed count of
 * 10^-decimals units (2.68 at 2 places → 268), or null when only the exact path can tell.
 * A value that shows as zero gives 0, never −0 (prose shows "0", not "-0").
 */
export function shownUnitsFast(value: number, decimals: number): number | null {
  if (decimals > 22) return null;
  const scaled = Math.abs(value) * POWERS_OF_TEN[decimals];
  // Also false for NaN and Infinity, which the exact path rejects with its own error.
  if (!(scaled < FAST_LIMIT)) return null;
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  let roundsUp = fraction > 0.5;
  if (Math.abs(fraction - 0.5) <= scaled * TIE_MARGIN) {
    if (!(scaled < NEAR_TIE_LIMIT)) return null;
    roundsUp = nearTieRoundsUp(Math.abs(value), whole, decimals);
  }
  const units = roundsUp ? whole + 1 : whole;
  return value < 0 && units !== 0 ? -units : units;
}

/**
 * Near a tie (2.675 to 2 places) the answer turns on Excel's 15-digit decimal D against the tie
 * T = (whole + ½) / 10^d, a decimal of at most 13 significant digits. Its nearest double `tie` is
 * a correctly rounded division of exact numbers, and distinct decimals of up to 15 digits have
 * distinct nearest doubles, so D = T exactly when the 15-digit form of v parses to `tie`.
 * Otherwise D lies on the same side of T as v does, and v can be compared with `tie` directly:
 * T is either exactly `tie` or not a half-way point between doubles (it is not dyadic).
 */
function nearTieRoundsUp(magnitude: number, whole: number, decimals: number): boolean {
  const tie = (2 * whole + 1) / (2 * POWERS_OF_TEN[decimals]);
  if (magnitude === tie) return true;
  if (Number(magnitude.toPrecision(15)) === tie) return true;
  return magnitude > tie;
}

/** A count of 10^-decimals units as a fixed decimal string: (−268, 2) → "-2.68", (5, 2) → "0.05". */
export function unitsToFixed(units: number, decimals: number): string {
  const negative = units < 0;
  const digits = String(negative ? -units : units);
  let body: string;
  if (decimals === 0) body = digits;
  else if (digits.length > decimals) {
    const cut = digits.length - decimals;
    body = `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  } else body = `0.${"0".repeat(decimals - digits.length)}${digits}`;
  return negative ? `-${body}` : body;
}
