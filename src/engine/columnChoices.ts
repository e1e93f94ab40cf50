/**
 * The analyst's choices for the table's columns (docs/periods.md, The analyst's choices): a role
 * per column, columns set to "Not used", and a period with its kind (a result, or a target for
 * that period) for a column whose heading the product could not read. One structure, one set of
 * rules, used by the command line (`--columns E=2006/07`), the task pane and the preview alike.
 * Pure: plain JSON in, plain JSON out.
 */
import type {
  ColumnKey,
  ColumnPeriodChoice,
  EngineOptions,
  PeriodColumnKind,
  Quarter,
} from "./types";

export type { ColumnPeriodChoice, PeriodColumnKind } from "./types";
import { parsePeriod } from "./periods";
import { parsePeriodSpan } from "./periodRanges";

/**
 * A period as the analyst types it, in every form a heading's period is read in (docs/periods.md):
 * `2019/20`, `Q2 2018/19`, `Sep 2018`, and the spans `FY21`, `Apr 2020 – Mar 2021`.
 */
export function readPeriodText(text: string): Quarter | null {
  const plain = parsePeriod(text);
  if (plain) return plain;
  const normal = text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  return parsePeriodSpan(normal);
}

export interface ColumnChoices {
  columnOverrides?: Partial<Record<ColumnKey, number>>;
  columnsNotUsed?: number[];
  columnPeriods?: ColumnPeriodChoice[];
}

/** One column's choice: a role, Not used, or a period and its kind. */
export type ColumnChoice =
  | { role: ColumnKey }
  | { role: "notUsed" }
  | { role: "period"; period: Quarter; kind: PeriodColumnKind };

/** The roles a column can be given by name (`--columns G=target`, the pane's dropdown). */
export const COLUMN_ROLES: readonly ColumnKey[] = [
  "ref",
  "indicator",
  "area",
  "type",
  "polarity",
  "unit",
  "target",
  "tolerance",
  "national",
  "statNeighbours",
  "regional",
  "numerator",
  "denominator",
  "direction",
  "ownRating",
];

/** Words for a result column before or after its period (`outturn 2019/20`, `2019/20 actual`). */
const RESULT_WORDS = "(?:result|results|actual|actuals|outturn|performance|value|figure|period)";
const TARGET_WORDS = "(?:target|targets|tgt)";
const KIND_FIRST = new RegExp(`^(${RESULT_WORDS}|${TARGET_WORDS})\\s*(?:for|:|-)?\\s*(.+)$`, "i");
const KIND_LAST = new RegExp(`^(.+?)\\s*[-:]?\\s*(${RESULT_WORDS}|${TARGET_WORDS})$`, "i");

export const isColumnIndex = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 16384;

/** A role name in any case (`statneighbours`, `Not used`), or undefined. */
export function roleOf(text: string): ColumnKey | "notUsed" | undefined {
  const plain = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
  if (plain === "notused" || plain === "none" || plain === "ignore") return "notUsed";
  return COLUMN_ROLES.find((r) => r.toLowerCase() === plain);
}

/**
 * A choice as the analyst writes it: a role (`indicator`), `not used`, a period (`2006/07`,
 * `Q2 2018/19`, `result 2006/07`) or a target for a period (`target 2007/08`, `2007/08 target`).
 */
