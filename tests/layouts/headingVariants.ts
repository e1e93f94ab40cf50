/**
 * Issue 19's metamorphic generator: variants of a real layout's HEADINGS that a reader of the table
 * would read exactly as the original (same periods, same roles, same figures). Each variant belongs
 * to one family, so a failure names the kind of rewording it came from. The figures and the rows
 * are never touched; only the header rows (and, for `reorder`, the order of columns) change.
 */
import fc from "fast-check";
import { findToken, periodForms, speltPeriod, type Token } from "./headingPeriods";
import type { Cell } from "./periodLayouts";
import type { PublishedLayout } from "./publishedLayouts";
import type { PeriodLayout } from "./periodLayouts";
import type { LayoutRow, RealLayout } from "./realLayouts";

export const FAMILIES = [
  "words",
  "abbrev",
  "case",
  "dashes",
  "twoDigit",
  "dateRange",
  "roleWords",
  "secondRow",
  "rolePairs",
  "reorder",
  "mixed",
  "spelt",
] as const;
export type Family = (typeof FAMILIES)[number];

/** A variant: its family and the choices (indices into the family's options, cycled). */
export interface Variant {
  family: Family;
  picks: number[];
}

/** Every real layout in one shape (single-row layouts have one header row). */
export function fromReal(layout: RealLayout): PublishedLayout {
  const rows = layout.rows.map((row: LayoutRow): Cell[] =>
    row === null ? [] : typeof row === "string" ? [row] : (row as Cell[])
  );
  return { ...layout, headerRows: [layout.header], rows };
}

export function fromPeriod(layout: PeriodLayout): PublishedLayout {
  return { ...layout, source: layout.id };
}

type Role = "result" | "target" | "other";

function roleOf(token: Token): Role {
  const words = `${token.before} ${token.after}`.trim();
  if (words === "" || /^(actual|outturn|performance|result)$/i.test(words)) return "result";
  if (/\b(target|tgt)\b/i.test(words)) return "target";
  return "other";
}

const pick = <T>(options: T[], picks: number[], i: number): T =>
  options[(picks[i % picks.length] ?? 0) % options.length];

/** Words a council puts around a result period, and the ways it writes a role word's place. */
const RESULT_WRAPS: [string, string][] = [
  ["Outturn ", ""],
  ["Actual ", ""],
  ["Performance ", ""],
  ["", " actual"],
  ["", " outturn"],
  ["", " (actual)"],
  ["Result ", ""],
  ["Outturn (", ")"],
];
const ROLE_PLACES: ((word: string, p: string) => string)[] = [
  (w, p) => `${p} ${w}`,
  (w, p) => `${w} (${p})`,
  (w, p) => `${w} for ${p}`,
  (w, p) => `${w}: ${p}`,
];

/** The heading's role words, without the separating spaces. */
const roleWord = (t: Token): string => `${t.before} ${t.after}`.replace(/\s+/g, " ").trim();

/** One heading rewritten by a text family; null when the family has nothing to change. */
function rewrite(
  heading: string,
  family: Family,
  picks: number[],
  i: number,
  stacked: boolean
): string | null {
  const token = findToken(heading);
  if (family === "case") {
    return pick([heading.toUpperCase(), heading.toLowerCase()], picks, i);
  }
  if (!token) return null;
  const forms = periodForms(token.period);
  const role = roleOf(token);
  const inPlace = (period: string): string => `${token.before}${period}${token.after}`;
  switch (family) {
    case "words": {
      // A heading with another heading above or below it already has its role there: words
      // around its period would contradict that role, so it is left alone.
      if (stacked) return null;
      if (role === "result") {
        const [pre, post] = pick(RESULT_WRAPS, picks, i);
        return `${pre}${forms.plain[0]}${post}`;
      }
      if (role === "target") return pick(ROLE_PLACES, picks, i)(roleWord(token), forms.plain[0]);
      return null;
    }
    case "roleWords": {
      if (stacked) return null;
      // Other words councils use for the same role: a target is an aim or an ambition, a
      // result an outturn, the sheet's own status its RAG.
      if (role === "result")
        return `${pick(["Outturn", "Performance", "Result", "Actual"], picks, i)} ${token.text}`;
      if (role === "target")
        return heading.replace(
          /\b(target|tgt)\b/i,
          pick(["Aim", "Ambition", "Plan", "Standard", "Target value"], picks, i)
        );
      if (/^status$/i.test(roleWord(token)))
        return heading.replace(/status/i, pick(["RAG", "Rating"], picks, i));
      return null;
    }
    case "abbrev": {
      if (role === "target" && /\btarget\b/i.test(heading) && picks[i % picks.length] % 2 === 0)
        return heading.replace(/\btarget\b/i, "Tgt");
      return inPlace(pick(forms.abbrev, picks, i));
    }
    case "dashes":
      return inPlace(pick(forms.dashes, picks, i));
    case "twoDigit":
      return inPlace(pick(forms.twoDigit.concat(forms.longYear), picks, i));
    case "dateRange":
      return inPlace(pick(forms.dateRange, picks, i));
    case "spelt":
      return inPlace(speltPeriod(token.period));
    default:
      return null;
  }
}

