/**
 * Work bounded by the cells present (issue 21): declared ranges over more than 10,000 cells are
 * clipped to the block of cells that exist before ExcelJS expands them; smaller ranges are kept
 * exactly. The property loads workbooks whose names, merges and validation declare huge ranges
 * (and a stray last cell) and counts what ExcelJS built: cells, validation entries, name cells.
 */
import fc from "fast-check";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import {
  clipSheetChunks,
  EXPANSION_ALLOWANCE,
  LARGE_RANGE_CELLS,
  RangeClipper,
} from "../../src/xlsx/declaredRanges";
import { loadWorkbook } from "../../src/xlsx/workbookActions";
import { HEALTHY_ROWS, newWorkbook, writeTable } from "../corpus/builders/table";

describe("clipping one range", () => {
  const extent = { rows: 4, cols: 10 };
  it("keeps ranges up to the limit exactly, clips larger ones to the cells present", () => {
    const clipper = new RangeClipper(extent, 40);
    const clipRange = (r: string) => clipper.clip(r);
    expect(clipRange("A1:L1")).toBe("A1:L1");
    expect(clipRange("A1:A10000")).toBe("A1:A10000");
    expect(clipRange("A1:XFD1048576")).toBe("A1:J4");
    expect(clipRange("$A$1:$XFD$1048576")).toBe("$A$1:$J$4");
    expect(clipRange("E2:E1048576")).toBe("E2:E4");
    // Wholly outside the cells present: its first cell only.
    expect(clipRange("M10:XFD1048576")).toBe("M10");
    expect(clipper.clipList("A1:B2  C1:XFD1048576")).toBe("A1:B2 C1:J4");
    expect(clipRange("not a range")).toBe("not a range");
  });

  it("shrinks ranges to their first cell once the sheet's budget is spent", () => {
    // One stray cell at XFD1048576: the block of cells present is the whole sheet.
    const clipper = new RangeClipper({ rows: 1_048_576, cols: 16_384 }, 41);
    const budget = 4 * 41 + EXPANSION_ALLOWANCE;
    expect(clipper.clip("A1:XFD1048576")).toBe("A1");
    let kept = 0;
    for (let i = 0; i < 100; i++) if (clipper.clip(`A${i + 1}:J${i + 1000}`).includes(":")) kept++;
    // Each 10,000-cell range is small enough to keep, until the budget is spent.
    expect(kept).toBe(Math.floor((budget - 1) / 10_000));
  });

  it("finds the cells present and the tail across chunk boundaries, whatever the chunk size", () => {
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1"/><c r="J1"/></row><row r="4"><c r="B4"/></row></sheetData>' +
      '<mergeCells><mergeCell ref="A5:XFD1048576"/><mergeCell ref="A1:C1"/></mergeCells>' +
      '<dataValidations><dataValidation type="list" sqref="A1:XFD1048576 D2"/></dataValidations></worksheet>';
    const expected =
      '<worksheet><sheetData><row r="1"><c r="A1"/><c r="J1"/></row><row r="4"><c r="B4"/></row></sheetData>' +
      '<mergeCells><mergeCell ref="A5"/><mergeCell ref="A1:C1"/></mergeCells>' +
      '<dataValidations><dataValidation type="list" sqref="A1:J4 D2"/></dataValidations></worksheet>';
    fc.assert(
      fc.property(fc.integer({ min: 1, max: sheet.length }), (size) => {
        const chunks: string[] = [];
        for (let i = 0; i < sheet.length; i += size) chunks.push(sheet.slice(i, i + size));
        expect(clipSheetChunks(chunks).join("")).toBe(expected);
      })
    );
  });
});

/** A range of at least `LARGE_RANGE_CELLS` cells, anywhere on the sheet. */
const HUGE = fc
  .record({
    top: fc.integer({ min: 1, max: 1_048_000 }),
    left: fc.integer({ min: 1, max: 16_000 }),
    height: fc.integer({ min: 200, max: 1_048_576 }),
    width: fc.integer({ min: 60, max: 16_384 }),
  })
  .map(({ top, left, height, width }) => ({
    top,
    left,
    bottom: Math.min(1_048_576, top + height),
    right: Math.min(16_384, left + width),
  }))
  .filter((b) => (b.bottom - b.top + 1) * (b.right - b.left + 1) > LARGE_RANGE_CELLS);

