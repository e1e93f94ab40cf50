/**
 * The bundled samples/performance-q2-2018-19.xlsx must hold what scripts/sample-data.ts says, so the
 * file a user opens gives the golden commentary. Regenerate with `npx tsx scripts/make-sample.ts`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSampleGrid, SAMPLE_HEADER_ROW } from "../../../scripts/sample-data";
import { loadWorkbook, readWorkbookGrid } from "../../../src/xlsx";

describe("bundled sample workbook", () => {
  it("holds the values and number formats of the sample grid", async () => {
    const bytes = readFileSync(
      join(__dirname, "..", "..", "..", "samples", "performance-q2-2018-19.xlsx")
    );
    const read = readWorkbookGrid(await loadWorkbook(bytes));
    const expected = buildSampleGrid().sheets[0];
    const sheet = read.sheets.find((s) => s.name === expected.name);
    expect(sheet).toBeDefined();
    if (!sheet) return;
    const at = (r: number, c: number) => sheet.values[r - sheet.top]?.[c - sheet.left] ?? null;
    const formatAt = (r: number, c: number) =>
      sheet.formats?.[r - sheet.top]?.[c - sheet.left] ?? null;
    expected.values.forEach((row, r) =>
      row.forEach((value, c) => {
        expect([r, c, at(r, c)]).toEqual([r, c, value]);
      })
    );
    for (let r = SAMPLE_HEADER_ROW + 1; r < expected.values.length; r++) {
      expected.formats?.[r].forEach((format, c) => {
        // Empty cells carry no format once saved; only figures need theirs.
        if (format && expected.values[r][c] !== null)
          expect([r, c, formatAt(r, c)]).toEqual([r, c, format]);
      });
    }
  });
});