const text = (cell: Cell): string | null => (typeof cell === "string" ? cell : null);

/** Header rows rewritten cell by cell. */
function rewriteHeaders(layout: PublishedLayout, family: Family, picks: number[]): Cell[][] {
  let i = 0;
  const rows = layout.headerRows;
  const stacked = (r: number, c: number): boolean =>
    rows.some((row, k) => k !== r && text(row[c] ?? null) !== null);
  return rows.map((row, r) =>
    row.map((cell, c) => {
      const heading = text(cell);
      if (heading === null) return cell;
      return rewrite(heading, family, picks, i++, stacked(r, c)) ?? cell;
    })
  );
}

/**
 * A single header row split into two: period and role on different rows, either way round, or a
 * group heading merged over adjacent columns of one role (`Target` over its years, `Performance`
 * over the result periods). Headings without a period stay on the lower row.
 */
function secondRow(layout: PublishedLayout, picks: number[]): PublishedLayout | null {
  if (layout.headerRows.length !== 1) return null;
  const header = layout.headerRows[0];
  const tokens = header.map((cell) => (text(cell) === null ? null : findToken(text(cell) ?? "")));
  if (!tokens.some((t) => t && roleOf(t) !== "other")) return null;
  const mode = pick(["roleAbove", "periodAbove", "group"] as const, picks, 0);
  const upper: Cell[] = header.map(() => null);
  const lower: Cell[] = [...header];
  const merges: string[] = [];
  const column = (i: number): string => String.fromCharCode(65 + i);
  tokens.forEach((t, i) => {
    if (!t || roleOf(t) === "other") return;
    const word =
      roleOf(t) === "result" ? pick(["Actual", "Outturn", "Performance"], picks, 1) : roleWord(t);
    if (mode === "roleAbove") [upper[i], lower[i]] = [word, t.text];
    else if (mode === "periodAbove") [upper[i], lower[i]] = [t.text, word];
    else lower[i] = t.text;
  });
  if (mode === "group") {
    // Runs of adjacent columns with the same role word get one merged heading above them.
    let i = 0;
    while (i < header.length) {
      const t = tokens[i];
      if (!t || roleOf(t) === "other") {
        i++;
        continue;
      }
      const word = roleOf(t) === "result" ? "Performance" : roleWord(t);
      let j = i;
      while (j + 1 < header.length) {
        const next = tokens[j + 1];
        if (
          !next ||
          roleOf(next) !== roleOf(t) ||
          (roleOf(t) === "target" && roleWord(next) !== word)
        )
          break;
        j++;
      }
      upper[i] = roleOf(t) === "target" && j > i ? `${word}s` : word;
      if (j > i) merges.push(`${column(i)}1:${column(j)}1`);
      i = j + 1;
    }
  }
  return { ...layout, headerRows: [upper, lower], headerMerges: merges };
}

/** Columns B onwards in another order (column A keeps the names, sections and notes). */
function reorder(layout: PublishedLayout, picks: number[]): PublishedLayout | null {
  if (layout.headerRows.length !== 1) return null;
  const width = layout.headerRows[0].length;
  if (width < 3) return null;
  const rest = Array.from({ length: width - 1 }, (_, k) => k + 1);
  const keyed = rest.map((c, k) => ({ c, key: picks[k % picks.length] * 31 + k }));
  keyed.sort((a, b) => a.key - b.key);
  const order = [0, ...keyed.map((k) => k.c)];
  if (order.every((c, k) => c === k)) order.splice(1, width - 1, ...rest.slice().reverse());
  const permute = (row: Cell[]): Cell[] => {
    if (row.length <= 1) return row;
    const padded = Array.from({ length: width }, (_, k) => row[k] ?? null);
    return order.map((c) => padded[c]);
  };
  return { ...layout, headerRows: [permute(layout.headerRows[0])], rows: layout.rows.map(permute) };
}

/**
 * The layout: a row of periods over a row of roles, each period merged over its result
 * and its target side by side (`2022/23` over `Actual | Target`). Only for single-row layouts
 * where some period has both a result column and a target column; the other columns follow.
 */
