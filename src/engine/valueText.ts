/** Numbers as Excel shows them, for the Challenge log and the JSON-free outputs. Pure. */
import type { SourcedNumber } from "./types";

/**
 * Rounds half away from zero on the DECIMAL value (2.675 → "2.68"), as Excel displays it, not as
 * JavaScript's binary toFixed does (2.67). Works on the shortest decimal form of the number.
 */
export function roundHalfAwayFromZero(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const places = Math.max(0, Math.min(15, Math.floor(decimals)));
  const negative = value < 0;
  const [mantissa, exponentText] = Math.abs(value).toPrecision(15).split("e");
  const exponent = exponentText ? Number(exponentText) : 0;
  const [intPart, fracPart = ""] = mantissa.split(".");
  let digits = intPart + fracPart;
  let pointAt = intPart.length + exponent;
  if (pointAt < 0) {
    digits = "0".repeat(-pointAt) + digits;
    pointAt = 0;
  }
  digits = digits.padEnd(pointAt + places + 1, "0");
  const kept = digits
    .slice(0, pointAt + places)
    .split("")
    .map(Number);
  if (Number(digits[pointAt + places]) >= 5) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === 9) kept[i--] = 0;
    if (i >= 0) kept[i] += 1;
    else {
      kept.unshift(1);
      pointAt += 1;
    }
  }
  const whole =
    kept
      .slice(0, pointAt)
      .join("")
      .replace(/^0+(?=\d)/, "") || "0";
  const fraction = kept.slice(pointAt).join("");
  const text = fraction ? `${whole}.${fraction}` : whole;
  const isZero = /^[0.]*$/.test(text);
  return negative && !isZero ? `-${text}` : text;
}

/** "91%", "0.22", "1898": the value in the engine's unit at the cell's displayed precision. */
export function displayValue(number: SourcedNumber | null): string {
  if (!number) return "";
  const text = roundHalfAwayFromZero(number.value, number.decimals);
  return number.percent ? `${text}%` : text;
}
