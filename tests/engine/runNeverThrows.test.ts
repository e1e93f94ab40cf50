/** Whatever the grid, the engine returns: it never throws and never loses the run. */
import fc from "fast-check";
import { inspectWorkbook, runEngine } from "../../src/engine/run";
import { FINDING_CODES } from "../../src/engine/findings";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/engine/types";
import { canonicalWorkbook } from "./support/grid";

describe("runEngine never throws", () => {
  const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.double(),
    fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, 0.91),
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      "Ref",
      "Indicator",
      "Q2 2018/19",
      "2018/19 Q1",
      "Target",
      "Tolerance",
      "Polarity",
      "Higher",
      "Lower",
      "%",
      "n/a",
      "c",
      "Status Q2 2018/19",
      "Volumetric",
      "27%",
      "1,898"
    ),
    fc.boolean(),
    fc.constantFrom({ error: "#DIV/0!" }, { error: "#N/A" })
  );
  const format = fc.option(
    fc.constantFrom("0%", "0.0%", "General", '"%"0', "[Red]0.00", "#,##0", ""),
    { nil: undefined }
  );
  const sheet: fc.Arbitrary<SheetGrid> = fc.record({
    name: fc.string({ maxLength: 10 }),
    top: fc.nat(5),
    left: fc.nat(5),
    values: fc.array(fc.array(cellValue, { maxLength: 10 }), { maxLength: 15 }),
    formats: fc.option(fc.array(fc.array(format, { maxLength: 10 }), { maxLength: 15 }), {
      nil: undefined,
    }),
  });
  const workbook: fc.Arbitrary<WorkbookGrid> = fc.record({
    sheets: fc.array(sheet, { maxLength: 3 }),
    activeSheet: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
  });
  const options = fc.record(
    {
      quarter: fc.constantFrom("Q2 2018/19", "Q1 2018/19", "nonsense", ""),
      sheet: fc.string({ maxLength: 10 }),
      toleranceMode: fc.constantFrom("threshold", "points", "percent" as const),
      columnOverrides: fc.record(
        { ref: fc.integer({ min: -2, max: 12 }), target: fc.integer({ min: -2, max: 12 }) },
        { requiredKeys: [] }
      ),
    },
    { requiredKeys: [] }
  );

  it("on any grid, with any options", () => {
    fc.assert(
      fc.property(workbook, options, (wb, opts) => {
        const outcome = runEngine(wb, opts);
        const inspected = inspectWorkbook(wb, opts);
        expect(typeof outcome.ok).toBe("boolean");
        expect(typeof inspected.ok).toBe("boolean");
        if (!outcome.ok) expect(outcome.failure.message).not.toMatch(/could not be read/);
        else {
          expect(outcome.result.classifications).toHaveLength(outcome.result.indicators.length);
          for (const f of outcome.result.findings) expect(FINDING_CODES).toContain(f.code);
        }
      }),
      { numRuns: 400 }
    );
  });

  it("on tables shaped like real ones but full of faults", () => {
    const messy = fc.array(fc.array(cellValue, { minLength: 12, maxLength: 12 }), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        messy,
        fc.constantFrom("threshold", "points", "percent" as const),
        (rows, mode) => {
          const outcome = runEngine(canonicalWorkbook(rows), { toleranceMode: mode });
          expect(outcome.ok).toBe(true);
          if (outcome.ok) {
            for (const f of outcome.result.findings) expect(f.message.length).toBeGreaterThan(0);
          }
        }
      ),
      { numRuns: 200 }
    );
  });

  it("on empty and degenerate workbooks", () => {
    const odd = [
      { sheets: [] },
      { sheets: [{ name: "Empty", top: 0, left: 0, values: [] }] },
      {
        sheets: [
          {
            name: "Ragged",
            top: 0,
            left: 0,
            values: [["Ref", "Q2 2018/19"], [], ["A1"], ["A2", 5, 6, 7]],
          },
        ],
      },
      { sheets: [null] } as unknown as WorkbookGrid,
      { sheets: [{ name: "Bad", top: -3, left: 1.5, values: "nope" }] } as unknown as WorkbookGrid,
      null as unknown as WorkbookGrid,
    ];
    for (const wb of odd) {
      expect(() => runEngine(wb)).not.toThrow();
      expect(() => inspectWorkbook(wb)).not.toThrow();
    }
  });
});
