/**
 * Polarity words (SPEC 3.2): which direction is better.
 */
import type { Polarity } from "./types";

export type PolarityRead =
  { kind: "blank" } | { kind: "known"; polarity: Polarity } | { kind: "unknown"; text: string };

const HIGHER = new Set([
  "higher is better",
  "higher",
  "high",
  "up",
  "↑",
  "⬆",
  "▲",
  "higher better",
  "high is good",
  "high is better",
  "higher is good",
  "bigger is better",
  "more is better",
  "increase",
  "increasing",
  "up is good",
  "up is better",
  "maximise",
  "maximize",
  "good is high",
  "good is higher",
]);
const LOWER = new Set([
  "lower is better",
  "lower",
  "low",
  "down",
  "↓",
  "⬇",
  "▼",
  "lower better",
  "low is good",
  "low is better",
  "lower is good",
  "smaller is better",
  "less is better",
  "decrease",
  "decreasing",
  "down is good",
  "down is better",
  "minimise",
  "minimize",
  "good is low",
  "good is lower",
]);

export function parsePolarity(text: string): PolarityRead {
  const words = text
    .toLowerCase()
    .replace(/[.!]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
  if (words === "") return { kind: "blank" };
  if (HIGHER.has(words)) return { kind: "known", polarity: "higher" };
  if (LOWER.has(words)) return { kind: "known", polarity: "lower" };
  return { kind: "unknown", text: text.trim() };
}

export function polarityWords(polarity: Polarity): string {
  return polarity === "higher" ? "Higher is better" : "Lower is better";
}
