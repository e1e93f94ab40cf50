/** The command line end to end on the layouts councils really keep. */
import type ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import type { SummaryJson } from "../../src/engine/outputs";
import { STATUS_ORDER } from "../../src/engine/types";
import {
  canonicalWorkbook,
  describeWorkbook,
  INDICATORS,
  percentFormattedWorkbook,
  readBack,
  saveTo,
  sectionRowsWorkbook,
  sheetValues,
  tempDir,
  titledWorkbook,
  yearFirstWorkbook,
} from "../xlsx/fixtures";
import { readJson, runCli, sha256 } from "./cliSupport";

const LAYOUTS: [string, () => ExcelJS.Workbook][] = [
  ["canonical layout", canonicalWorkbook],
  ["a title block above the header", titledWorkbook],
  ["year-first quarter labels", yearFirstWorkbook],
  ["section rows instead of an area column", sectionRowsWorkbook],
  ["%-formatted fractions", percentFormattedWorkbook],
];

const contract = INDICATORS.filter((i) => i.type !== "Volumetric");

describe.each(LAYOUTS)("perf-challenge classify: %s", (_, build) => {
  let dir: string;
  let input: string;
  let out: string;
  let json: string;
  let run: Awaited<ReturnType<typeof runCli>>;
  let summary: SummaryJson;
  let inputHash: string;

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    dir = tempDir();
    input = await saveTo(build(), dir, "input.xlsx");
    out = path.join(dir, "out", "classified.xlsx");
    json = path.join(dir, "out", "summary.json");
    inputHash = sha256(input);
    run = await runCli(
      "classify",
      input,
      "--out",
      out,
      "--json",
      json,
      "--commentary",
      path.join(dir, "out", "commentary.md")
    );
    summary = readJson<SummaryJson>(json);
  });

  it("completes with exit 0 and nothing on stderr", () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });

  it("rates every indicator of the latest quarter as its target and tolerance say", () => {
    expect(summary.quarter).toBe("Q2 2018/19");
    for (const spec of INDICATORS) {
      const item = summary.indicators.find((i) => i.ref === spec.ref);
      expect(item).toMatchObject({
        status: spec.expected,
        area: spec.area,
        type: spec.type === "Volumetric" ? "volumetric" : "contract",
      });
    }
  });

  it("reads a %-formatted fraction as the percentage it shows", () => {
    const a2 = summary.indicators.find((i) => i.ref === "A2");
    expect(a2?.value).toBeCloseTo(91, 9);
  });

  it("counts contract indicators only, by area, with percentages adding up to 100", () => {
    expect(summary.summary.total.count).toBe(contract.length);
    for (const status of STATUS_ORDER) {
      expect(summary.summary.total[status]).toBe(
        contract.filter((c) => c.expected === status).length
      );
    }
    expect(STATUS_ORDER.reduce((n, s) => n + summary.summary.percent[s], 0)).toBe(100);
    expect(summary.summary.areas.map((a) => a.area)).toEqual([
      ...new Set(contract.map((c) => c.area)),
    ]);
  });

  it("prints the summary table, the findings and where each output went", () => {
    expect(run.stdout).toMatch(
      /Service area\s+Outside tolerance\s+Inside tolerance\s+On or better than target\s+No target specified/
    );
    for (const area of new Set(contract.map((c) => c.area))) expect(run.stdout).toContain(area);
    expect(run.stdout).toMatch(/^Total\s+\d+ \(\d+%\)/m);
    expect(run.stdout).toMatch(/Findings: /);
    expect(run.stdout).toContain(out);
    expect(run.stdout).toContain(json);
  });

  it("leaves the input file byte for byte and every input value in the output", async () => {
    expect(sha256(input)).toBe(inputHash);
    const before = await readBack(input);
    const after = await readBack(out);
    for (const ws of before.worksheets) {
      const original = sheetValues(ws);
      const written = sheetValues(after.getWorksheet(ws.name) as ExcelJS.Worksheet);
      for (const [address, value] of Object.entries(original))
        expect(written[address]).toEqual(value);
    }
  });

  it("gives the same workbook when the output is classified again", async () => {
    const again = path.join(dir, "out", "again.xlsx");
    expect((await runCli("classify", out, "--out", again)).code).toBe(0);
    expect(describeWorkbook(await readBack(again))).toEqual(describeWorkbook(await readBack(out)));
  });

  it("points each indicator at its value cell", async () => {
    const wb = await readBack(out);
    for (const item of summary.indicators) {
      const [sheet, address] = item.cell.split("!");
      const ws = wb.getWorksheet(
        sheet.replace(/^'|'$/g, "").replace(/''/g, "'")
      ) as ExcelJS.Worksheet;
      const cell = ws.getCell(address).value;
      const shown = typeof cell === "number" ? cell : null;
      const spec = INDICATORS.find((i) => i.ref === item.ref);
      expect(
        shown === null ? null : Math.round(shown * (shown < 1 && spec?.unit === "%" ? 100 : 1))
      ).toBe(spec?.values[2]);
    }
  });
});
