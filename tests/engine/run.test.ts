import fc from "fast-check";
import { inspectWorkbook, runEngine } from "../../src/engine/run";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/engine/types";
import { buildSheet, canonicalWorkbook, CANONICAL_HEADER, indicatorRow, workbookOf } from "./support/grid";
import { runOk } from "./support/run";

describe("inspectWorkbook", () => {
  it("returns the sheet, chronological quarters, the default quarter and the layout", () => {
    const outcome = inspectWorkbook(canonicalWorkbook([indicatorRow("A1")]));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.sheet).toBe("Indicators");
    expect(outcome.quarters.map((q) => q.label)).toEqual(["Q3 2017/18", "Q4 2017/18", "Q1 2018/19", "Q2 2018/19"]);
    expect(outcome.defaultQuarter?.label).toBe("Q2 2018/19");
    expect(outcome.layout.headerRow).toBe(0);
  });

  it("defaults to the latest quarter with a number among contract rows", () => {
    const rows = [
      indicatorRow("A1", { "Q2 2018/19": null }),
      indicatorRow("A2", { "Q2 2018/19": "tbc" }),
      indicatorRow("V1", { Type: "Volumetric", "Q2 2018/19": 40 }),
    ];
    const outcome = inspectWorkbook(canonicalWorkbook(rows));
    expect(outcome.ok && outcome.defaultQuarter?.label).toBe("Q1 2018/19");
    expect(runOk(canonicalWorkbook(rows)).quarter.label).toBe("Q1 2018/19");
  });

  it("has no default quarter when there are no numbers at all; a run then takes the latest", () => {
    const blank = { "Q3 2017/18": null, "Q4 2017/18": null, "Q1 2018/19": null, "Q2 2018/19": null };
    const workbook = canonicalWorkbook([indicatorRow("A1", blank)]);
    const outcome = inspectWorkbook(workbook);
    expect(outcome.ok && outcome.defaultQuarter).toBeNull();
    expect(runOk(workbook).quarter.label).toBe("Q2 2018/19");
  });

  it("fails with one clear line when there is no table", () => {
    const outcome = inspectWorkbook(workbookOf(buildSheet({ name: "Notes", header: ["Hello"], rows: [] })));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.kind).toBe("noTable");
      expect(outcome.failure.message).not.toContain("\n");
    }
  });
});

describe("runEngine options", () => {
  const workbook = canonicalWorkbook([indicatorRow("A1")]);

  it("rejects a quarter the table does not have, or text that is not a quarter", () => {
    const missing = runEngine(workbook, { quarter: "Q3 2018/19" });
    expect(!missing.ok && missing.failure).toMatchObject({ kind: "noQuarter", message: 'Sheet "Indicators" has no column for Q3 2018/19; its quarters run from Q3 2017/18 to Q2 2018/19.' });
    const unreadable = runEngine(workbook, { quarter: "last one" });
    expect(!unreadable.ok && unreadable.failure.kind).toBe("noQuarter");
    expect(!unreadable.ok && unreadable.failure.message).toBe('"last one" is not a quarter — write it like Q2 2018/19.');
  });

  it("rejects an unknown sheet", () => {
    const outcome = runEngine(workbook, { sheet: "Q2" });
    expect(!outcome.ok && outcome.failure.kind).toBe("noSheet");
  });

  it("records the tolerance mode, and ignores one it does not know", () => {
    expect(runOk(workbook, { toleranceMode: "points" }).toleranceMode).toBe("points");
    expect(runOk(workbook, { toleranceMode: "band" as never }).toleranceMode).toBe("threshold");
  });

  it("lists volumetric rows with noTarget and a classification per indicator", () => {
    const result = runOk(canonicalWorkbook([indicatorRow("A1"), indicatorRow("V1", { Type: "Volumetric" })]));
    expect(result.classifications.map((c) => [c.ref, c.status])).toEqual([["A1", "onTarget"], ["V1", "noTarget"]]);
    expect(Array.isArray(result.commentary)).toBe(true);
  });

  it("reuses a status column from an earlier run and does not read it", () => {
    const sheet = buildSheet({
      header: [...CANONICAL_HEADER, "Status Q2 2018/19"],
      rows: [{ ...(indicatorRow("A1") as object), "Status Q2 2018/19": "Outside tolerance" }],
    });
    const result = runOk(workbookOf(sheet));
    expect(result.layout.existingStatusColumn).toBe(12);
    expect(result.findings).toEqual([]);
  });
});

