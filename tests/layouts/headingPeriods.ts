/**
 * Test-side reading and writing of the period inside a heading, for the heading-variant generator
 * (headingVariants.ts). Deliberately narrow: it finds ONE financial-year or quarter token in a
 * heading written the way our real layouts write it, and renders the same period in the other
 * forms councils publish. A heading with no token, or with more than one, is left alone.
 */

/** A financial year (April to March) starting in `y`, or quarter `q` of it (Q1 = Apr–Jun). */
export type Period = { kind: "quarter"; q: number; y: number } | { kind: "year"; y: number };

export interface Token {
  /** The period as the heading writes it. */
  text: string;
  before: string;
  after: string;
  period: Period;
}

const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const yy = (y: number): string => String(y % 100).padStart(2, "0");
const QUARTER_START = { Apr: 1, Jul: 2, Oct: 3, Jan: 4 } as Record<string, number>;

interface Pattern {
  re: RegExp;
  period: (m: RegExpExecArray) => Period | null;
}

const consecutive = (a: number, b: number): boolean => (a + 1) % 100 === b % 100;

const PATTERNS: Pattern[] = [
  {
    // Q1 (Apr-Jun) 2022/23
    re: /\bQ([1-4])\s*\((?:Jan|Apr|Jul|Oct)-(?:Mar|Jun|Sep|Dec)\)\s*(\d{4})\/(\d{2})\b/,
    period: (m) => (consecutive(+m[2], +m[3]) ? { kind: "quarter", q: +m[1], y: +m[2] } : null),
  },
  {
    // Q2 2020/21
    re: /\bQ([1-4])\s+(\d{4})\/(\d{2})\b/,
    period: (m) => (consecutive(+m[2], +m[3]) ? { kind: "quarter", q: +m[1], y: +m[2] } : null),
  },
  {
    // 2017/18 Q1, 2016/17 (Q4)
    re: /\b(\d{4})\/(\d{2})\s+\(?Q([1-4])\)?/,
    period: (m) => (consecutive(+m[1], +m[2]) ? { kind: "quarter", q: +m[3], y: +m[1] } : null),
  },
  {
    // Apr-Jun 2022 (a calendar quarter named by its months)
    re: /\b(Jan|Apr|Jul|Oct)-(?:Mar|Jun|Sep|Dec)\s+(\d{4})\b/,
    period: (m) => {
      const q = QUARTER_START[m[1]];
      return { kind: "quarter", q, y: q === 4 ? +m[2] - 1 : +m[2] };
    },
  },
  {
    // 2018/2019
    re: /\b(\d{4})\/(\d{4})\b/,
    period: (m) => (+m[2] === +m[1] + 1 ? { kind: "year", y: +m[1] } : null),
  },
  {
    // 2021/22
    re: /\b(\d{4})\/(\d{2})\b/,
    period: (m) => (consecutive(+m[1], +m[2]) ? { kind: "year", y: +m[1] } : null),
  },
  {
    // 06/07
    re: /\b(\d{2})\/(\d{2})\b/,
    period: (m) => (consecutive(+m[1], +m[2]) ? { kind: "year", y: 2000 + +m[1] } : null),
  },
];

/** Anything else that looks like a period: its presence means the heading is left alone. */
const OTHER_PERIOD =
  /\bQ(?:tr)?\s?[1-4]\b|\bquarter\b|\b\d{2,4}\/\d{2,4}\b|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/** The single period token of a heading, with the words before and after it. */
export function findToken(heading: string): Token | null {
  for (const { re, period } of PATTERNS) {
    const m = re.exec(heading);
    if (!m) continue;
    const found = period(m);
    if (!found) return null;
    const before = heading.slice(0, m.index);
    const after = heading.slice(m.index + m[0].length);
    if (OTHER_PERIOD.test(before) || OTHER_PERIOD.test(after)) return null;
    return { text: m[0], before, after, period: found };
  }
  return null;
}

