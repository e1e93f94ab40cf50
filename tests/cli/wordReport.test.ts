/** `--report`: the Word report from the command line, with the names and date given as flags. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { paragraphs, readDocx, tables } from "../report/docxReader";
import { expectOneLine, runCli } from "./cliSupport";

const SAMPLE = path.join(__dirname, "../../samples/performance-q2-2018-19.xlsx");
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pc-word-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("perf-challenge classify --report", () => {
  it("writes the .docx beside the classified copy, with the provider and committee named", async () => {
    const out = path.join(dir, "out.xlsx");
    const report = path.join(dir, "report.docx");
    const run = await runCli(
      "classify",
      SAMPLE,
      "--out",
      out,
      "--report",
      report,
      "--provider",
      "Example Trust",
      "--committee",
      "Scrutiny Panel",
      "--author",
      "Director of People",
      "--date",
      "14/11/2018"
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Word report: ${report}`);
    const doc = await readDocx(fs.readFileSync(report));
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts).toContain("Provider: Example Trust");
    expect(texts).toContain("To the Chair and Members of the Scrutiny Panel");
    expect(texts).toContain("Report author: Director of People");
    expect(texts).toContain("Date: 14 November 2018");
    // The PNG fallback of every picture is drawn (resvg): a real PNG beside each SVG.
    expect(doc.media.filter((m) => m.endsWith(".png"))).toHaveLength(doc.images.length);
    expect(tables(doc)[0].rows.at(-1)?.cells).toEqual([
      "Total (20)",
      "2 (10%)",
      "5 (25%)",
      "13 (65%)",
      "0 (0%)",
    ]);
  });

  it("marks each name and the date to fill in when none is given, never inventing one", async () => {
    const report = path.join(dir, "plain.docx");
    const run = await runCli(
      "classify",
      SAMPLE,
      "--out",
      path.join(dir, "o2.xlsx"),
      "--report",
      report
    );
    expect(run.code).toBe(0);
    const texts = paragraphs(await readDocx(fs.readFileSync(report))).map((p) => p.text);
    expect(texts).toContain("Provider: [To fill in: the provider's name]");
    expect(texts).toContain(
      "To the Chair and Members of the [To fill in: the panel or committee the report goes to]"
    );
    expect(texts).toContain("Date: [To fill in: the report's date]");
  });

  it("refuses a --date that is not a real date, in one line", async () => {
    const run = await runCli(
      "classify",
      SAMPLE,
      "--out",
      path.join(dir, "o5.xlsx"),
      "--report",
      path.join(dir, "d.docx"),
      "--date",
      "31/02/2019"
    );
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toContain("--date must be a real date");
  });

  it("refuses a report path that is the input or another output, in one line", async () => {
    const sameAsInput = await runCli(
      "classify",
      SAMPLE,
      "--out",
      path.join(dir, "o3.xlsx"),
      "--report",
      SAMPLE
    );
    expect(sameAsInput.code).toBe(1);
    expectOneLine(sameAsInput.stderr);
    const out = path.join(dir, "o4.xlsx");
    const clash = await runCli("classify", SAMPLE, "--out", out, "--report", out);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain("--out and --report name the same file");
  });
});
