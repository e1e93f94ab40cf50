/**
 * The row limit is counted on the sheet's bytes as they inflate, in chunks: a row tag cut at a
 * chunk's end must be counted once, a prefixed tag (<x:row>) counts, tags that only start with
 * "row" do not. Sheets are built by hand so the exact number of rows is known.
 */
import JSZip from "jszip";
import { checkPackage, MAX_SHEET_ROWS, normalisedName } from "../../src/xlsx/packageCheck";
import { WorkbookRefusal } from "../../src/xlsx/refusal";

/** A workbook whose one sheet repeats `tag` `count` times (padded so the count is not skipped). */
async function workbookWith(tag: (n: number) => string, count: number): Promise<Uint8Array> {
  const parts = ['<?xml version="1.0"?><worksheet><sheetData>'];
  for (let n = 1; n <= count; n++) parts.push(tag(n));
  // Large enough that the rows are counted (small sheets cannot reach the limit and are not).
  parts.push(`</sheetData><!--${" ".repeat(4 * 1024 * 1024)}--></worksheet>`);
  const zip = new JSZip();
  zip.file("xl/worksheets/sheet1.xml", parts.join(""));
  zip.file("xl/workbook.xml", "<workbook/>");
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const plainRow = (n: number): string => `<row r="${n}"><c r="A${n}"><v>${n}</v></c></row>`;
const prefixedRow = (n: number): string => `<x:row r="${n}"><x:c r="A${n}"/></x:row>`;

async function refusal(bytes: Uint8Array): Promise<string | null> {
  try {
    await checkPackage(bytes);
    return null;
  } catch (error) {
    if (error instanceof WorkbookRefusal) return error.message;
    throw error;
  }
}

describe("checkPackage: rows over the documented limit", () => {
  it("accepts a sheet of exactly the limit and refuses one row more", async () => {
    expect(await refusal(await workbookWith(plainRow, MAX_SHEET_ROWS))).toBeNull();
    expect(await refusal(await workbookWith(plainRow, MAX_SHEET_ROWS + 1))).toContain(
      "more than 100,000 rows"
    );
  }, 60_000);

  it("counts rows whose tags carry a namespace prefix", async () => {
    expect(await refusal(await workbookWith(prefixedRow, MAX_SHEET_ROWS))).toBeNull();
    expect(await refusal(await workbookWith(prefixedRow, MAX_SHEET_ROWS + 1))).toContain(
      "more than 100,000 rows"
    );
  }, 60_000);

  it("does not count tags that only begin with row", async () => {
    const decoys = (n: number): string =>
      `<rowBreaks count="${n}"/><rows/><x:rowx/><row${n % 10}/>${n % 2 ? plainRow(n) : ""}`;
    // Half the entries hold a real row: 100,001 of them are 50,001 rows.
    expect(await refusal(await workbookWith(decoys, MAX_SHEET_ROWS + 1))).toBeNull();
  }, 60_000);
});

describe("checkPackage: parts named and budgeted before anything is inflated (issue 21)", () => {
  async function zipOf(parts: Record<string, string>): Promise<Uint8Array> {
    const zip = new JSZip();
    for (const [name, text] of Object.entries(parts)) zip.file(name, text);
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }
  const book = { "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "<worksheet/>" };

  it("normalises names: leading slashes, backslashes and case", () => {
    expect(normalisedName("/xl/worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(normalisedName("xl\\worksheets\\Sheet1.XML")).toBe("xl/worksheets/sheet1.xml");
    expect(normalisedName("//XL/SharedStrings.xml")).toBe("xl/sharedstrings.xml");
  });

  it("refuses two parts that are one part once normalised", async () => {
    const bytes = await zipOf({ ...book, "XL/Worksheets/Sheet1.xml": "<worksheet/>" });
    expect(await refusal(bytes)).toContain("two parts with the same name");
  });

  it("warns about macro sheets (XLM), embedded objects and ActiveX controls like VBA", async () => {
    const notes = await checkPackage(
      await zipOf({
        ...book,
        "xl/macrosheets/sheet1.xml": "<xm:macrosheet/>",
        "xl/embeddings/oleObject1.bin": "ole",
      })
    );
    expect(notes.warnings.join(" ")).toMatch(/Excel 4\.0 macro sheets.*input keeps them/);
    expect(notes.warnings.join(" ")).toMatch(/embedded objects or ActiveX/);
    const activeX = await checkPackage(await zipOf({ ...book, "xl/activeX/activeX1.xml": "<a/>" }));
    expect(activeX.warnings).toHaveLength(1);
    expect((await checkPackage(await zipOf(book))).warnings).toEqual([]);
  });
});
