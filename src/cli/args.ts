/** Command-line arguments → options, with one plain-English line when they are unusable. */
import { parseArgs } from "node:util";
import type { PaletteName } from "../engine/plan-types";
import type { ColumnKey, ToleranceMode } from "../engine/types";
import { parseReportDate } from "../report/names";
import { parseColumnsArg, type GivenColumn } from "./columnsArg";

export interface ClassifyArgs {
  command: "classify";
  input: string;
  out: string;
  quarter?: string;
  sheet?: string;
  toleranceMode?: ToleranceMode;
  json?: string;
  commentary?: string;
  palette?: PaletteName;
  /** Word report of the period (--report); the provider, committee, author and date it names. */
  report?: string;
  provider?: string;
  committee?: string;
  author?: string;
  /** `YYYY-MM-DD`, checked to be a real date. */
  date?: string;
  /** `--columns target=G`: roles the analyst sets by hand (0-based sheet columns). */
  columns?: Partial<Record<ColumnKey, number>>;
  /** Roles given by heading text, resolved against the sheet's header (`target="Target 22/23"`). */
  columnHeadings?: Partial<Record<ColumnKey, string>>;
  /** `--columns E=2006/07,F="target 2007/08",G=indicator`: a choice per column. */
  columnChoices?: GivenColumn[];
  /** `--columns-file mapping.json`: the same roles kept in a file. */
  columnsFile?: string;
}

export type ParsedArgs = ClassifyArgs | { command: "help" } | { command: "version" };

/** Thrown for arguments the user must fix; the message is shown as it is. */
export class UsageError extends Error {}

const TOLERANCE_MODES: readonly ToleranceMode[] = ["threshold", "points", "percent"];
const PALETTE_NAMES: readonly PaletteName[] = ["default", "highContrast"];

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")} (got "${value}").`);
}

function nonEmpty(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && value.trim() === "") throw new UsageError(`${flag} needs a value.`);
  return value;
}

export function parseCliArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        quarter: { type: "string", short: "q" },
        sheet: { type: "string", short: "s" },
        "tolerance-mode": { type: "string", short: "t" },
        json: { type: "string", short: "j" },
        commentary: { type: "string", short: "c" },
        palette: { type: "string", short: "p" },
        report: { type: "string", short: "r" },
        provider: { type: "string" },
        committee: { type: "string" },
        author: { type: "string" },
        date: { type: "string" },
        columns: { type: "string" },
        "columns-file": { type: "string" },
        period: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "V" },
      },
    });
  } catch (error) {
    // node:util's messages are clear but long; keep the first sentence.
    // Duck-typed: errors from node:util may come from another realm (instanceof fails there).
    const raw = (error as { message?: unknown } | null)?.message;
    const message =
      typeof raw === "string" ? raw.split(/\.\s|\n/)[0].replace(/\.$/, "") : "Invalid arguments";
    throw new UsageError(`${message}.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };
  if (values.version) return { command: "version" };
  const [command, input, ...extra] = positionals;
  if (command === undefined)
    throw new UsageError(
      "Say what to do: perf-challenge classify <input.xlsx> --out <output.xlsx>."
    );
  if (command !== "classify")
    throw new UsageError(`Unknown command "${command}"; the command is "classify".`);
  if (!input)
    throw new UsageError(
      "Name the workbook to classify: perf-challenge classify <input.xlsx> --out <output.xlsx>."
    );
  if (extra.length > 0)
    throw new UsageError(`Unexpected argument "${extra[0]}" (one input workbook at a time).`);
  const out = nonEmpty(values.out, "--out");
  if (!out)
    throw new UsageError("Say where to write the classified copy with --out <output.xlsx>.");
  return {
    command: "classify",
    input,
    out,
    quarter: nonEmpty(values.period, "--period") ?? nonEmpty(values.quarter, "--quarter"),
    sheet: nonEmpty(values.sheet, "--sheet"),
    toleranceMode: oneOf(values["tolerance-mode"], TOLERANCE_MODES, "--tolerance-mode"),
    json: nonEmpty(values.json, "--json"),
    commentary: nonEmpty(values.commentary, "--commentary"),
    palette: oneOf(values.palette, PALETTE_NAMES, "--palette"),
    report: nonEmpty(values.report, "--report"),
    provider: nonEmpty(values.provider, "--provider"),
    committee: nonEmpty(values.committee, "--committee"),
    author: nonEmpty(values.author, "--author"),
    date: reportDate(nonEmpty(values.date, "--date")),
    ...columnsOption(nonEmpty(values.columns, "--columns")),
    ...(values["columns-file"] !== undefined
      ? { columnsFile: nonEmpty(values["columns-file"], "--columns-file") }
      : {}),
  };
}

function reportDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const date = parseReportDate(text);
  if (!date)
    throw new UsageError(
      `--date must be a real date as 2018-11-14 or 14/11/2018 (got "${text.slice(0, 40)}").`
    );
  return date;
}

function columnsOption(
  text: string | undefined
): Pick<ClassifyArgs, "columns" | "columnHeadings" | "columnChoices"> {
  if (text === undefined) return { columns: undefined };
  const parsed = parseColumnsArg(text);
  if (!parsed.ok) throw new UsageError(parsed.message);
  return {
    columns: parsed.overrides,
    ...(parsed.headings ? { columnHeadings: parsed.headings } : {}),
    ...(parsed.choices ? { columnChoices: parsed.choices } : {}),
  };
}
