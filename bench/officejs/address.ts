/**
 * A1-style address arithmetic for the in-memory Excel host. Rows and columns are 0-based here;
 * Excel's limits (1,048,576 rows × 16,384 columns) bound whole-row and whole-column references.
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let text = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    text = String.fromCharCode(65 + rem) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits `'My sheet'!A1:B2` into the sheet name (or undefined) and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).trim() };
}

interface Corner {
  row: number | null;
  col: number | null;
}

function parseCorner(text: string): Corner {
  const match = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(text.trim());
  if (!match || (!match[1] && !match[2])) throw new Error(`Invalid address part "${text}"`);
  return {
    col: match[1] ? columnIndex(match[1]) : null,
    row: match[2] ? Number(match[2]) - 1 : null,
  };
}

/** Parses one area (`A1`, `A1:C9`, `A:C`, `2:5`) into a box. */
export function parseArea(local: string): Box {
  const [first, second = first] = local.split(":");
  const a = parseCorner(first);
  const b = parseCorner(second);
  const row0 = a.row ?? 0;
  const row1 = b.row ?? MAX_ROWS - 1;
  const col0 = a.col ?? 0;
  const col1 = b.col ?? MAX_COLUMNS - 1;
  const top = Math.min(row0, row1);
  const left = Math.min(col0, col1);
  return { row: top, col: left, rows: Math.abs(row1 - row0) + 1, cols: Math.abs(col1 - col0) + 1 };
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function boxAddress(box: Box): string {
  const start = `${columnLetters(box.col)}${box.row + 1}`;
  if (box.rows === 1 && box.cols === 1) return start;
  return `${start}:${columnLetters(box.col + box.cols - 1)}${box.row + box.rows}`;
}

export function fullAddress(sheet: string, box: Box): string {
  return `${quoteSheet(sheet)}!${boxAddress(box)}`;
}
