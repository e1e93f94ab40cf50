/**
 * Work bounded by the cells present, never by a declared range (issue 21, docs/reliability.md).
 * ExcelJS expands some ranges cell by cell while it loads a workbook: a merge makes a cell object
 * for every cell it covers, a data validation a map entry for every address, a defined name a
 * matrix entry for every cell. One `A1:XFD1048576` is 17 billion of them (out of memory, or hours).
 * A range over more than LARGE_RANGE_CELLS is therefore clipped to the block of cells that exist
 * on its sheet before ExcelJS expands it; smaller ranges (a merged title, a validated column of
 * the table) are never touched. Pure text functions, plus the hooks that apply them to one
 * workbook's load.
 */
import type ExcelJS from "exceljs";
import { columnLetters as engineColumnLetters } from "../engine/address";

/** A declared range over more cells than this is clipped to the cells present. */
export const LARGE_RANGE_CELLS = 10_000;

export interface Extent {
  /** 1-based last row and column holding a cell; 0 when the sheet has none. */
  rows: number;
  cols: number;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** 1-based column number → letters, by the engine's rule (which counts from 0). */
function columnLetters(n: number): string {
  return engineColumnLetters(n - 1);
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;

/** One range (`A1`, `$A$1:$XFD$1048576`) as a box and its dollar signs; null when not a range. */
function parseRange(text: string): { box: Box; abs: [string, string, string, string] } | null {
  const [first, second = first, ...more] = text.split(":");
  if (more.length) return null;
  const a = CELL.exec(first);
  const b = CELL.exec(second);
  if (!a || !b) return null;
  const box = {
    top: Math.min(Number(a[4]), Number(b[4])),
    bottom: Math.max(Number(a[4]), Number(b[4])),
    left: Math.min(columnNumber(a[2]), columnNumber(b[2])),
    right: Math.max(columnNumber(a[2]), columnNumber(b[2])),
  };
  return { box, abs: [a[1], a[3], b[1], b[3]] };
}

const area = (b: Box) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/** Cells ExcelJS may expand on one sheet beyond a few per cell present (a normal sheet's merges). */
export const EXPANSION_ALLOWANCE = 100_000;
const PER_CELL_PRESENT = 4;

/**
 * Clips the declared ranges of one sheet. A range of at most LARGE_RANGE_CELLS is kept as it is;
 * a larger one is clipped to the block of cells present (a range wholly outside it shrinks to its
 * first cell). Every range kept counts against the sheet's budget (a few cells per cell present,
 * plus EXPANSION_ALLOWANCE); past it, a range shrinks to its first cell, so what ExcelJS builds
 * never exceeds the budget however many ranges the file declares, or where its last cell is.
 */
export class RangeClipper {
  private left: number;
  constructor(
    private readonly extent: Extent,
    cellsPresent: number
  ) {
    this.left = PER_CELL_PRESENT * cellsPresent + EXPANSION_ALLOWANCE;
  }

  clip(text: string): string {
    const parsed = parseRange(text);
    if (!parsed) return text;
    const { box, abs } = parsed;
    const from = `${abs[0]}${columnLetters(box.left)}${abs[1]}${box.top}`;
    let kept = text;
    let cells = area(box);
    if (cells > LARGE_RANGE_CELLS) {
      if (box.top > this.extent.rows || box.left > this.extent.cols) return this.first(from);
      const bottom = Math.min(box.bottom, this.extent.rows);
      const right = Math.min(box.right, this.extent.cols);
      kept =
        bottom === box.top && right === box.left
          ? from
          : `${from}:${abs[2]}${columnLetters(right)}${abs[3]}${bottom}`;
      cells = area({ ...box, bottom, right });
    }
    if (cells > this.left) return this.first(from);
    this.left -= cells;
    return kept;
  }

  private first(cell: string): string {
    this.left = Math.max(0, this.left - 1);
    return cell;
  }

  /** A space-separated list of ranges (`sqref`), each clipped. */
  clipList(list: string): string {
    return list
      .split(/\s+/)
      .filter((r) => r !== "")
      .map((r) => this.clip(r))
      .join(" ");
  }
}

/** Attributes holding ranges ExcelJS expands cell by cell, in the part after the cell data. */
const EXPANDED = /(<(?:\w+:)?(?:mergeCell|dataValidation)\b[^>]*?\s(?:ref|sqref)=")([^"]*)(")/g;

/** The part of a sheet's XML after its cell data, with every expanded range clipped. */
export function clipSheetTail(tail: string, clipper: RangeClipper): string {
  return tail.replace(
    EXPANDED,
    (_, open: string, ranges: string, close: string) => `${open}${clipper.clipList(ranges)}${close}`
  );
}

const CELL_REF = /<(?:\w+:)?c\b[^>]*?\sr="([A-Za-z]{1,3})(\d{1,7})"/g;
const ROW_REF = /<(?:\w+:)?row\b[^>]*?\sr="(\d{1,7})"/g;
const END_OF_CELLS = /<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*\/>/;
/** Longer than any cell or row tag's start, so a tag cut between two chunks is still seen. */
const OVERLAP = 256;

/**
 * A sheet's XML, as the chunks ExcelJS streams it in: the extent of the cells present is taken
 * from the cell data, and the tail after it has its expanded ranges clipped. Chunks before the
 * tail come back as they are (the same strings: no copy of the sheet is made).
 */
export function clipSheetChunks(chunks: readonly string[]): string[] {
  const extent: Extent = { rows: 0, cols: 0 };
  let cellsPresent = 0;
  const out: string[] = [];
  let carry = "";
  for (let i = 0; i < chunks.length; i++) {
    const text = carry + chunks[i];
    const end = END_OF_CELLS.exec(text);
    const cells = end ? text.slice(0, end.index) : text;
    for (const m of cells.matchAll(CELL_REF)) {
      extent.cols = Math.max(extent.cols, columnNumber(m[1]));
      extent.rows = Math.max(extent.rows, Number(m[2]));
    }
    for (const m of cells.matchAll(ROW_REF)) extent.rows = Math.max(extent.rows, Number(m[1]));
    // Counted in this chunk only (a tag cut between two is missed: the budget errs low by one).
    cellsPresent +=
      (end ? chunks[i].slice(0, Math.max(0, end.index - carry.length)) : chunks[i]).split("<c ")
        .length - 1;
    if (!end) {
      out.push(chunks[i]);
      carry = text.slice(-OVERLAP);
      continue;
    }
    // The tail is small in any real sheet (merges, validation, print settings): join and clip it.
    // Where the end of the cell data began in chunks already passed on, take it back from them.
    let taken = carry.length - end.index;
    while (taken > 0 && out.length > 0) {
      const last = out.pop()!;
      if (last.length > taken) out.push(last.slice(0, last.length - taken));
      taken -= last.length;
    }
    if (end.index > carry.length) out.push(chunks[i].slice(0, end.index - carry.length));
    const tail = text.slice(end.index) + chunks.slice(i + 1).join("");
    out.push(clipSheetTail(tail, new RangeClipper(extent, cellsPresent)));
    return out;
  }
  return out;
}

interface ChunkStream {
  constructor: new (options: object) => ChunkStream;
  write(chunk: string): boolean;
  end(): void;
  [Symbol.asyncIterator](): AsyncIterator<unknown>;
}

type SheetEntry = (stream: ChunkStream, ...rest: unknown[]) => Promise<unknown>;

interface WorksheetModel {
  name?: string;
  rows?: { number: number; cells?: { address?: string }[] }[];
}

interface WorkbookModel {
  worksheets?: WorksheetModel[];
  definedNames?: { name: string; ranges: string[] }[];
}

function clipperOf(sheet: WorksheetModel): RangeClipper {
  const extent: Extent = { rows: 0, cols: 0 };
  let cells = 0;
  for (const row of sheet.rows ?? []) {
    if (!row.cells?.length) continue;
    extent.rows = Math.max(extent.rows, row.number);
    for (const cell of row.cells) {
      cells++;
      const m = /^([A-Z]+)\d+$/.exec(cell.address ?? "");
      if (m) extent.cols = Math.max(extent.cols, columnNumber(m[1]));
    }
  }
  return new RangeClipper(extent, cells);
}

/** Defined names' ranges clipped to the cells present on the sheets they name, within budget. */
export function clipDefinedNames(model: WorkbookModel): void {
  const clippers = new Map<string, RangeClipper>();
  for (const sheet of model.worksheets ?? [])
    if (sheet.name) clippers.set(sheet.name.toLowerCase(), clipperOf(sheet));
  const nowhere = new RangeClipper({ rows: 0, cols: 0 }, 0);
  for (const name of model.definedNames ?? []) {
    name.ranges = name.ranges.map((range) => {
      const bang = range.lastIndexOf("!");
      if (bang < 0) return range;
      const sheet = range
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      const clipper = clippers.get(sheet.toLowerCase()) ?? nowhere;
      return `${range.slice(0, bang + 1)}${clipper.clip(range.slice(bang + 1))}`;
    });
  }
}

/**
 * Makes this workbook's next load clip declared ranges before ExcelJS expands them: each sheet's
 * XML on its way to the parser, and the defined names before the workbook takes them.
 */
export function clipDeclaredRangesOnLoad(wb: ExcelJS.Workbook): void {
  const xlsx = wb.xlsx as unknown as Record<string, unknown>;
  const parseSheet = xlsx._processWorksheetEntry as SheetEntry | undefined;
  if (typeof parseSheet === "function")
    xlsx._processWorksheetEntry = async (stream: ChunkStream, ...rest: unknown[]) => {
      const chunks: string[] = [];
      for await (const chunk of stream as AsyncIterable<unknown>) chunks.push(String(chunk));
      const clipped = new stream.constructor({
        writableObjectMode: true,
        readableObjectMode: true,
      });
      for (const chunk of clipSheetChunks(chunks)) clipped.write(chunk);
      clipped.end();
      return parseSheet.call(xlsx, clipped, ...rest);
    };
  // The workbook's model setter takes the defined names after its sheets: clip them on the way in.
  const own = wb as unknown as Record<string, unknown>;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(wb), "model");
  if (setter?.set && setter.get)
    Object.defineProperty(own, "model", {
      configurable: true,
      get: () => setter.get!.call(wb) as unknown,
      set: (value: WorkbookModel) => {
        clipDefinedNames(value);
        setter.set!.call(wb, value);
      },
    });
}
