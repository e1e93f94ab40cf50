/**
 * Nothing lost: the command line only reads its input. Naming the input as an output, however it
 * is spelt (same path, another spelling, a symbolic or hard link), is refused with one line and
 * leaves the file byte for byte and timestamp for timestamp as it was.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { link, mkdtemp, readFile, rm, stat, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import {
  HEALTHY_ROWS,
  newWorkbook,
  QUARTER,
  saveWorkbook,
  writeTable,
} from "../corpus/builders/table";
import { refusalProblems, runCli } from "../corpus/support/runCli";

let dir: string;
let input: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "perf-challenge-input-"));
  const workbook = newWorkbook();
  writeTable(workbook.addWorksheet("Indicators"), HEALTHY_ROWS);
  input = await saveWorkbook(workbook, join(dir, "council.xlsx"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileState(path: string): Promise<{ sha256: string; mtimeMs: number; size: number }> {
  const info = await stat(path);
  const sha256 = createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
  return { sha256, mtimeMs: info.mtimeMs, size: info.size };
}

describe("the command line never writes its input", () => {
  const spellings: [string, () => Promise<string>][] = [
    ["the same path", async () => input],
    // Built by hand: path.join would tidy the spelling away before the CLI sees it.
    ["another spelling of the path", async () => `${dir}/./sub/..//${basename(input)}`],
    ["a relative path", async () => relative(process.cwd(), input)],
    [
      "a symbolic link to it",
      async () => {
        const path = join(dir, "alias.xlsx");
        if (!existsSync(path)) await symlink(input, path);
        return path;
      },
    ],
    [
      "a hard link to it",
      async () => {
        const path = join(dirname(input), "hard.xlsx");
        if (!existsSync(path)) await link(input, path);
        return path;
      },
    ],
  ];

  it.each(spellings)("refuses --out naming the input as %s", async (_how, target) => {
    const before = await fileState(input);
    const run = await runCli(["classify", input, "--out", await target(), "--quarter", QUARTER]);
    expect(run.code).toBe(1);
    expect(refusalProblems(run)).toEqual([]);
    expect(run.stderr).toMatch(/input/i);
    expect(await fileState(input)).toEqual(before);
  });

  it.each(["--json", "--commentary"])("refuses %s naming the input", async (flag) => {
    const before = await fileState(input);
    const run = await runCli(["classify", input, "--out", join(dir, "out.xlsx"), flag, input]);
    expect(run.code).toBe(1);
    expect(refusalProblems(run)).toEqual([]);
    expect(await fileState(input)).toEqual(before);
    expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
  });

  it("leaves the input untouched on a normal run", async () => {
    const before = await fileState(input);
    const out = join(dir, "classified.xlsx");
    const run = await runCli([
      "classify",
      input,
      "--out",
      out,
      "--json",
      join(dir, "s.json"),
      "--commentary",
      join(dir, "c.md"),
    ]);
    expect(run.code).toBe(0);
    expect(await fileState(input)).toEqual(before);
    expect((await fileState(out)).sha256).not.toBe(before.sha256);
  });
});
