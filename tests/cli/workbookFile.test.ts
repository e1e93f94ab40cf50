/**
 * The command line zips the classified workbook with Node's zlib, but every part inside must be
 * exactly what ExcelJS's own writer produces: same part names, same bytes. A valid zip (CRCs
 * checked) that ExcelJS reads back to the same cells.
 */
import ExcelJS from "exceljs";
import fs from "node:fs";
import JSZip from "jszip";
import { classifiedWorkbookBytes } from "../../src/cli/workbookFile";
import { crc32, tableCrc32, ZipWriter } from "../../src/cli/zipWriter";
import { classifyWorkbook, loadWorkbook } from "../../src/xlsx/workbookActions";
import { describeWorkbook } from "../xlsx/workbookFiles";

const SAMPLE = "samples/performance-q2-2018-19.xlsx";

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files))
    if (!entry.dir) out.set(entry.name, await entry.async("uint8array"));
  return out;
}

/** The classified sample, with a few things ExcelJS writes as parts of their own. */
async function classifiedSample(): Promise<ExcelJS.Workbook> {
  const wb = await loadWorkbook(fs.readFileSync(SAMPLE));
  const outcome = classifyWorkbook(wb, { compactLog: true });
  expect(outcome.ok).toBe(true);
  const extra = wb.addWorksheet("Notes – ünïcode");
  extra.getCell("A1").value = 'Café & <tags> "quoted"';
  extra.getCell("B2").value = { formula: "1+1", result: 2 };
  extra.mergeCells("C3:D4");
  extra.getCell("A5").note = "A reviewer's note";
  const image = wb.addImage({
    // A 1 × 1 transparent PNG, as a data URL (ExcelJS's base64 media path).
    base64:
      "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
    extension: "png",
  });
  extra.addImage(image, "E6:F8");
  // Fixed dates: docProps/core.xml would otherwise differ by the clock between two writes.
  wb.created = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
  wb.modified = new Date(Date.UTC(2024, 5, 6, 7, 8, 9));
  return wb;
}

describe("classifiedWorkbookBytes", () => {
  it("holds exactly the parts ExcelJS's own writer makes, byte for byte", async () => {
    const wb = await classifiedSample();
    const ours = await parts(await classifiedWorkbookBytes(wb));
    const theirs = await parts(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    expect(ours.has("xl/media/image0.png") || ours.has("xl/media/image1.png")).toBe(true);
    expect(ours.has("xl/comments5.xml")).toBe(true);
    for (const [name, bytes] of theirs)
      expect([name, Buffer.from(ours.get(name)!)]).toEqual([name, Buffer.from(bytes)]);
  });

  it("reads back in ExcelJS to the same cells and formats", async () => {
    const wb = await classifiedSample();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await classifiedWorkbookBytes(wb)) as unknown as ArrayBuffer);
    const reference = new ExcelJS.Workbook();
    await reference.xlsx.load(await wb.xlsx.writeBuffer());
    expect(describeWorkbook(back)).toEqual(describeWorkbook(reference));
    expect(back.definedNames.getRanges("_PerfChallenge_Status").ranges).toHaveLength(1);
  });
});

describe("crc32", () => {
  it("gives the published CRC-32 of a known text, natively and in JavaScript", () => {
    // The standard check values of CRC-32 (IEEE 802.3).
    const fox = Buffer.from("The quick brown fox jumps over the lazy dog");
    expect(tableCrc32(fox)).toBe(0x414fa339);
    expect(crc32(fox)).toBe(0x414fa339);
    expect(tableCrc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(tableCrc32(new Uint8Array(0))).toBe(0);
  });
});

describe("ZipWriter", () => {
  it("writes parts any zip reader reads back, with their dates, even from a clock before 1980", async () => {
    const made = new Date(2025, 2, 4, 10, 20, 30);
    const zip = new ZipWriter(1, made);
    zip.add("a/text.xml", "<a>é – ✓</a>");
    zip.add("empty.txt", "");
    zip.add("bin/data", new Uint8Array([0, 1, 2, 255]));
    const read = await JSZip.loadAsync(await zip.finish(), { checkCRC32: true });
    expect(await read.file("a/text.xml")!.async("string")).toBe("<a>é – ✓</a>");
    expect(await read.file("empty.txt")!.async("string")).toBe("");
    expect([...(await read.file("bin/data")!.async("uint8array"))]).toEqual([0, 1, 2, 255]);
    expect(read.file("a/text.xml")!.date.getTime()).toBe(made.getTime());
    const early = new ZipWriter(1, new Date(1975, 5, 1));
    early.add("x", "x");
    const back = await JSZip.loadAsync(await early.finish());
    expect(back.file("x")!.date.getUTCFullYear()).toBe(1980);
  });
});
