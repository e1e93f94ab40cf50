/**
 * Counts in prose are spelt out ("fifth", "seven quarters"), as in the seed report. Spelling them
 * out also keeps digits in the text for figures taken from cells only (traceability).
 */
const UNITS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORDINAL_UNITS: Record<string, string> = {
  one: "first",
  two: "second",
  three: "third",
  four: "fourth",
  five: "fifth",
  six: "sixth",
  seven: "seventh",
  eight: "eighth",
  nine: "ninth",
  ten: "tenth",
  eleven: "eleventh",
  twelve: "twelfth",
};

/** "seven", "twenty-one", "one hundred and four" (British "and"), for 0–999. */
export function cardinalWord(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`No word for ${n}`);
  if (n < 20) return UNITS[n];
  if (n < 100) return TENS[Math.floor(n / 10)] + (n % 10 ? `-${UNITS[n % 10]}` : "");
  const rest = n % 100;
  return `${UNITS[Math.floor(n / 100)]} hundred${rest ? ` and ${cardinalWord(rest)}` : ""}`;
}

/** "first", "fifth", "twenty-third", "one hundredth", for 1–999. */
export function ordinalWord(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`No ordinal for ${n}`);
  // Streaks and runs ask for the same few ordinals on every row: each is spelt once.
  if (n < ORDINALS.length) return (ORDINALS[n] ??= spellOrdinal(n));
  return spellOrdinal(n);
}

const ORDINALS: (string | undefined)[] = new Array<string | undefined>(1000);

function spellOrdinal(n: number): string {
  const cardinal = cardinalWord(n);
  const match = /^(.*?)([a-z]+)$/.exec(cardinal);
  if (!match) return cardinal;
  const [, head, last] = match;
  return head + ordinalOfWord(last);
}

function ordinalOfWord(word: string): string {
  if (ORDINAL_UNITS[word]) return ORDINAL_UNITS[word];
  if (word.endsWith("y")) return `${word.slice(0, -1)}ieth`;
  return `${word}th`;
}

/** "the national average (83%), statistical neighbours (86%) and the regional average (85%)". */
export function joinWithAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "one quarter", "seven quarters", "three months". */
export function quartersWord(n: number, noun = "quarter"): string {
  return `${cardinalWord(n)} ${n === 1 ? noun : `${noun}s`}`;
}
