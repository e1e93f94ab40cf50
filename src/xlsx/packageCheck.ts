/**
 * A look at a workbook's bytes before ExcelJS loads them (which costs memory in proportion to
 * every cell): encrypted or legacy files are named as such, sheets over the documented limits
 * are refused with a clear message, and parts ExcelJS cannot keep (macros, external links) are
 * reported. Reads the zip's central directory (names and sizes, no decompression) and, for large
 * sheets only, streams the sheet's XML to count its rows. Runs in Node and in the browser.
 */
import { WorkbookRefusal } from "./refusal";

/** Documented in docs/reliability.md. The 50,000-row benchmark sheet is 37 MB of XML. */
export const MAX_SHEET_XML_BYTES = 96 * 1024 * 1024;
/**
 * ExcelJS inflates every part of the zip into memory while loading, used or not (issue 21), so
 * every part is budgeted from the zip's directory before anything is inflated.
 */
export const MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024;
export const MAX_OTHER_PART_BYTES = 32 * 1024 * 1024;
export const MAX_PACKAGE_BYTES = 192 * 1024 * 1024;
export const MAX_SHEET_ROWS = 100_000;
/** Below this size a sheet cannot hold more rows than the limit worth counting. */
const COUNT_ROWS_ABOVE_BYTES = 4 * 1024 * 1024;

export interface PackageNotes {
  /** Warnings for the user: what the output cannot keep. */
  warnings: string[];
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * A part's name as readers resolve it, before any check: backslashes as slashes, no leading
 * slash (ExcelJS drops one), lower case (part names are case-insensitive in Office files).
 */
export function normalisedName(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

const MB = 1024 * 1024;
const tooBig = (size: number, limit: number) => size === 0xffffffff || size > limit;

/** Duplicate parts, and parts or a whole package over budget, refuse the file before inflating. */
function refuseOverBudget(entries: ZipEntry[]): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    // A folder entry holds nothing; zips made by some tools list one twice.
    if (entry.name.endsWith("/")) continue;
    if (seen.has(entry.name))
      throw new WorkbookRefusal(
        `holds two parts with the same name (${entry.name.slice(0, 80)}), so which one Excel reads is not certain: the file may have been tampered with. Open it in Excel, save it as a new workbook, and classify that.`
      );
    seen.add(entry.name);
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue; // checked below, with rows
    const limit = /^xl\/sharedstrings\.xml$/.test(entry.name)
      ? MAX_SHARED_STRINGS_BYTES
      : MAX_OTHER_PART_BYTES;
    if (tooBig(entry.uncompressedSize, limit))
      throw new WorkbookRefusal(
        `has a part (${entry.name.slice(0, 80)}) holding more than ${limit / MB} MB, over the documented limit. Copy the indicator table to a new workbook and classify that.`
      );
  }
  if (total > MAX_PACKAGE_BYTES)
    throw new WorkbookRefusal(
      `holds more than ${MAX_PACKAGE_BYTES / MB} MB once unzipped, over the documented limit. Copy the indicator table to a new workbook and classify that.`
    );
}

function centralDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    entries.push({
      name: normalisedName(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

const LT = 0x3c;
const COLON = 0x3a;
/** A tag cut at a chunk's end is carried into the next chunk when this short (the name is). */
const CARRY_LIMIT = 64;

function isWordByte(b: number): boolean {
  return (
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f
  );
}

function isSpaceOrClose(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x3e;
}

/**
 * Whether the tag opening at `at` (a '<') is a row: `<row` or `<prefix:row`, then a space or '>'.
 * Null when the bytes end before that is known. Bytes, not text: no decoding of the sheet.
 */
function isRowTag(bytes: Uint8Array, at: number): boolean | null {
  let name = at + 1;
  let end = name;
  while (end < bytes.length && isWordByte(bytes[end])) end++;
  if (end >= bytes.length) return null;
  if (bytes[end] === COLON && end > name) name = end + 1;
  if (name + 3 >= bytes.length) return null;
  return (
    bytes[name] === 0x72 &&
    bytes[name + 1] === 0x6f &&
    bytes[name + 2] === 0x77 &&
    isSpaceOrClose(bytes[name + 3])
  );
}

/** Rows in a sheet's XML, counted while inflating it in chunks (never held whole). */
async function countRows(bytes: Uint8Array, entry: ZipEntry, stopAt: number): Promise<number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (view.getUint32(local, true) !== 0x04034b50) return 0;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = new Uint8Array(bytes.subarray(start, start + entry.compressedSize));
  const stream =
    entry.method === 8
      ? new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"))
      : new Blob([data]).stream();
  const reader = stream.getReader();
  let rows = 0;
  let tail: Uint8Array | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    let chunk = value as Uint8Array;
    if (tail) {
      const joined = new Uint8Array(tail.length + chunk.length);
      joined.set(tail);
      joined.set(chunk, tail.length);
      chunk = joined;
      tail = null;
    }
    for (let at = 0; at < chunk.length; at++) {
      if (chunk[at] !== LT) continue;
      const row = isRowTag(chunk, at);
      if (row === null) {
        if (chunk.length - at < CARRY_LIMIT) tail = chunk.slice(at);
        break;
      }
      if (row) rows++;
    }
    if (rows > stopAt) {
      await reader.cancel();
      break;
    }
  }
  return rows;
}

const PASSWORD =
  "is password-protected (encrypted), so it cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, then clear it), save, and try again.";
const LEGACY =
  "is an Excel 97-2003 (.xls) or other older Office file, not an .xlsx workbook. Open it in Excel and save it as Excel Workbook (.xlsx), then try again.";

/**
 * Throws a WorkbookRefusal whose message completes "<file> …" when the bytes cannot or must not
 * be loaded; otherwise returns what the output will not keep.
 */
export async function checkPackage(bytes: Uint8Array): Promise<PackageNotes> {
  if (startsWith(bytes, OLE_MAGIC))
    throw new WorkbookRefusal(containsUtf16(bytes, "EncryptionInfo") ? PASSWORD : LEGACY);
  const entries = bytes.length > 22 ? centralDirectory(bytes) : null;
  // Not a zip: ExcelJS's own load says "not a workbook, or damaged".
  if (!entries) return { warnings: [] };
  const warnings: string[] = [];
  refuseOverBudget(entries);
  if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name)))
    warnings.push(
      "The workbook contains macros (VBA); the classified copy is an .xlsx workbook without them. The input keeps them."
    );
  if (entries.some((e) => /^xl\/externalLinks\//i.test(e.name)))
    warnings.push(
      "The workbook has links to other workbooks; the classified copy keeps the last values but not the links. The input keeps them."
    );
  if (entries.some((e) => /^xl\/macrosheets\//i.test(e.name)))
    warnings.push(
      "The workbook contains Excel 4.0 macro sheets (XLM); the classified copy is an .xlsx workbook without them. The input keeps them."
    );
  if (entries.some((e) => /^xl\/(embeddings|activeX)\//i.test(e.name)))
    warnings.push(
      "The workbook contains embedded objects or ActiveX controls; the classified copy does not keep them. The input keeps them."
    );
  for (const entry of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) continue;
    if (entry.uncompressedSize === 0xffffffff || entry.uncompressedSize > MAX_SHEET_XML_BYTES)
      throw new WorkbookRefusal(
        `has a sheet holding more than ${MAX_SHEET_XML_BYTES / 1024 / 1024} MB of cell data, over the documented limit. Copy the indicator table to a new workbook and classify that.`
      );
    if (entry.uncompressedSize < COUNT_ROWS_ABOVE_BYTES) continue;
    const rows = await countRows(bytes, entry, MAX_SHEET_ROWS);
    if (rows > MAX_SHEET_ROWS)
      throw new WorkbookRefusal(
        `has a sheet with more than ${MAX_SHEET_ROWS.toLocaleString("en-GB")} rows, over the documented limit. Copy the indicator table to a new workbook (or delete the unused rows below it) and classify that.`
      );
  }
  return { warnings };
}
