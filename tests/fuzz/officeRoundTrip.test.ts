/**
 * Properties of the Office.js adapter over the fake Excel, on generated tables with the analyst's
 * notes beside them: a run changes no value, formula or number format of the analyst's cells (it
 * adds only its status column and fills), and Classify then Clear gives the sheet back exactly.
 */
import fc from "fast-check";
import { createExcelPort } from "../../src/excel/excelPort";
import { defaultEngine } from "../../src/excel/engineBinding";
import { memorySettingsStore } from "../../src/excel/settingsStore";
import { fakeRun, WorkbookData } from "../excel/fake";
import { sheetSnapshot } from "../excel/helpers";
import { grid, QUARTERS, table } from "./tables";

type FakeValue = string | number | boolean | null | { error: string };

const note = fc.oneof(
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }),
  fc.constantFrom<FakeValue>("=SUM(A1:A3)", "@home", "0012", "Status", "n/a"),
  fc.integer({ min: -1000, max: 1000 }),
  fc.boolean()
);

const spec = fc.record({
  table,
  notes: fc.array(
    fc.record({
      row: fc.integer({ min: 0, max: 40 }),
      col: fc.integer({ min: 12, max: 18 }),
      value: note,
    }),
    { maxLength: 15 }
  ),
  preformatted: fc.array(
    fc.record({
      row: fc.integer({ min: 1, max: 30 }),
      col: fc.integer({ min: 0, max: 14 }),
      fill: fc.constantFrom("#FFFF00", "#123456"),
    }),
    {
      maxLength: 8,
    }
  ),
});

type Spec = typeof spec extends fc.Arbitrary<infer T> ? T : never;

function workbookOf({ table: t, notes, preformatted }: Spec): WorkbookData {
  const data = new WorkbookData();
  const sheet = data.fill("Indicators", grid(t.rows).sheets[0].values as FakeValue[][]);
  for (const n of notes) data.fill("Indicators", [[n.value]], { top: n.row, left: n.col });
  // The analyst's own fills, some on cells the run will colour.
  for (const p of preformatted) sheet.touch(p.row, p.col).format.fill = p.fill;
  data.activeSheet = "Indicators";
  return data;
}

/**
 * Cells whose value, formula or number format differ. The run's status column may fill cells that
 * were empty (under a `Status Q…` heading); a cell that held something before is always compared.
 */
function changedAnalystCells(before: Record<string, unknown>, data: WorkbookData): string[] {
  const sheet = data.sheet("Indicators")!;
  const statusCols = new Set<number>();
  for (const [key, cell] of sheet.cells)
    if (typeof cell.value === "string" && /^Status Q[1-4] /.test(cell.value))
      statusCols.add(Number(key.split(",")[1]));
  const after = sheetSnapshot(data, "Indicators");
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const seen = (snapshot: Record<string, unknown>, key: string) => {
    const cell = snapshot[key] as
      { value?: unknown; formula?: unknown; format?: { numberFormat?: unknown } } | undefined;
    return JSON.stringify([
      cell?.value ?? "",
      cell?.formula ?? null,
      cell?.format?.numberFormat ?? "General",
    ]);
  };
  const wasEmpty = (key: string) => seen(before, key) === JSON.stringify(["", null, "General"]);
  return [...keys].filter(
    (key) =>
      !(statusCols.has(Number(key.split(",")[1])) && wasEmpty(key)) &&
      seen(before, key) !== seen(after, key)
  );
}

/** The case the ExcelJS round trip found: "Updated" and a number on the header row, right of the table. */
const HEADER_ROW_NUMBER: Spec = {
  table: {
    rows: [
      {
        type: "Contract",
        area: "Early Help",
        clean: { polarity: "higher", target: 20, threshold: null },
        cells: ["Early Help", "Contract", "Higher is better", "Number", 20, 15, 18, 19, 20, 21],
      },
    ],
    quarter: 1,
  },
  notes: [
    { row: 0, col: 13, value: "Updated" },
    { row: 0, col: 14, value: 43376 },
  ],
  preformatted: [],
};

describe("Office.js adapter round trip (fake Excel)", () => {
  it(`a run changes no value, formula or number format of the analyst's cells`, async () => {
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        const data = workbookOf(s);
        const before = sheetSnapshot(data, "Indicators");
        const port = createExcelPort({
          engine: defaultEngine,
          run: fakeRun(data),
          settings: memorySettingsStore(),
          isSetSupported: () => true,
        });
        const outcome = await port.classify(QUARTERS[s.table.quarter]);
        expect(outcome.ok).toBe(true);
        expect(changedAnalystCells(before, data)).toEqual([]);
      }),
      { numRuns: 60, examples: [[HEADER_ROW_NUMBER]] }
    );
  });

  it(`Classify then Clear gives the analyst's sheet back exactly`, async () => {
    await fc.assert(
      fc.asyncProperty(spec, fc.boolean(), async (s, twice) => {
        const data = workbookOf(s);
        const before = sheetSnapshot(data, "Indicators");
        const port = createExcelPort({
          engine: defaultEngine,
          run: fakeRun(data),
          settings: memorySettingsStore(),
          isSetSupported: () => true,
        });
        await port.classify(QUARTERS[s.table.quarter]);
        if (twice) await port.classify(QUARTERS[(s.table.quarter + 1) % QUARTERS.length]);
        await port.clear();
        expect(sheetSnapshot(data, "Indicators")).toEqual(before);
      }),
      { numRuns: 60, examples: [[HEADER_ROW_NUMBER, false]] }
    );
  });

  it("classifying the same quarter twice leaves every sheet as classifying once", async () => {
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        const data = workbookOf(s);
        const port = createExcelPort({
          engine: defaultEngine,
          run: fakeRun(data),
          settings: memorySettingsStore(),
          isSetSupported: () => true,
        });
        await port.classify(QUARTERS[s.table.quarter]);
        const once = data.sheets.map((sheet) => [
          sheet.name,
          sheet.visibility,
          sheetSnapshot(data, sheet.name),
        ]);
        await port.classify(QUARTERS[s.table.quarter]);
        expect(
          data.sheets.map((sheet) => [
            sheet.name,
            sheet.visibility,
            sheetSnapshot(data, sheet.name),
          ])
        ).toEqual(once);
      }),
      { numRuns: 40 }
    );
  });
});
