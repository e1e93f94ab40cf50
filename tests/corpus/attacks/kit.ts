/**
 * Shared pieces of the attack corpus (issue 10): workbooks built at test time, the command line
 * run in-process or as a child (to measure memory), and checks that say what went wrong. Uses
 * only APIs that existed before issue 10, so the same corpus counts what held before and after.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { HEALTHY_ROWS, newWorkbook, writeTable, type RowSpec } from "../builders/table";
import { runCli, type CliRun } from "../support/runCli";

export interface Attack {
  id: string;
  /** What an analyst or an attacker does. */
  title: string;
  /** Problems found; none means the attack held. */
  run(dir: string): Promise<string[]>;
}

export const ROOT = path.join(__dirname, "../../..");

/** The standard table (Ref … Q2 in A..J, rows 2..4) plus the analyst's Regional column in K. */
export function regionalWorkbook(rows: RowSpec[] = HEALTHY_ROWS): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Indicators");
  writeTable(ws, rows);
  ["Regional", 91, 22, 0.7].forEach((v, i) => (ws.getCell(i + 1, 11).value = v));
  ws.getCell(4, 11).numFmt = "0%";
  return wb;
}

export async function save(wb: ExcelJS.Workbook, file: string): Promise<string> {
  await wb.xlsx.writeFile(file);
  return file;
}

export async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function fingerprint(file: string): string | null {
  return existsSync(file) ? createHash("sha256").update(readFileSync(file)).digest("hex") : null;
}

/** Runs classify in-process; throws (a problem for the attack) when the input file changed. */
export async function classify(input: string, out: string, ...more: string[]): Promise<CliRun> {
  const before = fingerprint(input);
  const run = await runCli(["classify", input, "--out", out, ...more]);
  if (fingerprint(input) !== before) throw new Error(`the input ${input} was changed`);
  return run;
}

/** Values of a column (1-based) on rows 1..n of a sheet. */
export function columnValues(ws: ExcelJS.Worksheet, col: number, rows: number): unknown[] {
  return Array.from({ length: rows }, (_, r) => ws.getCell(r + 1, col).value ?? null);
}

/** One line on stderr, no stack trace, not the catch-all. */
export function refusal(run: CliRun): string[] {
  const problems: string[] = [];
  const lines = run.stderr.split("\n").filter((l) => l.trim() !== "");
  if (run.code === 0) problems.push("expected a refusal, got exit 0");
  if (lines.length !== 1) problems.push(`expected one line on stderr, got ${lines.length}`);
  if (/\n\s+at\s|TypeError|RangeError|\[object /.test(run.stderr))
    problems.push(`stderr looks like a crash: ${run.stderr.slice(0, 200)}`);
  if (/unexpected problem/i.test(run.stderr))
    problems.push(`the CLI's catch-all answered: ${run.stderr.slice(0, 200)}`);
  return problems;
}

export function completed(run: CliRun): string[] {
  return run.code === 0 ? [] : [`expected exit 0, got ${run.code}: ${run.stderr.slice(0, 300)}`];
}

export function sameText(a: unknown, b: unknown, what: string): string[] {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x === y ? [] : [`${what} changed: ${x.slice(0, 200)} → ${y.slice(0, 200)}`];
}

/**
 * The heap every child run gets (issue 21): work in proportion to a declared range, rather than
 * to the cells present, runs out of it and fails the attack.
 */
export const CHILD_HEAP_MB = 512;

/** The command line as a child process under a heap cap; exit code and peak memory. */
export function cliChild(args: string[]): {
  code: number | null;
  stderr: string;
  peakMb: number;
  seconds: number;
} {
  const started = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${CHILD_HEAP_MB}`,
      "--import",
      "tsx",
      path.join(__dirname, "measureCli.ts"),
      ...args,
    ],
    { cwd: ROOT, encoding: "utf8", timeout: 120_000 }
  );
  const match = /PEAK_RSS_MB (\d+)/.exec(child.stderr ?? "");
  return {
    code: child.status,
    stderr: (child.stderr ?? "").replace(/PEAK_RSS_MB \d+\n?/, ""),
    peakMb: match ? Number(match[1]) : Number.POSITIVE_INFINITY,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}

export function json<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}