function rolePairs(layout: PublishedLayout, picks: number[]): PublishedLayout | null {
  if (layout.headerRows.length !== 1) return null;
  const header = layout.headerRows[0];
  const width = header.length;
  const tokens = header.map((cell) => (text(cell) === null ? null : findToken(text(cell) ?? "")));
  const key = (t: Token): string => JSON.stringify(t.period);
  const results = new Map<string, number>();
  const targets = new Map<string, number>();
  tokens.forEach((t, c) => {
    if (!t || c === 0) return;
    if (roleOf(t) === "result") results.set(key(t), c);
    if (roleOf(t) === "target" && !targets.has(key(t))) targets.set(key(t), c);
  });
  const paired = [...results.keys()].filter((k) => targets.has(k));
  if (paired.length === 0) return null;
  const resultWord = pick(["Actual", "Outturn", "Performance"], picks, 0);
  const order: number[] = [0];
  const upper: Cell[] = [null];
  const lower: Cell[] = [header[0]];
  const merges: string[] = [];
  const column = (i: number): string => String.fromCharCode(65 + i);
  // Columns without a pair keep their order, before the pairs; each pair is result then target.
  const pairedColumns = new Set(paired.flatMap((k) => [results.get(k), targets.get(k)]));
  for (let c = 1; c < width; c++) {
    if (pairedColumns.has(c)) continue;
    order.push(c);
    upper.push(null);
    lower.push(header[c]);
  }
  for (const k of [...results.keys()]) {
    const r = results.get(k) as number;
    if (!targets.has(k)) continue;
    const t = targets.get(k) as number;
    const at = order.length;
    order.push(r, t);
    upper.push((tokens[r] as Token).text, null);
    lower.push(resultWord, roleWord(tokens[t] as Token));
    merges.push(`${column(at)}1:${column(at + 1)}1`);
  }
  const permute = (row: Cell[]): Cell[] => {
    if (row.length <= 1) return row;
    const padded = Array.from({ length: width }, (_, k) => row[k] ?? null);
    return order.map((c) => padded[c]);
  };
  return {
    ...layout,
    headerRows: [upper, lower],
    headerMerges: merges,
    rows: layout.rows.map(permute),
  };
}

/**
 * Several rewordings at once, as one council's table mixes them: words or abbreviations, then a
 * way of writing the year, then perhaps the case, then perhaps another order of columns.
 */
function mixed(layout: PublishedLayout, picks: number[]): PublishedLayout | null {
  const steps: Family[] = [
    pick(["words", "abbrev"] as Family[], picks, 0),
    pick(["dashes", "twoDigit", "dateRange"] as Family[], picks, 1),
    ...(picks[2 % picks.length] % 2 === 0 ? (["case"] as Family[]) : []),
    ...(picks[3 % picks.length] % 3 === 0 ? (["reorder"] as Family[]) : []),
  ];
  let out = layout;
  for (const family of steps) out = applyVariant(out, { family, picks }) ?? out;
  return out === layout ? null : out;
}

/** The variant applied; null when the family changes nothing in this layout. */
export function applyVariant(layout: PublishedLayout, variant: Variant): PublishedLayout | null {
  const id = `${layout.id}--${variant.family}-${variant.picks.join(".")}`;
  if (variant.family === "mixed") {
    const out = mixed(layout, variant.picks);
    return out && { ...out, id };
  }
  if (variant.family === "secondRow") {
    const out = secondRow(layout, variant.picks);
    return out && { ...out, id };
  }
  if (variant.family === "rolePairs") {
    const out = rolePairs(layout, variant.picks);
    return out && { ...out, id };
  }
  if (variant.family === "reorder") {
    const out = reorder(layout, variant.picks);
    return out && { ...out, id };
  }
  const headerRows = rewriteHeaders(layout, variant.family, variant.picks);
  const same = JSON.stringify(headerRows) === JSON.stringify(layout.headerRows);
  return same ? null : { ...layout, id, headerRows };
}

/** fast-check: a variant of the given families. */
export function variantArb(families: readonly Family[] = FAMILIES): fc.Arbitrary<Variant> {
  return fc.record({
    family: fc.constantFrom(...families),
    picks: fc.array(fc.nat({ max: 97 }), { minLength: 1, maxLength: 12 }),
  });
}

/** The header rows of a layout, for a failure message. */
export function describeHeaders(layout: PublishedLayout): string {
  return layout.headerRows.map((row) => row.map((c) => JSON.stringify(c)).join(" | ")).join("\n");
}
