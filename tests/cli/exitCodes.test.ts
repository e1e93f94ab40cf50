/** Exit codes and the one clear line on stderr (docs/cli.md). */
import ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import { VERSION } from "../../src/cli/version";
import { canonicalWorkbook, saveTo, tempDir } from "../xlsx/fixtures";
import { expectOneLine, runCli, sha256 } from "./cliSupport";

describe("perf-challenge exit codes", () => {
  let dir: string;
  let input: string;

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    dir = tempDir();
    input = await saveTo(canonicalWorkbook(), dir, "input.xlsx");
  });

  it("explains every flag with --help and -h", async () => {
    for (const flag of ["--help", "-h"]) {
      const run = await runCli(flag);
      expect(run.code).toBe(0);
      for (const option of [
        "--out",
        "--quarter",
        "--sheet",
        "--tolerance-mode",
        "--json",
        "--commentary",
        "--palette",
        "--help",
        "--version",
      ]) {
        expect(run.stdout).toContain(option);
      }
    }
  });

  it("prints the package version", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
    expect((await runCli("--version")).stdout.trim()).toBe(pkg.version);
  });

  it.each<[string, string[], RegExp]>([
    ["no command", [], /classify/],
    ["an unknown command", ["sort", "x.xlsx", "--out", "y.xlsx"], /Unknown command/],
    ["no input", ["classify", "--out", "y.xlsx"], /Name the workbook/],
    ["no --out", ["classify", "INPUT"], /--out/],
    [
      "an unknown flag",
      ["classify", "INPUT", "--out", "y.xlsx", "--colour", "red"],
      /Unknown option/,
    ],
    [
      "a bad tolerance mode",
      ["classify", "INPUT", "--out", "y.xlsx", "--tolerance-mode", "band"],
      /threshold, points, percent/,
    ],
    [
      "a bad palette",
      ["classify", "INPUT", "--out", "y.xlsx", "--palette", "neon"],
      /default, highContrast/,
    ],
    ["a missing file", ["classify", "missing.xlsx", "--out", "y.xlsx"], /no such file/],
    [
      "an unknown quarter",
      ["classify", "INPUT", "--out", "OUTDIR/q.xlsx", "--quarter", "Q3 2030/31"],
      /Q3 2030\/31/,
    ],
    [
      "an unreadable quarter",
      ["classify", "INPUT", "--out", "OUTDIR/q.xlsx", "--quarter", "next spring"],
      /quarter/,
    ],
    [
      "an unknown sheet",
      ["classify", "INPUT", "--out", "OUTDIR/s.xlsx", "--sheet", "Nope"],
      /Nope/,
    ],
  ])("exits 1 with one line for %s", async (_, args, message) => {
    const argv = args.map((a) =>
      a
        .replace("INPUT", input)
        .replace("OUTDIR", dir)
        .replace(/^(missing|y)\.xlsx$/, path.join(dir, "$1.xlsx"))
    );
    const run = await runCli(...argv);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(message);
  });

  it("exits 1 for a file that is not a workbook", async () => {
    const text = path.join(dir, "notes.xlsx");
    fs.writeFileSync(text, "Ref,Indicator\nA1,Something\n");
    const run = await runCli("classify", text, "--out", path.join(dir, "never.xlsx"));
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/not an Excel workbook/);
    expect(fs.existsSync(path.join(dir, "never.xlsx"))).toBe(false);
  });

  it("exits 2 when there is no indicator table", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["Minutes of the meeting"]);
    const notes = await saveTo(wb, dir, "minutes.xlsx");
    const run = await runCli("classify", notes, "--out", path.join(dir, "minutes-out.xlsx"));
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
  });

  it("refuses to write over the input, however it is named", async () => {
    const hash = sha256(input);
    const link = path.join(dir, "link.xlsx");
    const hard = path.join(dir, "hard.xlsx");
    fs.symlinkSync(input, link);
    fs.linkSync(input, hard);
    const relative = path.relative(process.cwd(), input);
    for (const target of [input, relative, link, hard, path.join(dir, ".", "input.xlsx")]) {
      const run = await runCli("classify", input, "--out", target);
      expect(run.code).toBe(1);
      expectOneLine(run.stderr);
      expect(run.stderr).toMatch(/input/);
    }
    const viaJson = await runCli(
      "classify",
      input,
      "--out",
      path.join(dir, "ok.xlsx"),
      "--json",
      input
    );
    expect(viaJson.code).toBe(1);
    expect(sha256(input)).toBe(hash);
  });
});