/** First and last calendar month (0-based) and calendar year of each, of a period. */
function span(p: Period): { m1: number; y1: number; m2: number; y2: number } {
  if (p.kind === "year") return { m1: 3, y1: p.y, m2: 2, y2: p.y + 1 };
  const m1 = [3, 6, 9, 0][p.q - 1];
  const y1 = p.q === 4 ? p.y + 1 : p.y;
  return { m1, y1, m2: m1 + 2, y2: y1 };
}

const UNITS = [
  "",
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

/** 21 → "twenty-one". */
function twoDigits(n: number): string {
  if (n < 20) return UNITS[n];
  return TENS[Math.floor(n / 10)] + (n % 10 ? `-${UNITS[n % 10]}` : "");
}

/** 2021 → "twenty twenty-one"; 2006 → "two thousand and six". */
function spellYear(y: number): string {
  return y % 100 < 10 ? `two thousand and ${UNITS[y % 100]}` : `twenty ${twoDigits(y % 100)}`;
}

/**
 * The period spelt out in words, as no council writes a heading the product should read: the
 * right answer is the helpful refusal (or the same reading found another way), never a guess.
 */
export function speltPeriod(p: Period): string {
  const years = `${spellYear(p.y)} to ${spellYear(p.y + 1)}`;
  return p.kind === "quarter" ? `quarter ${UNITS[p.q]} of ${years}` : years;
}

/** How a period may be written, by family of variant. Each list starts with a plain form. */
export function periodForms(p: Period): Record<string, string[]> {
  const { y } = p;
  const { m1, y1, m2, y2 } = span(p);
  const fy = `${y}/${yy(y + 1)}`;
  const ranges = [
    `${SHORT[m1]}-${SHORT[m2]} ${y2}`,
    `${LONG[m1]} to ${LONG[m2]} ${y2}`,
    `${SHORT[m1]} ${y1} \u2013 ${SHORT[m2]} ${y2}`,
    `1 ${SHORT[m1]} ${y1} to ${LAST_DAY[m2]} ${SHORT[m2]} ${y2}`,
    `${SHORT[m1]} ${y1} - ${SHORT[m2]} ${y2}`,
    `${SHORT[m1]} ${yy(y1)} - ${SHORT[m2]} ${yy(y2)}`,
    `${SHORT[m1]}\u2013${SHORT[m2]} ${y2}`,
  ];
  if (p.kind === "year") {
    return {
      plain: [fy],
      dashes: [`${y}-${yy(y + 1)}`, `${y}\u2013${yy(y + 1)}`, `${y} - ${yy(y + 1)}`],
      twoDigit: [`${yy(y)}/${yy(y + 1)}`, `${yy(y)}-${yy(y + 1)}`],
      longYear: [`${y}/${y + 1}`],
      abbrev: [`FY ${fy}`, `FY${yy(y)}/${yy(y + 1)}`],
      // A whole year as its months.
      dateRange: [
        `${SHORT[m1]} ${y1} \u2013 ${SHORT[m2]} ${y2}`,
        `1 ${SHORT[m1]} ${y1} to ${LAST_DAY[m2]} ${SHORT[m2]} ${y2}`,
        `${SHORT[m1]} ${y1} - ${SHORT[m2]} ${y2}`,
        `${SHORT[m1]} ${yy(y1)} - ${SHORT[m2]} ${yy(y2)}`,
        `${LONG[m1]} ${y1} to ${LONG[m2]} ${y2}`,
      ],
    };
  }
  const q = p.q;
  return {
    plain: [`Q${q} ${fy}`],
    dashes: [`Q${q} ${y}-${yy(y + 1)}`, `Q${q} ${y}\u2013${yy(y + 1)}`, `Q${q} \u2013 ${fy}`],
    twoDigit: [
      `Q${q} ${yy(y)}/${yy(y + 1)}`,
      `${yy(y)}/${yy(y + 1)} Q${q}`,
      `Q${q} ${yy(y)}-${yy(y + 1)}`,
    ],
    longYear: [`Q${q} ${y}/${y + 1}`, `${fy} Q${q}`],
    abbrev: [`Qtr ${q} ${fy}`, `Quarter ${q} ${fy}`, `Qtr${q} ${fy}`],
    dateRange: ranges.concat([`Q${q} (${SHORT[m1]}-${SHORT[m2]}) ${fy}`]),
  };
}