describe("runEngine never throws", () => {
  const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.double(),
    fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, 0.91),
    fc.string({ maxLength: 12 }),
    fc.constantFrom("Ref", "Indicator", "Q2 2018/19", "2018/19 Q1", "Target", "Tolerance", "Polarity", "Higher", "Lower", "%", "n/a", "c", "Status Q2 2018/19", "Volumetric", "27%", "1,898"),
    fc.boolean(),
    fc.constantFrom({ error: "#DIV/0!" }, { error: "#N/A" }),
  );
  const format = fc.option(fc.constantFrom("0%", "0.0%", "General", '"%"0', "[Red]0.00", "#,##0", ""), { nil: undefined });
  const sheet: fc.Arbitrary<SheetGrid> = fc.record({
    name: fc.string({ maxLength: 10 }),
    top: fc.nat(5),
    left: fc.nat(5),
    values: fc.array(fc.array(cellValue, { maxLength: 10 }), { maxLength: 15 }),
    formats: fc.option(fc.array(fc.array(format, { maxLength: 10 }), { maxLength: 15 }), { nil: undefined }),
  });
  const workbook: fc.Arbitrary<WorkbookGrid> = fc.record({ sheets: fc.array(sheet, { maxLength: 3 }), activeSheet: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }) });
  const options = fc.record(
    {
      quarter: fc.constantFrom("Q2 2018/19", "Q1 2018/19", "nonsense", ""),
      sheet: fc.string({ maxLength: 10 }),
      toleranceMode: fc.constantFrom("threshold", "points", "percent" as const),
      columnOverrides: fc.record({ ref: fc.integer({ min: -2, max: 12 }), target: fc.integer({ min: -2, max: 12 }) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );

  it("on any grid, with any options", () => {
    fc.assert(
      fc.property(workbook, options, (wb, opts) => {
        const outcome = runEngine(wb, opts);
        const inspected = inspectWorkbook(wb, opts);
        expect(typeof outcome.ok).toBe("boolean");
        expect(typeof inspected.ok).toBe("boolean");
        if (!outcome.ok) expect(outcome.failure.message).not.toMatch(/could not be read/);
        else expect(outcome.result.classifications).toHaveLength(outcome.result.indicators.length);
      }),
      { numRuns: 400 },
    );
  });

  it("on tables shaped like real ones but full of faults", () => {
    const messy = fc.array(fc.array(cellValue, { minLength: 12, maxLength: 12 }), { maxLength: 30 });
    fc.assert(
      fc.property(messy, fc.constantFrom("threshold", "points", "percent" as const), (rows, mode) => {
        const outcome = runEngine(canonicalWorkbook(rows), { toleranceMode: mode });
        expect(outcome.ok).toBe(true);
        if (outcome.ok) {
          for (const f of outcome.result.findings) expect(f.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("on empty and degenerate workbooks", () => {
    const odd = [
      { sheets: [] },
      { sheets: [{ name: "Empty", top: 0, left: 0, values: [] }] },
      { sheets: [{ name: "Ragged", top: 0, left: 0, values: [["Ref", "Q2 2018/19"], [], ["A1"], ["A2", 5, 6, 7]] }] },
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

describe("performance", () => {
  it("reads and classifies 50,000 rows × 20 quarters in a few seconds", () => {
    const quarters = Array.from({ length: 20 }, (_, i) => `Q${(i % 4) + 1} ${2014 + Math.floor(i / 4)}/${String(15 + Math.floor(i / 4)).padStart(2, "0")}`);
    const header = ["Ref", "Indicator", "Service area", "Polarity", "Unit", "Target", "Tolerance", ...quarters];
    const values: CellValue[][] = [header];
    const formats: (string | undefined)[][] = [[]];
    const fmtRow = header.map((_, c) => (c >= 7 ? "0.0%" : undefined));
    for (let r = 0; r < 50_000; r++) {
      const row: CellValue[] = [`R${r}`, `Indicator ${r}`, `Area ${r % 7}`, r % 2 ? "Higher is better" : "Lower is better", "%", 0.5, r % 2 ? 0.45 : 0.55];
      for (let q = 0; q < 20; q++) row.push(((r * 31 + q * 17) % 100) / 100);
      values.push(row);
      formats.push(fmtRow);
    }
    const workbook = { sheets: [{ name: "Big", top: 0, left: 0, values, formats }] };
    const start = Date.now();
    const result = runOk(workbook);
    const ms = Date.now() - start;
    expect(result.summary.total.count).toBe(50_000);
    expect(result.findings).toHaveLength(0);
    expect(ms).toBeLessThan(8000);
  });
});
