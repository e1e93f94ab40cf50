/**
 * `perf-challenge classify` (docs/cli.md). Every failure ends as ONE line on stderr and an exit code:
 * 0 completed, 1 unusable arguments or unreadable file, 2 no indicator table.
 */
import { toCommentaryMarkdown, toSummaryJson } from "../engine/outputs";
import type ExcelJS from "exceljs";
import { classifyWorkbook, loadWorkbook } from "../xlsx/workbookActions";
import { classifiedWorkbookBytes } from "./workbookFile";
import { parseCliArgs, UsageError, type ClassifyArgs } from "./args";
import { describeWriteError, isSameFile, outputProblem, writeFileSafely } from "./files";
import { displayLine, normaliseForMatching, stripControlCharacters } from "../engine/textNormalise";
import { checkPackage, type PackageNotes } from "../xlsx/packageCheck";
import { WorkbookRefusal } from "../xlsx/refusal";
import { HELP_TEXT } from "./help";
import { runReportText } from "./report";
import { writeWordReport } from "./wordReport";
import { VERSION } from "./version";
import { readColumnsFile, resolveColumns } from "./columnsResolve";
import { readInputFile } from "./inputFile";

/**
 * The largest workbook file read (issue 21): its parts may hold 192 MB unzipped in all
 * (src/xlsx/packageCheck.ts), and a zip is never much larger than its parts.
 */
const INPUT_MAX_BYTES = 256 * 1024 * 1024;
import { readWorkbookGrid } from "../xlsx/readGrid";
import type { ColumnKey } from "../engine/types";
import { choicesAsEngineOptions, type ColumnChoices } from "../engine/columnChoices";
import type { GivenColumn } from "./columnsArg";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_NO_TABLE = 2;

/** A failure the user can act on; `code` is the exit code. */
class CliFailure extends Error {
  constructor(
    message: string,
    readonly code: number
  ) {
    super(message);
  }
}

function terminalText(text: string): string {
  return normaliseForMatching(stripControlCharacters(text));
}

/** One line, with no control character a terminal would act on (text from cells can hold them). */
function oneLine(text: string): string {
  return displayLine(text.replace(/\s*\n\s*/g, " "));
}

function checkOutputs(args: ClassifyArgs): void {
  const outputs: [string, string | undefined][] = [
    ["--out", args.out],
    ["--json", args.json],
    ["--commentary", args.commentary],
    ["--report", args.report],
  ];
  for (const [flag, file] of outputs) {
    if (file && isSameFile(args.input, file)) {
      throw new CliFailure(
        `${flag} ${file} is the input workbook; the input is never overwritten – choose another file.`,
        EXIT_USAGE
      );
    }
  }
  // Only a new path or a regular file is replaced (never a device, FIFO, folder or link).
  for (const [flag, file] of outputs) {
    const problem = file ? outputProblem(file) : null;
    if (problem)
      throw new CliFailure(
        `${flag} ${displayLine(file!)} cannot be written: ${problem}.`,
        EXIT_USAGE
      );
  }
  const given = outputs.filter(([, file]) => file) as [string, string][];
  for (let i = 0; i < given.length; i++) {
    for (let j = i + 1; j < given.length; j++) {
      if (isSameFile(given[i][1], given[j][1])) {
        throw new CliFailure(
          `${given[i][0]} and ${given[j][0]} name the same file; give each output its own file.`,
          EXIT_USAGE
        );
      }
    }
  }
}

function write(file: string, data: Uint8Array | string, what: string): void {
  try {
    writeFileSafely(file, data);
  } catch (error) {
    throw new CliFailure(
      `Cannot write the ${what} to ${displayLine(file)}: ${describeWriteError(error)}.`,
      EXIT_USAGE
    );
  }
}

/** `--columns` and `--columns-file`, resolved against the workbook; a bad one is exit 1. */
function columnsFor(wb: ExcelJS.Workbook, args: ClassifyArgs): ColumnChoices | undefined {
  if (!args.columnsFile && !args.columnHeadings && !args.columns && !args.columnChoices)
    return undefined;
  const file = args.columnsFile
    ? readColumnsFile(args.columnsFile)
    : { ok: true as const, given: [] };
  if (!file.ok) throw new CliFailure(file.message, EXIT_USAGE);
  const grid = readWorkbookGrid(wb, args.sheet);
  const byRole = { ...args.columns, ...args.columnHeadings } as Record<string, number | string>;
  const given: GivenColumn[] = [
    ...Object.entries(byRole).map(([role, column]) => ({
      column,
      choice: { role: role as ColumnKey },
    })),
    ...(args.columnChoices ?? []),
  ];
  const resolved = resolveColumns(grid, { sheet: args.sheet }, file.given, given);
  if (!resolved.ok) throw new CliFailure(resolved.message, EXIT_USAGE);
  return resolved.choices;
}

