/**
 * The sample's report as a committee member receives it: the command line builds it from a
 * workbook where a reviewer typed a date and a response in the Challenge log, LibreOffice
 * (headless) turns it into a PDF, and the PDF's text is read back (pdftotext). scripts/setup.sh
 * installs both, so CI runs this; a machine without them skips it, saying why.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadWorkbook, classifyWorkbook, workbookToBytes } from "../../src/xlsx";
import { runCli } from "../cli/cliSupport";
import { SAMPLE, TYPED_RESPONSE, typeInLog } from "./sampleReport";

function installed(tool: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const tools = ["soffice", "pdftotext"].filter((t) => !installed(t));
const describeIfTools = tools.length === 0 ? describe : describe.skip;
if (tools.length > 0)
  console.warn(
    `Skipping the LibreOffice rendering test: ${tools.join(" and ")} not installed (bash scripts/setup.sh installs them).`
  );

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pc-lo-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The report as LibreOffice lays it out, as text (pdftotext keeps each table row on its lines). */
function renderedText(docx: string, pdfDir: string): string {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(pdfDir, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      pdfDir,
      docx,
    ],
    { stdio: "ignore", timeout: 180_000 }
  );
  const pdf = path.join(pdfDir, `${path.basename(docx, ".docx")}.pdf`);
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
}

describeIfTools("the sample's report, rendered by LibreOffice", () => {
  let text: string;
  let pages: number;

  beforeAll(async () => {
    // The reviewer's turn: the classified copy, a date and a response typed in A1's log row.
    const first = await loadWorkbook(fs.readFileSync(SAMPLE));
    const outcome = classifyWorkbook(first);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    typeInLog(first);
    const reviewed = path.join(dir, "reviewed.xlsx");
    fs.writeFileSync(reviewed, await workbookToBytes(first));
    // The next run, as the analyst makes it: the report of the workbook the reviewer typed in.
    const report = path.join(dir, "report.docx");
    const run = await runCli(
      "classify",
      reviewed,
      "--out",
      path.join(dir, "again.xlsx"),
      "--report",
      report,
      "--provider",
      "Example Children's Services Trust"
    );
    expect(run.code).toBe(0);
    text = renderedText(report, dir);
    pages = text.split("\f").filter((page) => page.trim() !== "").length;
  }, 240_000);

  it("shows the summary totals as the seed's paragraph 18: 2 / 5 / 13 / 0 of 20", () => {
    expect(text).toMatch(/Total \(20\)\s+2 \(10%\)\s+5 \(25%\)\s+13 \(65%\)\s+0 \(0%\)/);
  });

  it("shows the date the reviewer typed as a date, never as its serial number", () => {
    expect(text).toContain("19/11/2019");
    expect(text).not.toMatch(/\b4378[78]\b/);
    // The response the reviewer typed beside it (its words wrap in a narrow column of the layout).
    expect(text).toContain(TYPED_RESPONSE.split(" ").slice(0, 2).join(" "));
  });

  it("leaves no unmarked placeholder: every gap is a bracketed 'To fill in', no default stands in", () => {
    const flat = text.replace(/\s+/g, " ");
    for (const bracket of flat.match(/\[[^\]]*\]?/g) ?? [])
      expect(bracket).toMatch(/^\[To fill in: [^\]]+\]$/);
    expect(flat).toContain("Provider: Example Children's Services Trust");
    expect(flat).toContain("Date: [To fill in: the report's date]");
    expect(flat).toContain("[To fill in: the panel or committee the report goes to]");
    expect(flat).not.toMatch(/\bthe provider\b(?!'s name)|undefined|NaN|Infinity|\[object|TBC|XXX/);
  });

  it("lays out as a finished document: contents, every section, page numbers", () => {
    expect(text).toContain("Contents");
    for (const heading of [
      "Summary",
      "Recommendations",
      "Areas of good and improving performance",
      "Performance of concern or potential concern",
      "Volumetric measures",
      "Appendix: Challenge log",
    ])
      expect(text).toContain(heading);
    // A page number in every footer, and no more pages than the content needs.
    expect(text).toMatch(/Page 1\b/);
    expect(pages).toBeGreaterThan(6);
    expect(pages).toBeLessThan(16);
  });
});
