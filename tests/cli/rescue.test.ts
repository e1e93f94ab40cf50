/**
 * No table refused without help, on the command line (docs/cli.md, Naming columns by hand): a
 * sheet with indicator rows but no period heading the product reads exits 2 with the header row,
 * the near misses by cell, the forms read and the fix; `--columns` and `--columns-file` name each
 * column's period and kind, and the same sheet is then classified (statuses worked out by hand).
 */
import ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import { saveTo, tempDir } from "../xlsx/fixtures";
import { parseColumnsArg } from "../../src/cli/columnsArg";
import { expectOneLine, readJson, runCli, sha256 } from "./cliSupport";

/** A 2006/07-style scorecard: its period headings are words, not periods. */
function scorecard(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Scorecard");
  sheet.addRow(["Children's services scorecard"]);
  sheet.addRow([]);
  sheet.addRow([
    "PI",
    "Indicator",
    "Good is",
    "Last year",
    "Outturn twenty-twenty",
    "Aim",
    "Notes",
  ]);
  // Higher is better: 82 against the aim 80 → on target.
  sheet.addRow(["NI 60", "Core assessments in time", "High", 74, 82, 80, "Improving"]);
  // Lower is better: 13.1 against 12, no tolerance → outside tolerance.
  sheet.addRow(["NI 65", "Second child protection plans", "Low", 15.2, 13.1, 12, ""]);
  // Higher is better: 55 against 55 → on target.
  sheet.addRow(["NI 62", "Stability of placements", "High", 50, 55, 55, ""]);
  return wb;
}

interface SummaryJson {
  period: string;
  indicators: { ref: string; status: string }[];
}

const statuses = (json: SummaryJson): string[] =>
  json.indicators.map((i) => `${i.ref}:${i.status}`);
const HAND_WORKED = ["NI 60:onTarget", "NI 65:outsideTolerance", "NI 62:onTarget"];

describe("a sheet with no readable period", () => {
  let dir: string;
  let input: string;

  beforeAll(async () => {
    dir = tempDir();
    input = await saveTo(scorecard(), dir, "scorecard.xlsx");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("exits 2 with the header row, the near misses by cell, the forms read and the fix", async () => {
    const hash = sha256(input);
    const out = path.join(dir, "never.xlsx");
    const run = await runCli("classify", input, "--out", out);
    expect(run.code).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/No period column could be read on sheet "Scorecard"/);
    expect(run.stderr).toMatch(/the header row is row 3 \(PI, Indicator, Good is, Last year/);
    expect(run.stderr).toMatch(/with 3 indicator rows under it/);
    expect(run.stderr).toMatch(
      /Near misses: D3 "Last year": no period found; E3 "Outturn twenty-twenty": no period found\./
    );
    expect(run.stderr).toMatch(
      /Periods are read from headings such as Q2 2018\/19, .* FY 2018\/19/
    );
    expect(run.stderr).toMatch(/--columns D=2019\/20 if column D holds the figures for 2019\/20/);
    expect(fs.existsSync(out)).toBe(false);
    expect(sha256(input)).toBe(hash);
  });

  it("classifies it once --columns names the periods and the target's kind", async () => {
    const out = path.join(dir, "named.xlsx");
    const json = path.join(dir, "named.json");
    const run = await runCli(
      "classify",
      input,
      "--out",
      out,
      "--json",
      json,
      "--columns",
      'D=2005/06,E=2006/07,F="target 2006/07"'
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const summary = readJson<SummaryJson>(json);
    expect(summary.period).toBe("2006/07");
    expect(statuses(summary)).toEqual(HAND_WORKED);
  });

  it("takes the same choices from --columns-file, and heading text for a column", async () => {
    const file = path.join(dir, "columns.json");
    fs.writeFileSync(
      file,
      JSON.stringify({ D: "2005/06", E: "outturn 2006/07", F: "2006/07 target" })
    );
    const json = path.join(dir, "file.json");
    const run = await runCli(
      "classify",
      input,
      "--out",
      path.join(dir, "file.xlsx"),
      "--json",
      json,
      "--columns-file",
      file
    );
    expect(run.stderr).toBe("");
    expect(statuses(readJson<SummaryJson>(json))).toEqual(HAND_WORKED);
    // A role by heading text is found on the refused sheet's header row.
    const byHeading = await runCli(
      "classify",
      input,
      "--out",
      path.join(dir, "heading.xlsx"),
      "--json",
      path.join(dir, "heading.json"),
      "--columns",
      'E=2006/07,target="Aim"'
    );
    expect(byHeading.stderr).toBe("");
    expect(byHeading.code).toBe(0);
    expect(statuses(readJson<SummaryJson>(path.join(dir, "heading.json")))).toEqual(HAND_WORKED);
  });

  it("refuses a choice it cannot read, naming the forms (exit 1)", async () => {
    const run = await runCli(
      "classify",
      input,
      "--out",
      path.join(dir, "bad.xlsx"),
      "--columns",
      "E=twenty-twenty"
    );
    expect(run.code).toBe(1);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(/for column E, "twenty-twenty" is neither a role .* nor a period/);
  });

  it("refuses periods of two kinds (exit 1)", async () => {
    const run = await runCli(
      "classify",
      input,
      "--out",
      path.join(dir, "mixed.xlsx"),
      "--columns",
      "D=2005/06,E=Q4 2006/07"
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/one kind of period/);
  });
});

describe("--columns COLUMN=choice", () => {
  it("reads periods, targets by period, roles and not used beside role=COLUMN pairs", () => {
    const parsed = parseColumnsArg(
      'E=2006/07,F="target 2007/08",G=indicator,H=not used,tolerance=J'
    );
    expect(parsed).toMatchObject({
      ok: true,
      overrides: { tolerance: 9 },
      choices: [
        { column: 4, choice: { role: "period", kind: "result", period: { label: "2006/07" } } },
        { column: 5, choice: { role: "period", kind: "target", period: { label: "2007/08" } } },
        { column: 6, choice: { role: "indicator" } },
        { column: 7, choice: { role: "notUsed" } },
      ],
    });
  });
});
