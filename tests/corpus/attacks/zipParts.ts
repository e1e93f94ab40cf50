/**
 * Issue 21: every part of the zip is budgeted from its directory before anything is inflated
 * (ExcelJS inflates every part, used or not), names are normalised before any check, and a zip
 * holding two parts of one name is refused. Each runs as a child under the 512 MB heap (kit.ts).
 */
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { HEALTHY_ROWS, newWorkbook, writeTable } from "../builders/table";
import { type Attack, cliChild, save } from "./kit";

const PEAK_LIMIT_MB = 300;

async function baseFile(dir: string): Promise<string> {
  const wb = newWorkbook();
  writeTable(wb.addWorksheet("Indicators"), HEALTHY_ROWS);
  return save(wb, path.join(dir, "in.xlsx"));
}

async function rezip(file: string, edit: (zip: JSZip) => Promise<void> | void): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  await edit(zip);
  const bytes = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 1 },
  });
  fs.writeFileSync(file, bytes);
}

/** A one-line refusal (exit 1) naming `about`, in bounded memory. */
function refusedInBounds(run: ReturnType<typeof cliChild>, about: RegExp): string[] {
  const problems = run.code === 1 ? [] : [`expected a refusal (exit 1), got ${run.code}`];
  const lines = run.stderr.trim().split("\n");
  if (lines.length !== 1 || !about.test(run.stderr))
    problems.push(`stderr: ${run.stderr.slice(0, 300)}`);
  if (/unexpected problem/i.test(run.stderr)) problems.push("the CLI's catch-all answered");
  if (run.peakMb > PEAK_LIMIT_MB) problems.push(`peak memory ${run.peakMb} MB`);
  return problems;
}

const unusedPart: Attack = {
  id: "zip/unused-40MB-part",
  title: "An unused 40 MB part (customXml/item9.xml) that nothing refers to",
  async run(dir) {
    const input = await baseFile(dir);
    await rezip(input, (zip) => {
      zip.file("customXml/item9.xml", Buffer.alloc(40 * 1024 * 1024, 0x20));
    });
    return refusedInBounds(
      cliChild(["classify", input, "--out", path.join(dir, "o.xlsx")]),
      /customxml\/item9\.xml.*32 MB/
    );
  },
};

const bigStrings: Attack = {
  id: "zip/shared-strings-70MB",
  title: "A 70 MB sharedStrings.xml",
  async run(dir) {
    const input = await baseFile(dir);
    await rezip(input, async (zip) => {
      const xml = await zip.file("xl/sharedStrings.xml")!.async("string");
      const pad = `<si><t>${"x".repeat(1000)}</t></si>`.repeat(70 * 1024);
      zip.file("xl/sharedStrings.xml", xml.replace("</sst>", `${pad}</sst>`));
    });
    return refusedInBounds(
      cliChild(["classify", input, "--out", path.join(dir, "o.xlsx")]),
      /sharedstrings\.xml.*64 MB/
    );
  },
};

const slashedSheet: Attack = {
  id: "zip/leading-slash-1.2M-rows",
  title: "A 1.2M-row sheet stored as /xl/worksheets/sheet1.xml (a leading slash)",
  async run(dir) {
    const input = await baseFile(dir);
    await rezip(input, (zip) => {
      zip.remove("xl/worksheets/sheet1.xml");
      const rows: string[] = [];
      for (let r = 1; r <= 1_200_000; r++)
        rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
      zip.file(
        "/xl/worksheets/sheet1.xml",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`
      );
    });
    const names = Object.keys((await JSZip.loadAsync(fs.readFileSync(input))).files);
    if (!names.includes("/xl/worksheets/sheet1.xml")) return [`the zip holds ${names.join(", ")}`];
    return refusedInBounds(
      cliChild(["classify", input, "--out", path.join(dir, "o.xlsx")]),
      /more than 100,000 rows|more than 96 MB/
    );
  },
};

const duplicateParts: Attack = {
  id: "zip/duplicate-sheet-part",
  title: "Two zip entries called xl/worksheets/sheet1.xml (one with other figures)",
  async run(dir) {
    const input = await baseFile(dir);
    await rezip(input, async (zip) => {
      const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      zip.file("xl/worksheets/sheet1.xmL", xml.replace(/<v>92<\/v>/, "<v>12</v>"));
    });
    // Same length, so renaming the bytes in both headers keeps the zip's offsets right.
    const bytes = fs.readFileSync(input);
    fs.writeFileSync(
      input,
      Buffer.from(bytes.toString("latin1").replaceAll("sheet1.xmL", "sheet1.xml"), "latin1")
    );
    return refusedInBounds(
      cliChild(["classify", input, "--out", path.join(dir, "o.xlsx")]),
      /two parts with the same name/
    );
  },
};

export const ZIP_PART_ATTACKS: Attack[] = [unusedPart, bigStrings, slashedSheet, duplicateParts];
