/**
 * Cell addresses as Excel writes them: 0-based (row, column) <-> `Indicators!N2`, with sheet names
 * quoted the way Excel quotes them (`'Challenge log'!A1`, `'O''Brien'!B3`).
 */

const LETTERS_CACHE: string[] = [];

/** 0-based column index -> letters (0 -> A, 25 -> Z, 26 -> AA). Negative or non-integer -> "". */
/** A cell by its 0-based sheet row and column. */
export interface Cell {
  row: number;
  col: number;
}

export function columnLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0) return "";
  const cached = LETTERS_CACHE[index];
  if (cached !== undefined) return cached;
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  if (index < 20000) LETTERS_CACHE[index] = letters;
  return letters;
}

/** Letters -> 0-based column index (A -> 0, AA -> 26), case-insensitive; -1 when not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A name Excel can write bare: starts with a letter or underscore, then word characters or dots,
 * and does not itself look like a cell reference (`A1`, `R1C1`). */
function needsQuotes(name: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) return true;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return true;
  if (/^[Rr][0-9]*[Cc][0-9]*$/.test(name)) return true;
  return false;
}

/** Sheet name as it appears before `!` in a formula or address. */
export function quoteSheetName(name: string): string {
  return needsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** `A1`-style local address of a 0-based cell. */
export function localAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** `Sheet!A1`-style address of a 0-based cell. */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${localAddress(row, col)}`;
}

/**
 * Builds addresses for many cells of one sheet without re-quoting the sheet name each time
 * (the reader addresses every value cell of a 50,000-row table).
 */
export function addressMaker(sheet: string): (row: number, col: number) => string {
  const prefix = `${quoteSheetName(sheet)}!`;
  return (row, col) => prefix + columnLetters(col) + (row + 1);
}

export interface ParsedAddress {
  /** Sheet name unquoted, or null for a local address such as `J12`. */
  sheet: string | null;
  row: number;
  col: number;
}

/** Parses `J12`, `Indicators!J12`, `'Challenge log'!A1` (also `$J$12`); null when not an address. */
export function parseCellAddress(address: string): ParsedAddress | null {
  const text = address.trim();
  let sheet: string | null = null;
  let local = text;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    const rawSheet = text.slice(0, bang);
    local = text.slice(bang + 1);
    if (rawSheet.startsWith("'")) {
      if (rawSheet.length < 2 || !rawSheet.endsWith("'")) return null;
      const inner = rawSheet.slice(1, -1);
      // Inside quotes, a lone quote is invalid; doubled quotes stand for one.
      if (/(^|[^'])'([^']|$)/.test(inner.replace(/''/g, ""))) return null;
      sheet = inner.replace(/''/g, "'");
    } else {
      sheet = rawSheet;
    }
    if (sheet === "") return null;
  }
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(local);
  if (!match) return null;
  const row = Number(match[2]) - 1;
  if (row < 0) return null;
  return { sheet, row, col: columnIndex(match[1]) };
}
