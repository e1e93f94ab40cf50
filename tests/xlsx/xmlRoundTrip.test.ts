/**
 * Every part of the classified workbook is well-formed XML 1.0 and gives back the text it was
 * given (issue 21). Strings are drawn across Unicode classes, including the characters XML cannot
 * hold and literal `_xHHHH_` escapes; every output part is parsed by libxml2's strict parser
 * (`xmllint`), and the analyst's cells are read back exactly as typed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { HEALTHY_ROWS, newWorkbook, writeTable } from "../corpus/builders/table";
import { runCli } from "../corpus/support/runCli";
import { malformedParts } from "../corpus/support/xmlParts";
import { escapeXmlText, hasXmlIllegal, withXmlSafeText } from "../../src/xlsx/xmlSafeText";

/** Pieces of text by Unicode class; a string is a few of them joined. */
const PIECES = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom("\u0000", "\u0001", "\u0008", "\u000B", "\u001B", "\u007F", "\t", "\n", "\r"),
  fc.constantFrom("\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "\uDBFF\uDFFF", "😀", "\uD83D"),
  fc.constantFrom("_x0001_", "_x001B_", "_xFFFE_", "_xD800_", "_x005F_", "_x001b_", "IL_x0001_1"),
  fc.constantFrom("\u200B", "\u202E", "\u{E0041}", "\u00A0", "é", "ß", "中文", "עברית", "&<>\"'"),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c))
);
const TEXT = fc.array(PIECES, { minLength: 1, maxLength: 5 }).map((p) => p.join(""));

let root: string;
beforeAll(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), "perf-challenge-xml-"))));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("escapeXmlText", () => {
  it("writes what XML cannot hold Excel's way, and a literal escape with _x005F_", () => {
    expect(escapeXmlText("plain")).toBe("plain");
    expect(escapeXmlText("a\u001Bb")).toBe("a_x001B_b");
    expect(escapeXmlText("\uFFFE\uFFFF")).toBe("_xFFFE__xFFFF_");
    expect(escapeXmlText("x\uD800y")).toBe("x_xD800_y");
    expect(escapeXmlText("😀")).toBe("😀");
    expect(escapeXmlText("IL_x0001_1")).toBe("IL_x005F_x0001_1");
    expect(escapeXmlText("\u007F")).toBe("_x007F_");
    expect(hasXmlIllegal(escapeXmlText("\u0000\uFFFF\uDC00"))).toBe(false);
  });
});

describe("the classified workbook: valid XML, text as typed", () => {
  it("property: every output part parses strictly and the analyst's text comes back", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(TEXT, TEXT, TEXT), { minLength: 1, maxLength: 3 }),
        async (texts) => {
          const dir = path.join(root, `run${n++}`);
          fs.mkdirSync(dir);
          const wb = newWorkbook();
          const ws = wb.addWorksheet("Indicators");
          const rows = texts.map(([ref, name, area], i) => ({
            // Outside tolerance, so every row is listed in the Challenge log too.
            ...HEALTHY_ROWS[2],
            ref: `R${i}${ref}`,
            indicator: name,
            area,
          }));
          writeTable(ws, rows);
          ws.getCell(1, 12).value = "Notes";
          ws.getCell(2, 12).value = texts.map((t) => t.join("|")).join("/");
          const input = path.join(dir, "in.xlsx");
          await withXmlSafeText(wb, () => wb.xlsx.writeFile(input));
          expect(await malformedParts(input, dir)).toBe("");
          const out = path.join(dir, "out.xlsx");
          const run = await runCli(["classify", input, "--out", out, "--quarter", "Q2 2018/19"]);
          expect(run.stderr).not.toMatch(/unexpected problem/i);
          expect(run.code).toBe(0);
          expect(await malformedParts(out, dir)).toBe("");
          const back = new ExcelJS.Workbook();
          await back.xlsx.readFile(out);
          const sheet = back.getWorksheet("Indicators")!;
          // An empty string and an empty cell are the same to Excel.
          const orNull = (v: unknown) => (v === "" || v === undefined ? null : v);
          const at = (r: number, c: number) => orNull(sheet.getCell(r, c).value);
          rows.forEach((row, i) => {
            expect(at(i + 2, 1)).toBe(row.ref);
            expect(at(i + 2, 2)).toBe(orNull(row.indicator));
            expect(at(i + 2, 3)).toBe(orNull(row.area));
          });
          expect(sheet.getCell(2, 12).value).toBe(ws.getCell(2, 12).value);
          // Each ref reaches the Challenge log as typed (surrounding spaces trimmed).
          const log = back.getWorksheet("Challenge log")!;
          const logged = new Set<unknown>();
          log.eachRow((row) => logged.add(row.getCell(1).value));
          for (const row of rows) expect(logged).toContain(row.ref.trim());
          fs.rmSync(dir, { recursive: true, force: true });
        }
      ),
      { numRuns: 40 }
    );
  }, 300_000);
});
