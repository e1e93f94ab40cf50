/**
 * A rating written inside a value cell (docs/findings.md, Ratings inside a value cell):
 * `711 (GREEN)`, `84% - Amber`, `G 92%`, `Red: 14`. The figure is the value; the words are the
 * sheet's own rating, kept as evidence and compared with the status. The cell is never altered.
 */
import type { Status } from "./types";
import { ratingStatus } from "./ratingWords";

export interface RatedValueText {
  /** The figure as typed (`84%`), for the ordinary number reader. */
  figure: string;
  /** The rating as typed (`Amber`). */
  words: string;
  status: Status;
}

const FIGURE = "([-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?\\s*%?|[-+]?\\.\\d+\\s*%?)";
const WORDS = "([A-Za-z][A-Za-z ]{0,40}?)";
const SEPARATOR = "(?:\\s*[-–—:,/|]\\s*|\\s+)";
/** `711 (GREEN)`, `84% - Amber`, `92% G`, `14 [Red]`. */
const FIGURE_FIRST = new RegExp(
  `^${FIGURE}(?:${SEPARATOR}|\\s*)(?:\\(\\s*${WORDS}\\s*\\)|\\[\\s*${WORDS}\\s*\\]|${WORDS})$`
);
/** `G 92%`, `(Amber) 84%`, `Red: 14`. */
const WORDS_FIRST = new RegExp(
  `^(?:\\(\\s*${WORDS}\\s*\\)|\\[\\s*${WORDS}\\s*\\]|${WORDS})${SEPARATOR}${FIGURE}$`
);

/** The figure and the rating of a cell such as `711 (GREEN)`; null when it is not one. */
export function splitRatedValue(text: string): RatedValueText | null {
  const trimmed = text.trim();
  const first = FIGURE_FIRST.exec(trimmed);
  if (first) return rated(first[1], first[2] ?? first[3] ?? first[4]);
  const last = WORDS_FIRST.exec(trimmed);
  if (last) return rated(last[4], last[1] ?? last[2] ?? last[3]);
  return null;
}

function rated(figure: string, words: string | undefined): RatedValueText | null {
  if (words === undefined) return null;
  const status = ratingStatus(words);
  return status === null ? null : { figure: figure.trim(), words: words.trim(), status };
}
