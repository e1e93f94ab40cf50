/**
 * Nothing let in through the commentary file: the Markdown the command line writes for the
 * scrutiny report shows hostile names as text — no raw tag a Markdown viewer would render as HTML.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QUARTER } from "../corpus/builders/table";
import { hostileText } from "../corpus/builders/text";
import { runCli } from "../corpus/support/runCli";

let dir: string;
let markdown: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "perf-challenge-md-"));
  const input = await hostileText.build(dir);
  const md = join(dir, "commentary.md");
  const run = await runCli([
    "classify",
    input,
    "--out",
    join(dir, "out.xlsx"),
    "--commentary",
    md,
    "--quarter",
    QUARTER,
  ]);
  expect(run.code).toBe(0);
  markdown = await readFile(md, "utf8");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("commentary Markdown shows workbook text as text", () => {
  it("names every hostile indicator (the check below is not vacuous)", () => {
    expect(markdown).toMatch(/img src=x onerror/);
    expect(markdown).toMatch(/script/);
  });

  it("has no unescaped < that a viewer could read as a tag", () => {
    const rawTags = markdown.split("\n").filter((line) => /(^|[^\\])<[a-zA-Z/!]/.test(line));
    expect(rawTags).toEqual([]);
  });
});
