/**
 * Phase: one timed pass over an .xlsx file, either the floor (bare ExcelJS read + write) or the
 * CLI's `main()` classifying it. Modules are imported before the clock starts.
 * Usage: xlsx.ts exceljs|cli <input.xlsx> <output.xlsx>
 */
import ExcelJS from "exceljs";
import { emitResult, peakRssMiB } from "../child";

export interface XlsxPass {
  mode: string;
  ms: number;
  /** CPU time of the process (every thread), user + system: less sensitive to a neighbour's load. */
  cpuMs?: number;
  peakRssMiB: number;
  baselineRssMiB: number;
  exitCode?: number;
  stderr?: string;
}

type CliMain = (
  argv: string[],
  io: { stdout(text: string): void; stderr(text: string): void }
) => Promise<number>;

/** src/cli/main.ts, not index.ts: importing the entry point would run the command at once. */
async function loadCli(): Promise<CliMain> {
  const mod = (await import("../../src/cli/main")) as { main?: CliMain };
  if (typeof mod.main !== "function") throw new Error("src/cli/main.ts exports no main(argv, io)");
  return mod.main;
}

async function main(): Promise<void> {
  const [mode, input, output] = process.argv.slice(2);
  const cli = mode === "cli" ? await loadCli() : null;
  const baselineRssMiB = process.memoryUsage().rss / 2 ** 20;
  let stderr = "";
  const io = { stdout: () => undefined, stderr: (text: string) => void (stderr += text) };
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let exitCode: number | undefined;
  if (cli) {
    exitCode = await cli(["classify", input, "--out", output], io);
  } else {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    await workbook.xlsx.writeFile(output);
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  emitResult({
    mode,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMiB: peakRssMiB(),
    baselineRssMiB,
    exitCode,
    stderr: stderr.slice(0, 300),
  } satisfies XlsxPass);
}

void main();
