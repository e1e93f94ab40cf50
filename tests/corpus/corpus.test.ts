/**
 * The fault corpus through the command line, in-process: each generated workbook either completes
 * (exit 0, every fault a finding with its cell and a fix, the expected statuses, nothing of the
 * analyst's changed, no text turned into a formula) or is refused with one clear line.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI_CORPUS, LARGE_CASE, TEN_MEGABYTES } from "./builders";
import { type CorpusCase, QUARTER } from "./builders/table";
import {
  analystSheetDifferences,
  newFormulaCells,
  readWorkbookFile,
} from "./support/compareWorkbooks";
import {
  findingProblems,
  messageProblems,
  statusProblems,
  summaryProblems,
  type SummaryJson,
} from "./support/findingChecks";
import { refusalProblems, runCli } from "./support/runCli";

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "perf-challenge-corpus-"));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function fingerprint(path: string): Promise<string | null> {
  if (!existsSync(path)) return null;
  return createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
}

async function runCase(corpusCase: CorpusCase) {
  const dir = join(root, corpusCase.id);
  await mkdir(dir, { recursive: true });
  const input = await corpusCase.build(dir);
  const inputBefore = await fingerprint(input);
  const files = {
    out: join(dir, "out", "classified.xlsx"),
    json: join(dir, "out", "summary.json"),
    md: join(dir, "out", "commentary.md"),
  };
  const argv = [
    "classify",
    input,
    "--out",
    files.out,
    "--json",
    files.json,
    "--commentary",
    files.md,
    "--quarter",
    QUARTER,
  ];
  const run = await runCli([...argv, ...(corpusCase.args ?? [])]);
  return { input, inputBefore, files, run };
}

/** Everything a completed run must satisfy. */
async function expectCompleted(
  corpusCase: CorpusCase,
  ran: Awaited<ReturnType<typeof runCase>>
): Promise<void> {
  const { run, files, input } = ran;
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
  const json = JSON.parse(await readFile(files.json, "utf8")) as SummaryJson;
  expect(statusProblems(json, corpusCase.expect.statuses ?? {})).toEqual([]);
  expect(findingProblems(json.findings, corpusCase.expect.findings ?? [])).toEqual([]);
  expect(json.findings.flatMap(messageProblems)).toEqual([]);
  expect(summaryProblems(json)).toEqual([]);
  const [before, after] = await Promise.all([readWorkbookFile(input), readWorkbookFile(files.out)]);
  expect(analystSheetDifferences(before, after)).toEqual([]);
  expect(newFormulaCells(before, after)).toEqual([]);
}

describe("fault corpus through the command line", () => {
  const title = (c: CorpusCase) =>
    c.knownBug ? `${c.fault} [KNOWN BUG, reported: ${c.knownBug}]` : c.fault;
  it.each(CLI_CORPUS.map((c) => [title(c), c] as const))("%s", async (_title, corpusCase) => {
    const ran = await runCase(corpusCase);
    expect(await fingerprint(ran.input)).toBe(ran.inputBefore);
    if (corpusCase.expect.exitCode === 0) {
      await expectCompleted(corpusCase, ran);
    } else {
      expect(ran.run.code).toBe(corpusCase.expect.exitCode);
      expect(refusalProblems(ran.run)).toEqual([]);
      expect(existsSync(ran.files.out)).toBe(false);
    }
  });

  it("a 10 MB workbook completes and keeps every value", async () => {
    const ran = await runCase(LARGE_CASE);
    expect((await stat(ran.input)).size).toBeGreaterThanOrEqual(TEN_MEGABYTES);
    expect(await fingerprint(ran.input)).toBe(ran.inputBefore);
    await expectCompleted(LARGE_CASE, ran);
  });
});
