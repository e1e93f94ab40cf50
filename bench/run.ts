/**
 * `npm run bench`: the Office.js cost of Classify quarter (real runtime, recording transport) and
 * of a second quarter on a Challenge log full of reviewer text, the
 * CLI against a bare ExcelJS read + write of the same file, and the engine's throughput — one
 * table, measured on this machine in one run. Always exits 0: benchmarks inform, they do not gate.
 *   --record   also writes the table into docs/performance.md (between the bench markers)
 *   --quick    smaller sizes, one repetition (a smoke run, not for the record)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { ROOT, runPhase } from "./child";
import { makeIndicatorFixture, writeFixtureXlsx } from "./fixtures";
import { formatRecordRow, officeRows } from "./officejs/rows";
import { bundleRows, cliRows, engineRows } from "./otherRows";
import { engineScaleRows } from "./engineScale";
import type { EnginePhase } from "./phases/engine";
import type { OfficeJsPhase } from "./phases/officejs";
import type { SecondQuarterPhase } from "./phases/secondQuarter";
import { secondQuarterRows } from "./officejs/secondQuarterRows";
import type { XlsxPass } from "./phases/xlsx";
import { type CliSize, cliScalingRow } from "./otherRows";
import { type Row, missing, renderMisses, renderTable } from "./table";
import { paneSection } from "./paneRows";

const quick = process.argv.includes("--quick");
const OFFICE_SIZES = quick ? [20, 2_000] : [20, 2_000, 10_000, 20_000, 50_000];
const SECOND_QUARTER_SIZES = quick ? [2_000] : [2_000, 10_000, 20_000, 50_000];
const CLI_INDICATORS = quick ? 2_000 : 20_000;
/** Sizes for the CLI's scaling rows; 99,998 indicators fill the documented 100,000-row limit. */
const CLI_SIZES = quick ? [2_000] : [2_000, 20_000, 99_998];
/** The largest size runs once (about a minute for the floor and the CLI together). */
const CLI_LARGE = 50_000;
const QUARTERS = 8;
const REPETITIONS = quick ? 1 : 3;
const PANE_SIZES = quick ? [2_000] : [2_000, 20_000];

function machine(): string {
  const cpu = cpus();
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");
  return `${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, load average at start ${load}`;
}

function progress(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

function officeSection(): Row[] {
  progress(`Office.js classify at ${OFFICE_SIZES.join(", ")} rows …`);
  const phase = runPhase<OfficeJsPhase>(
    "bench/phases/officejs.ts",
    OFFICE_SIZES.map(String),
    300_000
  );
  if (!phase.ok || !phase.value)
    return [missing("Office.js classify", phase.error ?? "phase failed")];
  const office = phase.value;
  if (office.subject === "probe") {
    return [
      missing(
        "Office.js classify (adapter)",
        `${office.why}; harness probe ran ${office.probeSyncs} syncs`
      ),
    ];
  }
  const rows = officeRows(office.costs);
  const reference = office.costs.find((c) => c.rows === 2_000) ?? office.costs[0];
  if (reference) rows.push(formatRecordRow(reference));
  return rows;
}

/** Classify, fill the log as reviewers would, classify the next quarter, rerun, edit, clear. */
function secondQuarterSection(): Row[] {
  progress(`Office.js second quarter at ${SECOND_QUARTER_SIZES.join(", ")} rows …`);
  const phase = runPhase<SecondQuarterPhase>(
    "bench/phases/secondQuarter.ts",
    SECOND_QUARTER_SIZES.map(String),
    900_000
  );
  if (!phase.ok || !phase.value) return secondQuarterRows([], phase.error ?? "phase failed");
  return secondQuarterRows(phase.value.costs, phase.value.why);
}

async function cliPasses(
  indicators: number
): Promise<{ floor: XlsxPass[]; cli: XlsxPass[]; failures: string[] }> {
  const dir = join(tmpdir(), "perf-challenge-bench");
  mkdirSync(dir, { recursive: true });
  const input = join(dir, `indicators-${indicators}x${QUARTERS}.xlsx`);
  if (!existsSync(input)) {
    progress(`writing ${input} …`);
    await writeFixtureXlsx(makeIndicatorFixture(indicators, QUARTERS), input);
  }
  const floor: XlsxPass[] = [];
  const cli: XlsxPass[] = [];
  const failures: string[] = [];
  const repetitions = indicators >= CLI_LARGE ? 1 : REPETITIONS;
  // Alternate floor and CLI so a neighbour's burst of load hits both alike.
  for (let i = 0; i < repetitions; i++) {
    for (const mode of ["exceljs", "cli"] as const) {
      progress(`${mode} at ${indicators} indicators, pass ${i + 1} of ${repetitions} …`);
      const pass = runPhase<XlsxPass>(
        "bench/phases/xlsx.ts",
        [mode, input, join(dir, `out-${mode}.xlsx`)],
        600_000
      );
      if (pass.ok && pass.value) (mode === "cli" ? cli : floor).push(pass.value);
      else failures.push(`${mode}: ${pass.error}`);
    }
  }
  return { floor, cli, failures };
}

async function cliSection(): Promise<Row[]> {
  const rows: Row[] = [];
  const sizes: CliSize[] = [];
  for (const indicators of CLI_SIZES) {
    const { floor, cli, failures } = await cliPasses(indicators);
    const label = `${indicators.toLocaleString("en-GB")} × ${QUARTERS}`;
    rows.push(...cliRows(label, floor, cli, failures, indicators === CLI_INDICATORS));
    sizes.push({ indicators, passes: cli });
  }
  if (sizes.length > 1) rows.push(cliScalingRow(sizes, CLI_INDICATORS));
  return rows;
}

function engineSection(): Row[] {
  progress("engine throughput …");
  const phase = runPhase<EnginePhase>("bench/phases/engine.ts", [
    String(CLI_INDICATORS),
    String(QUARTERS),
  ]);
  return [...engineRows(phase.value, phase.error), ...engineScaleRows(quick)];
}

function record(block: string): void {
  const doc = resolve(ROOT, "docs/performance.md");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  const text = existsSync(doc) ? readFileSync(doc, "utf8") : `# Performance\n\n${start}\n${end}\n`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error("docs/performance.md has no bench markers");
  writeFileSync(doc, `${text.slice(0, from + start.length)}\n${block}\n${text.slice(to)}`);
  progress("recorded in docs/performance.md");
}

async function main(): Promise<void> {
  const started = Date.now();
  const host = machine();
  const rows = [
    ...officeSection(),
    ...secondQuarterSection(),
    ...(await cliSection()),
    ...engineSection(),
    ...(progress(`pane Classify in Chromium at ${PANE_SIZES.join(", ")} rows …`),
    await paneSection(PANE_SIZES)),
    ...bundleRows(),
  ];
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const block = [
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${host}; the run took ${minutes} min${quick ? " (--quick)" : ""}.`,
    "",
    renderTable(rows),
    "",
    "Targets missed:",
    "",
    renderMisses(rows),
  ].join("\n");
  process.stdout.write(`${block}\n`);
  if (process.argv.includes("--record") && !quick) record(block);
}

main()
  .catch((error) => process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`))
  .finally(() => {
    process.exitCode = 0;
  });
