/**
 * Hostile or unusual files and outputs: huge sparse or real sheets, encrypted and legacy files,
 * macros and links, refs named like object internals, outputs that are not regular files, and
 * text that would act on a terminal or create Markdown structure.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { LOG_COL } from "../../../src/engine/challengeLog";
import { HEALTHY_ROWS, newWorkbook, writeTable, type RowSpec } from "../builders/table";
import {
  type Attack,
  classify,
  cliChild,
  completed,
  open,
  refusal,
  regionalWorkbook,
  save,
} from "./kit";

const PEAK_LIMIT_MB = 300;

function table(rows: RowSpec[] = HEALTHY_ROWS, header?: (ws: import("exceljs").Worksheet) => void) {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Indicators");
  writeTable(ws, rows);
  header?.(ws);
  return wb;
}

async function withPart(file: string, part: string, content: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  zip.file(part, content);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

const sparse: Attack = {
  id: "file/one-value-at-XFD100000",
  title: "A 10 KB file with a single value at XFD100000",
  async run(dir) {
    const wb = table();
    wb.getWorksheet("Indicators")!.getCell("XFD100000").value = 1;
    const input = await save(wb, path.join(dir, "sparse.xlsx"));
    const run = cliChild(["classify", input, "--out", path.join(dir, "out.xlsx")]);
    const problems = run.code === 0 ? [] : [`exit ${run.code}: ${run.stderr.slice(0, 200)}`];
    if (run.peakMb > PEAK_LIMIT_MB) problems.push(`peak memory ${run.peakMb} MB`);
    return problems;
  },
};

const millionRows: Attack = {
  id: "file/1048576-real-rows",
  title: "A sheet with 1,048,576 real rows",
  async run(dir) {
    const base = path.join(dir, "million.xlsx");
    await save(table(), base);
    const rows: string[] = [];
    for (let r = 1; r <= 1_048_576; r++)
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    await withPart(
      base,
      "xl/worksheets/sheet1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`
    );
    const run = cliChild(["classify", base, "--out", path.join(dir, "out.xlsx")]);
    const problems = run.code === 1 ? [] : [`expected a refusal (exit 1), got ${run.code}`];
    if (run.stderr.trim().split("\n").length !== 1)
      problems.push(`stderr: ${run.stderr.slice(0, 200)}`);
    if (run.peakMb > PEAK_LIMIT_MB) problems.push(`peak memory ${run.peakMb} MB`);
    return problems;
  },
};

const wideHeader: Attack = {
  id: "file/header-row-to-XFD",
  title: "A header row filled out to column XFD",
  async run(dir) {
    const wb = table(HEALTHY_ROWS, (ws) => {
      for (let c = 11; c <= 16384; c++) ws.getCell(1, c).value = `Note ${c}`;
    });
    const input = await save(wb, path.join(dir, "wide.xlsx"));
    return refusal(await classify(input, path.join(dir, "out.xlsx")));
  },
};

function oleFile(marker: string): Buffer {
  const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([
    magic,
    Buffer.alloc(504),
    Buffer.from(marker, "utf16le"),
    Buffer.alloc(512),
  ]);
}

function oleAttack(id: string, title: string, marker: string, expected: RegExp): Attack {
  return {
    id,
    title,
    async run(dir) {
      const input = path.join(dir, "file.xlsx");
      fs.writeFileSync(input, oleFile(marker));
      const run = await classify(input, path.join(dir, "out.xlsx"));
      const problems = refusal(run);
      if (!expected.test(run.stderr)) problems.push(`message: ${run.stderr.trim()}`);
      return problems;
    },
  };
}

function partAttack(id: string, title: string, part: string, expected: RegExp): Attack {
  return {
    id,
    title,
    async run(dir) {
      const input = await withPart(await save(table(), path.join(dir, "in.xlsx")), part, "<x/>");
      const run = await classify(input, path.join(dir, "out.xlsx"));
      const problems = completed(run);
      if (!expected.test(run.stdout)) problems.push("no warning that it is not kept");
      return problems;
    },
  };
}

function refAttack(ref: string): Attack {
  return {
    id: `keys/ref-${ref}`,
    title: `A reviewer's edit for the ref "${ref}" survives into the Markdown`,
    async run(dir) {
      // The second healthy row is of concern (inside tolerance, not improving), so the Challenge
      // log lists it (docs/workbook-output.md) and the reviewer can type there.
      const rows = [HEALTHY_ROWS[0], { ...HEALTHY_ROWS[1], ref }, ...HEALTHY_ROWS.slice(2)];
      const first = path.join(dir, "first.xlsx");
      const run1 = await classify(await save(table(rows), path.join(dir, "in.xlsx")), first);
      if (run1.code !== 0) return completed(run1);
      const wb = await open(first);
      const log = wb.getWorksheet("Challenge log")!;
      const edit = `Reviewer's own words for ${ref}.`;
      let typed = 0;
      log.eachRow((row, n) => {
        if (n > 1 && row.getCell(LOG_COL.ref + 1).value === ref) {
          row.getCell(LOG_COL.council + 1).value = edit;
          typed++;
        }
      });
      if (typed === 0) return [`the Challenge log has no row for ${ref}`];
      const edited = await save(wb, path.join(dir, "edited.xlsx"));
      const md = path.join(dir, "c.md");
      const run2 = await classify(edited, path.join(dir, "second.xlsx"), "--commentary", md);
      if (run2.code !== 0) return completed(run2);
      // The Markdown escapes underscores and the like: compare without the escapes.
      const text = fs.readFileSync(md, "utf8").replace(/\\(.)/g, "$1");
      return text.includes(edit) ? [] : ["the reviewer's edit is missing"];
    },
  };
}

function outputAttack(
  id: string,
  title: string,
  make: (dir: string) => string | null,
  still: (p: string) => boolean
): Attack {
  return {
    id,
    title,
    async run(dir) {
      const input = await save(regionalWorkbook(), path.join(dir, "in.xlsx"));
      const target = make(dir);
      if (!target) return ["could not set the target up on this system"];
      const run = await classify(input, target);
      const problems = refusal(run);
      if (/\.tmp\b/.test(run.stderr))
        problems.push(`the message names a temporary file: ${run.stderr.trim()}`);
      if (!run.stderr.includes(target)) problems.push("the message does not name the path given");
      if (!still(target)) problems.push("the target was replaced");
      return problems;
    },
  };
}

const fifo = outputAttack(
  "outputs/fifo",
  "--out onto a FIFO",
  (dir) => {
    const p = path.join(dir, "pipe");
    return spawnSync("mkfifo", [p]).status === 0 ? p : null;
  },
  (p) => fs.lstatSync(p).isFIFO()
);

const device = outputAttack(
  "outputs/device",
  "--out onto a character device",
  (dir) => {
    const p = path.join(dir, "null-device");
    return spawnSync("mknod", [p, "c", "1", "3"]).status === 0 ? p : null;
  },
  (p) => fs.lstatSync(p).isCharacterDevice()
);

const symlink = outputAttack(
  "outputs/symlink",
  "--out onto a symbolic link to another file",
  (dir) => {
    const target = path.join(dir, "elsewhere.txt");
    fs.writeFileSync(target, "someone else's file");
    const p = path.join(dir, "link.xlsx");
    fs.symlinkSync(target, p);
    return p;
  },
  (p) => fs.lstatSync(p).isSymbolicLink() && fs.readFileSync(p, "utf8") === "someone else's file"
);

const folder = outputAttack(
  "outputs/folder",
  "--out naming a folder",
  (dir) => {
    const p = path.join(dir, "a-folder");
    fs.mkdirSync(p);
    return p;
  },
  (p) => fs.lstatSync(p).isDirectory()
);

export const HOSTILE_FILE_ATTACKS: Attack[] = [
  sparse,
  millionRows,
  wideHeader,
  oleAttack("file/encrypted", "A password-protected workbook", "EncryptionInfo", /password/i),
  oleAttack("file/legacy-xls", "An Excel 97-2003 .xls file", "Workbook", /\.xls\b/),
  partAttack(
    "file/macros",
    "A workbook with macros (vbaProject.bin)",
    "xl/vbaProject.bin",
    /warning[^\n]*macro/i
  ),
  partAttack(
    "file/external-links",
    "A workbook with external links",
    "xl/externalLinks/externalLink1.xml",
    /warning[^\n]*link/i
  ),
  refAttack("__proto__"),
  refAttack("constructor"),
  refAttack("toString"),
  fifo,
  device,
  symlink,
  folder,
];
