/**
 * Issue 21, class "every input path": `--columns-file` and the workbook itself are read only from
 * regular files, within a size cap; a role file saved with a byte-order mark (Notepad) or as
 * UTF-16 (PowerShell) is read; a refusal is one line that echoes no more than an excerpt.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { HEALTHY_ROWS, newWorkbook, writeTable } from "../builders/table";
import { type Attack, cliChild, save } from "./kit";

const MAPPING = '{"target": "G", "tolerance": "H"}';

async function workbook(dir: string): Promise<string> {
  const wb = newWorkbook();
  writeTable(wb.addWorksheet("Indicators"), HEALTHY_ROWS);
  return save(wb, path.join(dir, "in.xlsx"));
}

/** One line, exit 1, within a short length, in bounded memory and time. */
function shortRefusal(run: ReturnType<typeof cliChild>, about: RegExp): string[] {
  const problems = run.code === 1 ? [] : [`expected exit 1, got ${run.code}`];
  const lines = run.stderr.trim().split("\n");
  if (lines.length !== 1 || !about.test(run.stderr))
    problems.push(`stderr: ${run.stderr.slice(0, 300)}`);
  if (run.stderr.length > 400) problems.push(`the message is ${run.stderr.length} characters`);
  if (run.peakMb > 300) problems.push(`peak memory ${run.peakMb} MB`);
  return problems;
}

function columnsFile(
  id: string,
  title: string,
  make: (dir: string) => string,
  about: RegExp
): Attack {
  return {
    id: `inputs/${id}`,
    title,
    async run(dir) {
      const input = await workbook(dir);
      const file = make(dir);
      const run = cliChild([
        "classify",
        input,
        "--out",
        path.join(dir, "o.xlsx"),
        "--columns-file",
        file,
      ]);
      return shortRefusal(run, about);
    },
  };
}

function readable(id: string, title: string, bytes: Buffer): Attack {
  return {
    id: `inputs/${id}`,
    title,
    async run(dir) {
      const input = await workbook(dir);
      const file = path.join(dir, "roles.json");
      fs.writeFileSync(file, bytes);
      const run = cliChild([
        "classify",
        input,
        "--out",
        path.join(dir, "o.xlsx"),
        "--columns-file",
        file,
      ]);
      return run.code === 0 ? [] : [`exit ${run.code}: ${run.stderr.slice(0, 200)}`];
    },
  };
}

function fifo(dir: string): string {
  const file = path.join(dir, "roles.fifo");
  execFileSync("mkfifo", [file]);
  return file;
}

export const INPUT_PATH_ATTACKS: Attack[] = [
  columnsFile(
    "columns-file-dev-zero",
    "--columns-file /dev/zero",
    () => "/dev/zero",
    /not a regular file/
  ),
  columnsFile(
    "columns-file-fifo",
    "--columns-file naming a FIFO nobody writes to",
    fifo,
    /not a regular file/
  ),
  columnsFile(
    "columns-file-3MB",
    "A 3 MB --columns-file (one heading of 3 million characters)",
    (dir) => {
      const file = path.join(dir, "big.json");
      fs.writeFileSync(file, `{"target": "${"G".repeat(3 * 1024 * 1024)}"}`);
      return file;
    },
    /larger than 1 MB/
  ),
  columnsFile(
    "columns-file-long-heading",
    "A --columns-file naming an unknown role with a 500,000-character heading",
    (dir) => {
      const file = path.join(dir, "long.json");
      fs.writeFileSync(file, `{"${"x".repeat(500_000)}": "${"y".repeat(500_000)}"}`);
      return file;
    },
    /is not a role and a column/
  ),
  readable(
    "columns-file-utf8-bom",
    "A --columns-file saved by Notepad (UTF-8 with a byte-order mark)",
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MAPPING)])
  ),
  readable(
    "columns-file-utf16",
    "A --columns-file saved by PowerShell (UTF-16 with a byte-order mark)",
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MAPPING, "utf16le")])
  ),
  {
    id: "inputs/workbook-fifo",
    title: "The workbook path names a FIFO",
    async run(dir) {
      const file = fifo(dir);
      return shortRefusal(
        cliChild(["classify", file, "--out", path.join(dir, "o.xlsx")]),
        /not a regular file/
      );
    },
  },
];