export function parseColumnChoice(
  text: string
): { ok: true; choice: ColumnChoice } | { ok: false; message: string } {
  const given = text
    .trim()
    .replace(/^(["'])(.*)\1$/, "$2")
    .trim();
  const role = roleOf(given);
  if (role === "notUsed") return { ok: true, choice: { role: "notUsed" } };
  if (role !== undefined) return { ok: true, choice: { role } };
  const plain = readPeriodText(given);
  if (plain) return { ok: true, choice: { role: "period", period: plain, kind: "result" } };
  const worded = KIND_FIRST.exec(given) ?? KIND_LAST.exec(given);
  if (worded) {
    const first = KIND_FIRST.exec(given) !== null;
    const word = first ? worded[1] : worded[2];
    const rest = first ? worded[2] : worded[1];
    const period = readPeriodText(rest.trim());
    if (period) {
      const kind: PeriodColumnKind = new RegExp(`^${TARGET_WORDS}$`, "i").test(word)
        ? "target"
        : "result";
      return { ok: true, choice: { role: "period", period, kind } };
    }
  }
  return {
    ok: false,
    message: `"${given}" is neither a role (${COLUMN_ROLES.join(", ")}, not used) nor a period such as ${PERIOD_EXAMPLES} (a target for a period: "target 2019/20")`,
  };
}

/** Period forms the product reads, in an analyst's words (docs/periods.md, Period headings). */
export const PERIOD_EXAMPLES =
  "Q2 2018/19, Quarter 2 2018-19, Jul-Sep 2018, Sep 2018, September 2018, 2018/19, 2018-19, FY 2018/19, FY19 or Apr 2018 - Mar 2019";

/** `target 2007/08`, `2006/07`, `indicator`, `not used`: a choice as the analyst would type it. */
export function choiceText(choice: ColumnChoice): string {
  if (choice.role === "period")
    return choice.kind === "target" ? `target ${choice.period.label}` : choice.period.label;
  return choice.role === "notUsed" ? "not used" : choice.role;
}

/** The choices after setting one column: any earlier choice for that column is replaced. */
export function withColumnChoice(
  current: ColumnChoices,
  column: number,
  choice: ColumnChoice
): Required<ColumnChoices> {
  const overrides: Partial<Record<ColumnKey, number>> = { ...(current.columnOverrides ?? {}) };
  for (const key of Object.keys(overrides) as ColumnKey[]) {
    if (overrides[key] === column) delete overrides[key];
  }
  const notUsed = new Set((current.columnsNotUsed ?? []).filter((c) => c !== column));
  const periods = (current.columnPeriods ?? []).filter((p) => p.column !== column);
  if (choice.role === "notUsed") notUsed.add(column);
  else if (choice.role === "period")
    periods.push({ column, period: choice.period.label, kind: choice.kind });
  else overrides[choice.role] = column;
  return {
    columnOverrides: overrides,
    columnsNotUsed: [...notUsed].sort((a, b) => a - b),
    columnPeriods: periods.sort((a, b) => a.column - b.column),
  };
}

/** Keeps only well-formed choices from a store (settings, a file); anything else is dropped. */
export function sanitiseColumnChoices(raw: Record<string, unknown>): ColumnChoices {
  const out: ColumnChoices = {};
  if (raw.columnOverrides && typeof raw.columnOverrides === "object") {
    const overrides: Partial<Record<ColumnKey, number>> = {};
    for (const [key, value] of Object.entries(raw.columnOverrides as Record<string, unknown>)) {
      if (isColumnIndex(value) && (COLUMN_ROLES as string[]).includes(key))
        overrides[key as ColumnKey] = value;
    }
    out.columnOverrides = overrides;
  }
  if (Array.isArray(raw.columnsNotUsed)) {
    out.columnsNotUsed = [...new Set(raw.columnsNotUsed.filter(isColumnIndex))].sort(
      (a, b) => a - b
    );
  }
  if (Array.isArray(raw.columnPeriods)) {
    const periods: ColumnPeriodChoice[] = [];
    for (const item of raw.columnPeriods as unknown[]) {
      if (!item || typeof item !== "object") continue;
      const { column, period, kind } = item as Record<string, unknown>;
      if (!isColumnIndex(column) || typeof period !== "string" || !readPeriodText(period)) continue;
      if (kind !== "result" && kind !== "target") continue;
      if (periods.some((p) => p.column === column)) continue;
      periods.push({ column, period, kind });
    }
    out.columnPeriods = periods;
  }
  return out;
}

/** The periods of the choices, read: the engine's header reader applies these. */
export function readPeriodChoices(
  periods: readonly ColumnPeriodChoice[] | undefined
): { column: number; period: Quarter; kind: PeriodColumnKind }[] {
  const out: { column: number; period: Quarter; kind: PeriodColumnKind }[] = [];
  for (const p of periods ?? []) {
    const period = isColumnIndex(p.column) ? readPeriodText(p.period) : null;
    if (period && (p.kind === "result" || p.kind === "target"))
      out.push({ column: p.column, period, kind: p.kind });
  }
  return out;
}

/** The engine options the choices give (only those set). */
export function choicesAsEngineOptions(
  choices: ColumnChoices
): Pick<EngineOptions, "columnOverrides" | "columnsNotUsed" | "columnPeriods"> {
  return {
    ...(choices.columnOverrides ? { columnOverrides: choices.columnOverrides } : {}),
    ...(choices.columnsNotUsed?.length ? { columnsNotUsed: choices.columnsNotUsed } : {}),
    ...(choices.columnPeriods?.length ? { columnPeriods: choices.columnPeriods } : {}),
  };
}
