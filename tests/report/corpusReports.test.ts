/**
 * The fault corpus with --report: every workbook that classifies also gives a Word report that
 * opens, whose summary total row agrees with the JSON summary, whose every picture has alt text,
 * and in which every indicator's headline is a heading. Bad input never breaks the report.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI_CORPUS } from "../corpus/builders";
import { QUARTER } from "../corpus/builders/table";
import type { SummaryJson } from "../corpus/support/findingChecks";
import { runCli } from "../corpus/support/runCli";
import { paragraphs, readDocx, tables } from "./docxReader";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "perf-challenge-report-corpus-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const STATUSES = ["outsideTolerance", "insideTolerance", "onTarget", "noTarget"] as const;

describe("fault corpus: the Word report", () => {
  const completing = CLI_CORPUS.filter((c) => c.expect.exitCode === 0 && !c.knownBug);
  it.each(completing.map((c) => [c.fault, c] as const))("%s", async (_fault, corpusCase) => {
    const dir = join(root, corpusCase.id);
    await mkdir(dir, { recursive: true });
    const input = await corpusCase.build(dir);
    const report = join(dir, "report.docx");
    const json = join(dir, "summary.json");
    const run = await runCli([
      "classify",
      input,
      "--out",
      join(dir, "out.xlsx"),
      "--json",
      json,
      "--report",
      report,
      "--quarter",
      QUARTER,
      ...(corpusCase.args ?? []),
    ]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    expect(existsSync(report)).toBe(true);
    const summary = (JSON.parse(await readFile(json, "utf8")) as SummaryJson).summary;
    const doc = await readDocx(await readFile(report));
    const total = tables(doc)[0].rows.at(-1)!.cells;
    expect(total[0]).toBe(`Total (${summary.total.count})`);
    STATUSES.forEach((status, i) =>
      expect(total[i + 1]).toBe(`${summary.total[status]} (${summary.percent[status]}%)`)
    );
    expect(doc.images.length).toBeGreaterThan(0);
    expect(doc.images.every((image) => image.description.trim().length > 0)).toBe(true);
    const headings = paragraphs(doc).filter((p) => p.style === "Heading2").length;
    // One trend picture per headline; the summary picture only where there is a previous period.
    const trends = doc.images.filter((image) => image.name.startsWith("Trend ")).length;
    expect(headings).toBe(trends);
    expect(doc.images.length - trends).toBeLessThanOrEqual(1);
  });
});
