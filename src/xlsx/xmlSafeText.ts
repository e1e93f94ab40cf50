/**
 * Every part of a written workbook must be well-formed XML 1.0 and give back the text it was
 * given (issue 21, docs/reliability.md). Excel stores characters XML cannot hold as `_xHHHH_`
 * escapes, and a literal `_xHHHH_` typed in a cell as `_x005F_xHHHH_`. ExcelJS decodes those
 * when it reads but does not encode when it writes: it drops control characters and writes
 * U+FFFE, U+FFFF and lone surrogates raw, which makes the part unreadable. So the text of every
 * cell is encoded Excel's way for the duration of a write, and put back afterwards.
 */
import type ExcelJS from "exceljs";

/**
 * Characters XML 1.0 cannot hold (C0 controls but tab and line feed, U+FFFE, U+FFFF, a surrogate
 * without its pair), a carriage return (XML reads it as a line feed), DEL (ExcelJS drops it), and
 * a literal escape that Excel would decode.
 */
const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /_x[0-9A-Fa-f]{4}_|[\x00-\x08\x0B-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, "0");

/** `text` as Excel stores it in a string part: every character XML can hold, and back as typed. */
export function escapeXmlText(text: string): string {
  NEEDS_ESCAPE.lastIndex = 0;
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(NEEDS_ESCAPE, (found) =>
    found.length > 1 ? `_x005F${found}` : `_x${hex(found.charCodeAt(0))}_`
  );
}

const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when `text` holds a character no XML 1.0 document may contain. */
export function hasXmlIllegal(text: string): boolean {
  XML_ILLEGAL.lastIndex = 0;
  return XML_ILLEGAL.test(text);
}

/**
 * A rendered part with any character XML cannot hold written as `_xHHHH_`: the last guard for
 * text outside cells (a sheet's header or footer, a note, a document property), so the part
 * always opens even where Excel shows the escape rather than decoding it.
 */
export function xmlLegalPart(xml: string): string {
  if (!hasXmlIllegal(xml)) return xml;
  return xml.replace(XML_ILLEGAL, (c) => `_x${hex(c.charCodeAt(0))}_`);
}

type Restore = () => void;

function escapeValue(cell: ExcelJS.Cell): Restore | null {
  const value = cell.value;
  if (typeof value === "string") {
    const escaped = escapeXmlText(value);
    if (escaped === value) return null;
    cell.value = escaped;
    return () => (cell.value = value);
  }
  if (value && typeof value === "object" && "richText" in value && Array.isArray(value.richText)) {
    const runs = value.richText.map((run) => ({ ...run, text: escapeXmlText(run.text) }));
    if (runs.every((run, i) => run.text === value.richText[i].text)) return null;
    cell.value = { ...value, richText: runs };
    return () => (cell.value = value);
  }
  // A hyperlink's text, a formula's cached text result.
  for (const key of ["text", "result"] as const) {
    const text =
      value && typeof value === "object"
        ? (value as unknown as Record<string, unknown>)[key]
        : null;
    if (typeof text !== "string") continue;
    const escaped = escapeXmlText(text);
    if (escaped === text) return null;
    cell.value = { ...(value as object), [key]: escaped } as unknown as ExcelJS.CellValue;
    return () => (cell.value = value);
  }
  return null;
}

/** Runs `write` with every cell's text encoded for XML, then puts the text back as it was. */
export async function withXmlSafeText<T>(
  wb: ExcelJS.Workbook,
  write: () => Promise<T>
): Promise<T> {
  const restores: Restore[] = [];
  try {
    // Only cells that exist are visited: the cost follows the cells present.
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          // A merged cell shows its master's value; the master is visited on its own.
          if (cell.isMerged && cell.master !== cell) return;
          const restore = escapeValue(cell);
          if (restore) restores.push(restore);
        })
      );
    return await write();
  } finally {
    for (const restore of restores.reverse()) restore();
  }
}