/** The input, checked and loaded; its bytes are not kept. */
async function openWorkbook(
  args: ClassifyArgs
): Promise<{ wb: ExcelJS.Workbook; notes: PackageNotes }> {
  const read = readInputFile(args.input, INPUT_MAX_BYTES);
  if (!read.ok) throw new CliFailure(`Cannot read ${args.input}: ${read.why}.`, EXIT_USAGE);
  const bytes = read.bytes;
  let notes;
  try {
    notes = await checkPackage(bytes);
  } catch (error) {
    if (error instanceof WorkbookRefusal)
      throw new CliFailure(`${displayLine(args.input)} ${error.message}`, EXIT_USAGE);
    throw error;
  }
  try {
    return { wb: await loadWorkbook(bytes, { checked: true }), notes };
  } catch {
    throw new CliFailure(
      `${args.input} is not an Excel workbook (.xlsx), or it is damaged.`,
      EXIT_USAGE
    );
  }
}

/** What the run writes besides the workbook, made before the workbook is rendered. */
interface RunOutputs {
  reportText: string;
  json?: string;
  commentary?: string;
  wordReport?: Uint8Array;
}

/**
 * Classifies the workbook in place and makes every other output from the result, which is then
 * released: the grid and the result (a few kB per indicator) are not kept alive while ExcelJS
 * renders the workbook, its most memory-hungry step.
 */
async function classifyInPlace(wb: ExcelJS.Workbook, args: ClassifyArgs): Promise<RunOutputs> {
  const choices = columnsFor(wb, args);
  let outcome;
  const engineOptions = {
    sheet: args.sheet,
    toleranceMode: args.toleranceMode,
    ...(choices ? choicesAsEngineOptions(choices) : {}),
  };
  try {
    outcome = classifyWorkbook(wb, {
      quarter: args.quarter,
      ...engineOptions,
      palette: args.palette,
      compactLog: true,
    });
  } catch (error) {
    // The workbook was left as it was on purpose; the message says why and what to do.
    if (error instanceof WorkbookRefusal) throw new CliFailure(error.message, EXIT_USAGE);
    throw error;
  }
  if (!outcome.ok) {
    throw new CliFailure(
      outcome.failure.message,
      outcome.failure.kind === "noTable" ? EXIT_NO_TABLE : EXIT_USAGE
    );
  }
  const { result } = outcome;
  return {
    reportText: runReportText(result),
    json: args.json ? `${JSON.stringify(toSummaryJson(result), null, 2)}\n` : undefined,
    commentary: args.commentary ? toCommentaryMarkdown(result, outcome.edits) : undefined,
    wordReport: args.report
      ? await writeWordReport(wb, result, outcome.edits, args, engineOptions)
      : undefined,
  };
}

async function classify(args: ClassifyArgs, io: CliIo): Promise<number> {
  checkOutputs(args);
  const { wb, notes } = await openWorkbook(args);
  const outputs = await classifyInPlace(wb, args);
  write(args.out, await classifiedWorkbookBytes(wb), "classified workbook");
  const wrote = [`Classified workbook: ${args.out}`];
  if (args.json && outputs.json !== undefined) {
    write(args.json, outputs.json, "summary JSON");
    wrote.push(`Summary JSON: ${args.json}`);
  }
  if (args.commentary && outputs.commentary !== undefined) {
    write(args.commentary, outputs.commentary, "commentary");
    wrote.push(`Commentary: ${args.commentary}`);
  }
  if (args.report && outputs.wordReport) {
    write(args.report, outputs.wordReport, "Word report");
    wrote.push(`Word report: ${args.report}`);
  }
  const warnings = notes.warnings.map((w) => `Warning: ${w}\n`).join("");
  // Cell text reaches the terminal here: no control, zero-width or bidi character passes.
  io.stdout(
    terminalText(
      `${outputs.reportText}\n\n${warnings}Written:\n${wrote.map((w) => `  ${w}`).join("\n")}\n`
    )
  );
  return EXIT_OK;
}

/** Runs the command line; never throws, never prints a stack trace. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.command === "help") {
      io.stdout(HELP_TEXT);
      return EXIT_OK;
    }
    if (args.command === "version") {
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    }
    return await classify(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`perf-challenge: ${oneLine(error.message)} Run perf-challenge --help for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof CliFailure) {
      io.stderr(`perf-challenge: ${oneLine(error.message)}\n`);
      return error.code;
    }
    const raw = (error as { message?: unknown } | null)?.message;
    const message = typeof raw === "string" ? raw : String(error);
    io.stderr(`perf-challenge: unexpected problem – ${oneLine(message)}\n`);
    return EXIT_USAGE;
  }
}
