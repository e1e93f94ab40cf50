/* eslint-disable office-addins/load-object-before-read -- ExcelJS objects, not Office.js proxies */
/** Reruns, clearing and options, through the command line on real files. */
import ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import { draftFingerprint, LOG_COL } from "../../src/engine/challengeLog";
import type { SummaryJson } from "../../src/engine/outputs";
import { PALETTES } from "../../src/engine/palette";
import { clearClassification } from "../../src/xlsx";
import {
  canonicalWorkbook,
  describeWorkbook,
  HEADERS,
  INDICATORS,
  readBack,
  saveTo,
  tempDir,
} from "../xlsx/fixtures";
import { readJson, runCli } from "./cliSupport";

let dir: string;
let input: string;

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  dir = tempDir();
  input = await saveTo(canonicalWorkbook(), dir, "input.xlsx");
});

async function classifyTo(from: string, name: string, ...extra: string[]): Promise<string> {
  const out = path.join(dir, name);
  const run = await runCli("classify", from, "--out", out, ...extra);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return out;
}

describe("the Challenge log the command line writes", () => {
  it("keeps one copy of each unedited draft: the hidden column holds its fingerprint", async () => {
    const out = await classifyTo(input, "compact.xlsx");
    const log = (await readBack(out)).getWorksheet("Challenge log") as ExcelJS.Worksheet;
    const refs: unknown[] = [];
    log.eachRow((row, number) => {
      if (number === 1) return;
      const council = String(row.getCell(LOG_COL.council + 1).value ?? "");
      const draft = String(row.getCell(LOG_COL.draft + 1).value ?? "");
      expect(council.length).toBeGreaterThan(0);
      expect(draft).toBe(draftFingerprint(council));
      refs.push(row.getCell(LOG_COL.ref + 1).value);
    });
    // docs/workbook-output.md: the concern group only — A1 (inside tolerance, 26% → 27% with lower better) and A4
    // (outside tolerance); A2 and B9 are on target, W1 has no target, E1 is volumetric with no polarity.
    expect(refs).toEqual(["A1", "A4"]);
  });
});

describe("rerunning on a classified workbook", () => {
  it("leaves the same workbook as classifying once", async () => {
    const once = await classifyTo(input, "once.xlsx");
    const twice = await classifyTo(once, "twice.xlsx");
    expect(describeWorkbook(await readBack(twice))).toEqual(describeWorkbook(await readBack(once)));
  });

  it("keeps Trust response, Agreed action and an edited Council challenge", async () => {
    const first = await classifyTo(input, "first.xlsx");
    const wb = await readBack(first);
    const log = wb.getWorksheet("Challenge log") as ExcelJS.Worksheet;
    const a4Row = 3; // header, A1, A4: the log lists the indicators of concern in table order
    log.getCell(a4Row, LOG_COL.council + 1).value = "The council asks why visits are late.";
    log.getCell(a4Row, LOG_COL.trust + 1).value = "Visits happen; recording lags.";
    log.getCell(a4Row, LOG_COL.action + 1).value = "Audit recording by December.";
    const edited = path.join(dir, "edited.xlsx");
    await wb.xlsx.writeFile(edited);

    const md = path.join(dir, "commentary.md");
    const second = await classifyTo(edited, "second.xlsx", "--commentary", md);
    const rows = (await readBack(second)).getWorksheet("Challenge log") as ExcelJS.Worksheet;
    const a4 = rows.getRow(a4Row);
    expect(a4.getCell(LOG_COL.ref + 1).value).toBe("A4");
    expect(a4.getCell(LOG_COL.council + 1).value).toBe("The council asks why visits are late.");
    expect(a4.getCell(LOG_COL.trust + 1).value).toBe("Visits happen; recording lags.");
    expect(a4.getCell(LOG_COL.action + 1).value).toBe("Audit recording by December.");
    const text = fs.readFileSync(md, "utf8");
    expect(text).toContain("The council asks why visits are late.");
    expect(text).toContain("Edited by a reviewer");
  });
});

describe("clearing a classified file", () => {
  it("restores the fills and formats of the analyst's sheet exactly", async () => {
    const out = await classifyTo(input, "to-clear.xlsx");
    const wb = await readBack(out);
    expect(clearClassification(wb)).toBe(true);
    const cleared = path.join(dir, "cleared.xlsx");
    await wb.xlsx.writeFile(cleared);
    const before = describeWorkbook(await readBack(input))["Indicators"];
    expect(describeWorkbook(await readBack(cleared))["Indicators"]).toEqual(before);
  });
});

describe("options", () => {
  it("classifies the quarter asked for, in any accepted form", async () => {
    const json = path.join(dir, "q1.json");
    await classifyTo(input, "q1.xlsx", "--quarter", "2018/19 Q1", "--json", json);
    const summary = readJson<SummaryJson>(json);
    expect(summary.quarter).toBe("Q1 2018/19");
    const a2 = summary.indicators.find((i) => i.ref === "A2");
    expect(a2?.value).toBe(INDICATORS.find((i) => i.ref === "A2")?.values[1]);
    const ws = (await readBack(path.join(dir, "q1.xlsx"))).getWorksheet(
      "Indicators"
    ) as ExcelJS.Worksheet;
    expect(ws.getCell(1, HEADERS.length + 1).value).toBe("Status Q1 2018/19");
  });

  it("reads the tolerance as a band with --tolerance-mode points", async () => {
    const json = path.join(dir, "points.json");
    await classifyTo(input, "points.xlsx", "--tolerance-mode", "points", "--json", json);
    // A4: target 90, band 85 → threshold 5, so 74 is inside tolerance rather than outside.
    expect(readJson<SummaryJson>(json).indicators.find((i) => i.ref === "A4")?.status).toBe(
      "insideTolerance"
    );
  });

  it("uses the high-contrast palette when asked", async () => {
    const out = await classifyTo(input, "contrast.xlsx", "--palette", "highContrast");
    const ws = (await readBack(out)).getWorksheet("Indicators") as ExcelJS.Worksheet;
    const a2Row = INDICATORS.findIndex((i) => i.ref === "A2") + 2;
    const fill = ws.getCell(a2Row, HEADERS.length + 1).fill as ExcelJS.FillPattern;
    expect(`#${fill.fgColor?.argb?.slice(2)}`).toBe(PALETTES.highContrast.onTarget);
  });

  it("writes only the sheet asked for with --sheet", async () => {
    const wb = canonicalWorkbook();
    wb.addWorksheet("Notes").addRow(["Nothing"]);
    const twoSheets = await saveTo(wb, dir, "two-sheets.xlsx");
    const json = path.join(dir, "sheet.json");
    await classifyTo(twoSheets, "sheet.xlsx", "--sheet", "Indicators", "--json", json);
    expect(readJson<SummaryJson>(json).sheet).toBe("Indicators");
  });
});