const letters = (n: number) => {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};
const ref = (b: { top: number; left: number; bottom: number; right: number }) =>
  `${letters(b.left)}${b.top}:${letters(b.right)}${b.bottom}`;

describe("loading a workbook with huge declared ranges", () => {
  it("property: ExcelJS builds work in proportion to the cells present", async () => {
    const base = newWorkbook();
    writeTable(base.addWorksheet("Indicators"), HEALTHY_ROWS);
    const bytes = await base.xlsx.writeBuffer();
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          name: HUGE,
          merge: HUGE,
          validation: HUGE,
          lastCell: fc.option(
            fc.record({
              row: fc.integer({ min: 5, max: 1_048_576 }),
              col: fc.integer({ min: 11, max: 16_384 }),
            })
          ),
        }),
        async ({ name, merge, validation, lastCell }) => {
          const zip = await JSZip.loadAsync(bytes);
          const sheetPart = "xl/worksheets/sheet1.xml";
          let sheet = await zip.file(sheetPart)!.async("string");
          if (lastCell)
            sheet = sheet.replace(
              "</sheetData>",
              `<row r="${lastCell.row}"><c r="${letters(lastCell.col)}${lastCell.row}"><v>1</v></c></row></sheetData>`
            );
          // The merge must not overlap a cell of the table (Excel forbids overlapping merges).
          const mergeBox = { ...merge, top: Math.max(merge.top, 6) };
          sheet = sheet.replace(
            "</sheetData>",
            `</sheetData><mergeCells count="1"><mergeCell ref="${ref(mergeBox)}"/></mergeCells>` +
              `<dataValidations count="1"><dataValidation type="whole" sqref="${ref(validation)}"><formula1>0</formula1></dataValidation></dataValidations>`
          );
          zip.file(sheetPart, sheet);
          const book = await zip.file("xl/workbook.xml")!.async("string");
          zip.file(
            "xl/workbook.xml",
            book.replace(
              "</sheets>",
              `</sheets><definedNames><definedName name="Huge">Indicators!$${letters(name.left)}$${name.top}:$${letters(name.right)}$${name.bottom}</definedName></definedNames>`
            )
          );
          const wb = await loadWorkbook(await zip.generateAsync({ type: "uint8array" }));
          const ws = wb.getWorksheet("Indicators")!;
          let cells = 0;
          ws.eachRow((row) => row.eachCell(() => cells++));
          // The table (header and 3 rows × 10 columns), a stray cell, and the expansion budget.
          const present = 4 * 10 + 1;
          const budget = 4 * present + EXPANSION_ALLOWANCE;
          expect(cells).toBeLessThanOrEqual(present + budget);
          const validated = Object.keys(
            (ws as unknown as { dataValidations: { model: Record<string, unknown> } })
              .dataValidations.model
          ).length;
          expect(validated).toBeLessThanOrEqual(budget);
          const named = wb.definedNames.getRanges("Huge").ranges.length;
          expect(named).toBeLessThanOrEqual(1);
        }
      ),
      { numRuns: 25 }
    );
  }, 120_000);

  it("keeps a validated column and a merged title exactly", async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet("Indicators");
    writeTable(ws, HEALTHY_ROWS, { row: 2, col: 1 });
    ws.mergeCells("A1:L1");
    (ws as unknown as { dataValidations: { add(a: string, v: object): void } }).dataValidations.add(
      "G3:G5000",
      { type: "whole", allowBlank: true, formulae: [0] }
    );
    const back = await loadWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    const sheet = back.getWorksheet("Indicators")!;
    expect(sheet.getCell("L1").isMerged).toBe(true);
    expect(sheet.getCell("G5000").dataValidation).toMatchObject({ type: "whole" });
    expect(new ExcelJS.Workbook()).toBeDefined();
  });
});
