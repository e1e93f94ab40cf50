/**
 * The words a sheet rates an indicator with (docs/findings.md, rating.disagrees): `Red`/`Amber`/
 * `Green`, `R`/`A`/`G`, `On target`, `Off target`… One list for a RAG column and for a rating
 * written inside a value cell (`711 (GREEN)`).
 */
import type { Status } from "./types";
import { normaliseHeader } from "./headers";

const RATING_WORDS: [Status, string[]][] = [
  [
    "onTarget",
    [
      "green",
      "g",
      "on target",
      "target met",
      "met",
      "achieved",
      "on track",
      "exceeded",
      "target achieved",
      "above target",
    ],
  ],
  [
    "insideTolerance",
    [
      "amber",
      "a",
      "within tolerance",
      "inside tolerance",
      "slightly missed",
      "target slightly missed",
      "target slightly missed within 10 percent",
      "near target",
      "at risk",
    ],
  ],
  [
    "outsideTolerance",
    [
      "red",
      "r",
      "off target",
      "not met",
      "not achieved",
      "target not achieved",
      "target not met",
      "below target",
      "missed",
      "off track",
    ],
  ],
];
const RATING_LOOKUP = new Map<string, Status>();
for (const [status, words] of RATING_WORDS) for (const w of words) RATING_LOOKUP.set(w, status);

/** The status an analyst's rating word stands for, or null for words that rate nothing. */
export function ratingStatus(text: string): Status | null {
  return RATING_LOOKUP.get(normaliseHeader(text)) ?? null;
}
