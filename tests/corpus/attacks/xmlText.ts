/**
 * Issue 21, class "every output part is valid XML 1.0 and round-trips": cells holding Excel's
 * `_xHHHH_` escapes of characters XML cannot hold (U+FFFE, U+FFFF, a lone surrogate, ESC) and a
 * literal `_x0001_` typed in a ref. The classified copy must open (every part well-formed) and
 * give each cell back as the input had it.
 */
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { HEALTHY_ROWS, newWorkbook, writeTable } from "../builders/table";
import { malformedParts } from "../support/xmlParts";
import { type Attack, classify, completed, open, save, sameText } from "./kit";

/** Placeholders become the escapes Excel itself writes (ExcelJS cannot write them). */
const ESCAPES: Record<string, string> = {
  "§FFFE§": "_xFFFE_",
  "§FFFF§": "_xFFFF_",
  "§D800§": "_xD800_",
  "§ESC§": "_x001B_",
  "§LIT§": "_x005F_x0001_",
};

const illegalEscapes: Attack = {
  id: "text/xml-illegal-escapes",
  title: "Cells holding _xFFFE_, _xFFFF_, a lone surrogate, _x001B_, and a ref typed IL_x0001_1",
  async run(dir) {
    const wb = newWorkbook();
    const ws = wb.addWorksheet("Indicators");
    writeTable(ws, [
      { ...HEALTHY_ROWS[0], ref: "IL§LIT§1", indicator: "Care§FFFE§ plans" },
      { ...HEALTHY_ROWS[1], indicator: "Days§FFFF§", area: "Area §D800§ one" },
      { ...HEALTHY_ROWS[2], indicator: "Leavers §ESC§[2J" },
    ]);
    const input = await save(wb, path.join(dir, "in.xlsx"));
    const zip = await JSZip.loadAsync(fs.readFileSync(input));
    const xml = await zip.file("xl/sharedStrings.xml")!.async("string");
    zip.file(
      "xl/sharedStrings.xml",
      xml.replace(/§(FFFE|FFFF|D800|ESC|LIT)§/g, (p) => ESCAPES[p])
    );
    fs.writeFileSync(
      input,
      await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })
    );
    const values = (w: Awaited<ReturnType<typeof open>>) => {
      const sheet = w.getWorksheet("Indicators")!;
      return [2, 3, 4].flatMap((r) => [1, 2, 3].map((c) => sheet.getCell(r, c).value));
    };
    const typed = values(await open(input));
    if (typed[0] !== "IL_x0001_1") return [`the input's ref reads ${JSON.stringify(typed[0])}`];
    const out = path.join(dir, "out.xlsx");
    const run = await classify(input, out, "--quarter", "Q2 2018/19");
    const problems = completed(run);
    if (problems.length) return problems;
    const malformed = await malformedParts(out, dir);
    if (malformed) problems.push(`the classified copy is not well-formed XML: ${malformed}`);
    problems.push(...sameText(typed, values(await open(out)), "the cells' text"));
    return problems;
  },
};

export const XML_TEXT_ATTACKS: Attack[] = [illegalEscapes];
