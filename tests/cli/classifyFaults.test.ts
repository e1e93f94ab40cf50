/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS objects, not Office.js proxies */
/** A workbook full of docs/findings.md faults: findings with their cells, the rest still classified. */
import ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import { localAddress } from "../../src/engine/address";
import type { SummaryJson } from "../../src/engine/outputs";
import {
  describeWorkbook,
  FAULTS,
  faultyWorkbook,
  FORMULA_LIKE_NAME,
  HEADERS,
  INDICATORS,
  readBack,
  saveTo,
  sheetValues,
  tempDir,
} from "../xlsx/fixtures";
import { readJson, runCli, sha256 } from "./cliSupport";

describe("perf-challenge classify: a workbook full of faults", () => {
  let dir: string;
  let input: string;
  let out: string;
  let run: Awaited<ReturnType<typeof runCli>>;
  let summary: SummaryJson;
  let inputHash: string;

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    dir = tempDir();
    input = await saveTo(faultyWorkbook(), dir, "faults.xlsx");
    inputHash = sha256(input);
    out = path.join(dir, "classified.xlsx");
    run = await runCli("classify", input, "--out", out, "--json", path.join(dir, "summary.json"));
    summary = readJson<SummaryJson>(path.join(dir, "summary.json"));
  });

  it("still completes: findings are not failures", () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });

  it("reports each fault with its code, its row's cell and its ref", () => {
    FAULTS.forEach((fault, i) => {
      const sheetRow = INDICATORS.length + 2 + i; // 1-based row of the fault
      const finding = summary.findings.find(
        (f) => f.code === fault.problem && f.cell.endsWith(String(sheetRow))
      );
      expect(finding).toBeDefined();
      expect(finding?.cell).toMatch(/^Indicators![A-Z]+\d+$/);
      expect(finding?.ref).toBe(fault.ref);
      expect(finding?.message).toMatch(/^[A-Z]+\d+: /);
    });
  });

  it("classifies the healthy rows and leaves faulty rows not classified", () => {
    FAULTS.forEach((fault, i) => {
      const row = summary.indicators[INDICATORS.length + i];
      expect(row.ref).toBe(fault.ref);
      if (fault.classified) expect(row.status).not.toBe("notClassified");
      else expect(row.status).toBe("notClassified");
    });
    for (const spec of INDICATORS)
      expect(summary.indicators.find((i) => i.ref === spec.ref)?.status).toBe(spec.expected);
  });

  it("prints the count of findings by severity and the first few", () => {
    const errors = summary.findings.filter((f) => f.severity === "error").length;
    expect(run.stdout).toMatch(new RegExp(`Findings: ${errors} errors?`));
    expect(run.stdout).toContain(
      summary.findings.find((f) => f.severity === "error")?.message ?? "missing"
    );
  });

  it("changes no value and no byte of the input", async () => {
    expect(sha256(input)).toBe(inputHash);
    const before = await readBack(input);
    const after = await readBack(out);
    const original = sheetValues(before.getWorksheet("Indicators") as ExcelJS.Worksheet);
    const written = sheetValues(after.getWorksheet("Indicators") as ExcelJS.Worksheet);
    for (const [address, value] of Object.entries(original))
      expect(written[address]).toEqual(value);
  });

  it("gives the same workbook when the output is classified again", async () => {
    const again = path.join(dir, "again.xlsx");
    expect((await runCli("classify", out, "--out", again)).code).toBe(0);
    expect(describeWorkbook(await readBack(again))).toEqual(describeWorkbook(await readBack(out)));
  });

  it("keeps text that begins with = as text in the output", async () => {
    const wb = await readBack(out);
    const source = (wb.getWorksheet("Indicators") as ExcelJS.Worksheet).getCell("B2");
    expect(source.type).toBe(ExcelJS.ValueType.String);
    expect(source.value).toBe(FORMULA_LIKE_NAME);
    const log = wb.getWorksheet("Challenge log") as ExcelJS.Worksheet;
    const logged = log.getCell(2, 2);
    expect(logged.type).toBe(ExcelJS.ValueType.String);
    expect(logged.value).toBe(FORMULA_LIKE_NAME);
  });

  it("writes a status on every indicator row, not classified rows unfilled", async () => {
    const ws = (await readBack(out)).getWorksheet("Indicators") as ExcelJS.Worksheet;
    FAULTS.forEach((fault, i) => {
      const cell = ws.getCell(localAddress(INDICATORS.length + 1 + i, HEADERS.length));
      if (!fault.classified) {
        expect(cell.value).toBe("Not classified");
        expect((cell.fill as ExcelJS.FillPattern | undefined)?.pattern ?? "none").toBe("none");
      }
    });
  });
});
