/** Corpus files that stress the file itself: a 10 MB workbook and files that are not workbooks. */
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import JSZip from "jszip";
import {
  COLUMNS,
  type CorpusCase,
  HEALTHY_ROWS,
  HEALTHY_STATUSES,
  newWorkbook,
  saveWorkbook,
  writeTable,
} from "./table";

export const TEN_MEGABYTES = 10 * 1024 * 1024;
const LARGE_TABLE_ROWS = 8000;

/**
 * Deterministic text that compresses about as badly as real free-text notes (hex of a hash chain),
 * so the file reaches 10 MB without a million cells that would make the test slow.
 */
function noteText(seed: number, length: number): string {
  let out = "";
  let block = createHash("sha256").update(String(seed)).digest();
  while (out.length < length) {
    out += block.toString("base64");
    block = createHash("sha256").update(block).digest();
  }
  return out.slice(0, length);
}

/**
 * 8,000 indicator rows (the healthy three first) and a Notes sheet of long free text, to at least
 * 10 MB on disk. The builder checks the size itself, so the corpus never silently shrinks.
 */
export const largeWorkbook: CorpusCase = {
  id: "ten-megabytes",
  fault: "a 10 MB workbook",
  build: async (dir) => {
    const workbook = newWorkbook();
    const rows = [...HEALTHY_ROWS];
    for (let i = 0; i < LARGE_TABLE_ROWS - HEALTHY_ROWS.length; i++) {
      rows.push({
        ...HEALTHY_ROWS[i % 3],
        ref: `B${i + 1}`,
        indicator: `Bulk indicator ${i + 1}`,
        area: `Area ${i % 9}`,
      });
    }
    writeTable(workbook.addWorksheet("Indicators"), rows);
    const notes = workbook.addWorksheet("Notes");
    notes.columns = [{ width: 12 }, { width: 80 }];
    for (let i = 0; i < 3400; i++) notes.addRow([`Note ${i + 1}`, noteText(i, 4000)]);
    return saveWorkbook(workbook, `${dir}/ten-megabytes.xlsx`);
  },
  expect: {
    exitCode: 0,
    statuses: {
      ...HEALTHY_STATUSES,
      B1: "onTarget",
      B2: "insideTolerance",
      B3: "outsideTolerance",
    },
  },
};

export const plainTextFile: CorpusCase = {
  id: "not-a-workbook-text",
  fault: "a text file named .xlsx",
  build: async (dir) => {
    const path = `${dir}/minutes.xlsx`;
    await writeFile(
      path,
      `${COLUMNS.map(([, h]) => h).join(",")}\nA1,Timeliness,Social care,Contract\n`,
      "utf8"
    );
    return path;
  },
  expect: { exitCode: 1 },
};

export const emptyFile: CorpusCase = {
  id: "not-a-workbook-empty",
  fault: "an empty file",
  build: async (dir) => {
    const path = `${dir}/empty.xlsx`;
    await writeFile(path, new Uint8Array(0));
    return path;
  },
  expect: { exitCode: 1 },
};

/** A valid zip (as a Word document is) that holds no workbook. */
export const zipNotWorkbook: CorpusCase = {
  id: "not-a-workbook-zip",
  fault: "a zip file that is not a workbook",
  build: async (dir) => {
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    );
    zip.file("word/document.xml", "<w:document/>");
    const path = `${dir}/report.xlsx`;
    await writeFile(path, await zip.generateAsync({ type: "uint8array" }));
    return path;
  },
  expect: { exitCode: 1 },
};

export const missingFile: CorpusCase = {
  id: "not-a-workbook-missing",
  fault: "a path where there is no file",
  build: async (dir) => `${dir}/no-such-file.xlsx`,
  expect: { exitCode: 1 },
};
