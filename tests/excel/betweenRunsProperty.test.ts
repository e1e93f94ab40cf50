/**
 * Property (issue 10), Office.js adapter over the fake Excel: random row and column insertions
 * and deletions between two runs (Excel moves the cells; the adapter reads no defined name, so
 * the fake need not move one) never change or lose a value of the analyst's, and Clear after
 * them restores the sheet exactly as the edits left it, or refuses and changes nothing.
 */
import fc from "fast-check";
import { createExcelPort } from "../../src/excel/excelPort";
import { defaultEngine } from "../../src/excel/engineBinding";
import { memorySettingsStore } from "../../src/excel/settingsStore";
import { fakeRun, type WorkbookData } from "./fake";
import { indicatorWorkbook, Q2_COLUMN, sheetSnapshot } from "./helpers";

type Edit = { axis: "rows" | "columns"; at: number; count: 1 | -1; indicator?: number };

const PRODUCT_TEXT =
  /^(Status Q.*|On or better than target|Inside tolerance|Outside tolerance|No target specified|Not classified|Volumetric \(not rated\))$/;

function portFor(data: WorkbookData) {
  return createExcelPort({
    engine: defaultEngine,
    run: fakeRun(data),
    settings: memorySettingsStore({}),
    isSetSupported: () => true,
  });
}

function analystWorkbook(): WorkbookData {
  const data = indicatorWorkbook(5);
  data.fill("Indicators", [["Regional"], [93], [84], [71], [90], [60]], { left: Q2_COLUMN + 1 });
  data.sheet("Indicators")!.touch(2, Q2_COLUMN).format.fill = "#ABCDEF";
  data.sheet("Indicators")!.touch(3, Q2_COLUMN + 1).format.numberFormat = "0.0";
  return data;
}

function applyEdit(data: WorkbookData, edit: Edit): void {
  data.sheet("Indicators")!.splice(edit.axis, edit.at, edit.count);
  if (edit.axis === "rows" && edit.count === 1 && edit.indicator !== undefined)
    data.fill(
      "Indicators",
      [[`N${edit.indicator}`, "New one", "Early help", "Higher is better", "%", 90, 80, 88, 91]],
      { top: edit.at }
    );
}

function analystValues(data: WorkbookData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, cell] of data.sheet("Indicators")!.cells) {
    const v = cell.value;
    if (v === "" || (typeof v === "string" && PRODUCT_TEXT.test(v))) continue;
    values[key] = v;
  }
  return values;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  axis: fc.constantFrom("rows" as const, "columns" as const),
  at: fc.integer({ min: 0, max: 11 }),
  count: fc.constantFrom(1 as const, -1 as const),
  indicator: fc.option(fc.nat(99), { nil: undefined }),
});

const tally = { restored: 0, refused: 0 };

async function scenario(edits: Edit[]): Promise<void> {
  const data = analystWorkbook();
  expect((await portFor(data).classify("Q2 2018/19")).ok).toBe(true);
  const pristine = analystWorkbook();
  for (const e of edits) {
    applyEdit(data, e);
    applyEdit(pristine, e);
  }
  const before = sheetSnapshot(data, "Indicators");
  const rerun = await portFor(data)
    .classify("Q2 2018/19")
    .catch(() => null);
  if (rerun === null) expect(sheetSnapshot(data, "Indicators")).toEqual(before);
  expect(analystValues(data)).toEqual(analystValues(pristine));
  const beforeClear = sheetSnapshot(data, "Indicators");
  try {
    await portFor(data).clear();
  } catch {
    expect(sheetSnapshot(data, "Indicators")).toEqual(beforeClear);
    tally.refused++;
    return;
  }
  expect(sheetSnapshot(data, "Indicators")).toEqual(sheetSnapshot(pristine, "Indicators"));
  tally.restored++;
}

describe("Office.js adapter: edits between runs", () => {
  it("never change an analyst value; Clear restores exactly or refuses", async () => {
    await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), scenario), {
      numRuns: 100,
    });
    expect(tally.restored).toBeGreaterThan(tally.refused);
  }, 120_000);
});
