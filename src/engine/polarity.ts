/**
 * Polarity words (docs/engine.md): which direction is better.
 */
import type { Polarity } from "./types";

export type PolarityRead =
  | { kind: "blank" }
  | { kind: "known"; polarity: Polarity }
  /** Information only (docs/engine.md): a volumetric measure, never rated. */
  | { kind: "info" }
  /** `T`: close to target is best, which is not rated (docs/engine.md). */
  | { kind: "closeToTarget"; text: string }
  | { kind: "unknown"; text: string };

const HIGHER = new Set([
  "higher is better",
  "higher",
  "high",
  "h",
  "a high value is good",
  "high value is good",
  "bigger",
  "up",
  "↑",
  "⬆",
  "▲",
  "⇧",
  "⇑",
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
  "l",
  "a low value is good",
  "low value is good",
  "smaller",
  "down",
  "↓",
  "⬇",
  "▼",
  "⇩",
  "⇓",
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

/** Polarity words that make a measure information-only (docs/engine.md). */
export const INFO_WORDS: ReadonlySet<string> = new Set([
  "info",
  "information",
  "for information",
  "for information only",
  "information only",
  "info only",
  "measure for information",
  "data only",
  "monitor",
  "monitoring",
  "context",
  "n a info",
]);

const CLOSE_TO_TARGET = new Set([
  "t",
  "target",
  "close to target",
  "on target is best",
  "in range",
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
  if (INFO_WORDS.has(words)) return { kind: "info" };
  if (CLOSE_TO_TARGET.has(words)) return { kind: "closeToTarget", text: text.trim() };
  const sentence = polarityInSentence(words);
  if (sentence !== null) return { kind: "known", polarity: sentence };
  return { kind: "unknown", text: text.trim() };
}

const HIGH_SIDE =
  /\b(?:higher|high|bigger|more|greater|increase[sd]?|increasing|maximi[sz]e[sd]?|maximi[sz]ing|rise|rising)\b/;
const LOW_SIDE =
  /\b(?:lower|low|smaller|less|fewer|decrease[sd]?|decreasing|reduce[sd]?|reducing|reduction|minimi[sz]e[sd]?|minimi[sz]ing|fall|falling)\b/;
/** A sentence that says which side is wanted, not merely mentions one. */
const WANTED =
  /\b(?:good|better|best|positive|desired|desirable|wanted|want|aim|aiming|maximi[sz]\w*|minimi[sz]\w*|is the goal)\b/;
const NEGATED = /\b(?:not|never|no|isn t|n t)\b|n't/;

/**
 * Polarity written as a sentence (docs/layouts.md): "higher is good for this measure", "aim to
 * maximise", "we want fewer". Read only when it names one side, says that side is wanted, and
 * has no negation; anything else stays unknown.
 */
export function polarityInSentence(text: string): Polarity | null {
  const words = text
    .toLowerCase()
    .replace(/[^a-z' ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (words === "" || words.length > 100 || NEGATED.test(words)) return null;
  const high = HIGH_SIDE.test(words);
  const low = LOW_SIDE.test(words);
  if (high === low || !WANTED.test(words)) return null;
  return high ? "higher" : "lower";
}

/**
 * Polarity written at the end of the indicator's name, in brackets or after a dash
 * (`Households in temporary accommodation (aim to minimise)`); null when there is none.
 */
export function polarityInName(name: string): Polarity | null {
  const match = /(?:\(([^()]{3,60})\)|[-–:]\s*([^-–:()]{3,60}))\s*$/.exec(name);
  if (!match) return null;
  return polarityInSentence(match[1] ?? match[2]);
}

export function polarityWords(polarity: Polarity): string {
  return polarity === "higher" ? "Higher is better" : "Lower is better";
}
