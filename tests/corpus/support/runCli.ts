/** Runs the command line in-process, as `perf-challenge` would run, capturing what it prints. */
import { main } from "../../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** The lines a refusal printed: it must be exactly one, with no stack trace and no internal crash. */
export function refusalProblems(run: CliRun): string[] {
  const lines = run.stderr.split("\n").filter((line) => line.trim() !== "");
  const problems: string[] = [];
  if (lines.length !== 1)
    problems.push(
      `expected one line on stderr, got ${lines.length}: ${JSON.stringify(run.stderr)}`
    );
  if (/\n\s+at\s|Error:|TypeError|undefined|\[object /.test(run.stderr))
    problems.push(`stderr looks like a crash: ${run.stderr}`);
  if (/unexpected problem/i.test(run.stderr))
    problems.push(`the refusal is the CLI's catch-all for crashes: ${run.stderr}`);
  return problems;
}
