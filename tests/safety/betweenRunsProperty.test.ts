/**
 * Property (issue 10): random row and column insertions and deletions between two runs, in a
 * sheet model that moves defined names with the cells (Excel, LibreOffice) and one that does not
 * (a script), never change a value of the analyst's; and Clear after them either restores the
 * sheet exactly as the analyst's edits left it, or refuses and changes nothing.
 */
import fc from "fast-check";
import type ExcelJS from "exceljs";
import { classifyWorkbook, clearWorkbook, WorkbookRefusal } from "../../src/xlsx";
import { HEALTHY_ROWS, newWorkbook, writeTable } from "../corpus/builders/table";
import { reopen, sheetLook } from "./support/councilWorkbook";
import { applyEdit, type NameModel, type SheetEdit } from "./support/sheetEdits";

const WIDTH = 11;

/** The standard table, a Regional column (K) and the analyst's own fills and formats. */
function analystWorkbook(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Indicators");
  writeTable(ws, [...HEALTHY_ROWS, { ...HEALTHY_ROWS[0], ref: "OK4", q2: 70 }]);
  ["Regional", 91, 22, 0.7, 66].forEach((v, i) => (ws.getCell(i + 1, WIDTH).value = v));
  ws.getCell(3, 10).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell(4, 11).numFmt = "0%";
  return wb;
}

const edit: fc.Arbitrary<SheetEdit> = fc.oneof(
  fc.record({
    kind: fc.constant("insertRow" as const),
    at: fc.integer({ min: 1, max: 7 }),
    values: fc.option(
      fc
        .nat(99)
        .map((n) => [
          `N${n}`,
          "New indicator",
          "Area",
          "Contract",
          "Higher is better",
          "Number",
          10,
          8,
          9,
          11,
        ]),
      { nil: undefined }
    ),
  }),
  fc.record({ kind: fc.constant("deleteRow" as const), at: fc.integer({ min: 1, max: 6 }) }),
  fc.record({
    kind: fc.constant("insertColumn" as const),
    at: fc.integer({ min: 1, max: WIDTH + 2 }),
    values: fc.option(fc.constant<ExcelJS.CellValue[]>(["Notes", "a", "b"]), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant("deleteColumn" as const),
    at: fc.integer({ min: 1, max: WIDTH + 2 }),
  })
);

/** What the product writes in its status column: never a value of the analyst's in this model. */
const PRODUCT_TEXT =
  /^(Status Q.*|On or better than target|Inside tolerance|Outside tolerance|No target specified|Not classified|Volumetric \(not rated\))$/;

/** Values of every cell except the product's status texts. */
function analystValues(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      if (v === null || v === "" || (typeof v === "string" && PRODUCT_TEXT.test(v))) return;
      values[cell.address] = v;
    })
  );
  return values;
}

/** How the scenarios ended, so the property is seen to exercise restoring, not only refusing. */
const tally = { restored: 0, refused: 0 };

async function scenario(edits: SheetEdit[], names: NameModel): Promise<void> {
  const classified = await reopen(analystWorkbook());
  expect(classifyWorkbook(classified, { quarter: "Q2 2018/19" }).ok).toBe(true);
  const pristine = await reopen(analystWorkbook());
  for (const e of edits) {
    applyEdit(classified, classified.getWorksheet("Indicators")!, e, names);
    applyEdit(pristine, pristine.getWorksheet("Indicators")!, e, "movesNames");
  }
  const edited = await reopen(classified);
  const expected = await reopen(pristine);
  const ws = edited.getWorksheet("Indicators")!;
  const before = sheetLook(ws);
  try {
    classifyWorkbook(edited, { quarter: "Q2 2018/19" });
  } catch (error) {
    if (!(error instanceof WorkbookRefusal)) throw error;
    expect(sheetLook(ws)).toEqual(before);
  }
  // No value of the analyst's changed or went missing (the product only adds its status texts).
  expect(analystValues(ws)).toEqual(analystValues(expected.getWorksheet("Indicators")!));
  const beforeClear = sheetLook(ws);
  try {
    clearWorkbook(edited);
  } catch (error) {
    if (!(error instanceof WorkbookRefusal)) throw error;
    expect(sheetLook(ws)).toEqual(beforeClear);
    tally.refused++;
    return;
  }
  expect(sheetLook(ws)).toEqual(sheetLook(expected.getWorksheet("Indicators")!));
  tally.restored++;
}

describe.each<NameModel>(["movesNames", "keepsNames"])("edits between runs (%s)", (names) => {
  it("never change an analyst value; Clear restores exactly or refuses", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) =>
        scenario(edits, names)
      ),
      { numRuns: 60 }
    );
    expect(tally.restored).toBeGreaterThan(tally.refused);
  }, 120_000);
});
