/**
 * Status labels and fills written in few bytes (statusWrites.ts, fills.ts): a run painted in its
 * main label / colour, the other cells over it. Whatever the order of statuses, every cell must
 * end with its own label and colour. Expected by hand from indicatorWorkbook: target 90,
 * tolerance 80, higher is better; Q2 values cycle 95, 85, 70, 91, 60 → on target, inside,
 * outside, on target, outside; default palette colours.
 */
import { planPainting } from "../../src/excel/fills";
import { classifyInContext } from "../../src/excel/classify";
import { asExcel, FakeRequestContext } from "./fake";
import { indicatorWorkbook, Q2_COLUMN } from "./helpers";

const ON = { label: "On or better than target", fill: "#8ED1B5" };
const INSIDE = { label: "Inside tolerance", fill: "#FFE07A" };
const OUTSIDE = { label: "Outside tolerance", fill: "#EE8C7A" };
const CYCLE = [ON, INSIDE, OUTSIDE, ON, OUTSIDE];

describe("packed status writes", () => {
  it("paints a run in its most frequent colour and only the other cells over it", () => {
    const cell = (row: number) => ({ row, col: 2 });
    const painting = planPainting([
      { status: "onTarget", color: "#A", cells: [cell(1), cell(2), cell(4)] },
      { status: "insideTolerance", color: "#B", cells: [cell(3)] },
      { status: "outsideTolerance", color: "#C", cells: [cell(5), cell(9)] },
    ]);
    // Rows 1–5 are one run (A ×3, B, C): A over all of it, then B on 3 and C on 5; row 9 alone.
    expect([...painting.base]).toEqual([["#A", [{ col: 2, top: 1, bottom: 5 }]]]);
    expect(Object.fromEntries(painting.cells)).toEqual({
      "#B": [cell(3)],
      "#C": [cell(5), cell(9)],
    });
  });

  it.each([
    ["desktop", Number.POSITIVE_INFINITY],
    ["web", 4_000_000],
  ])(
    "every status cell and value cell ends with its own label and colour (%s)",
    async (_host, limit) => {
      const rows = 3_007;
      const data = indicatorWorkbook(rows);
      const run = await classifyInContext(asExcel(new FakeRequestContext(data)), {
        requestLimit: limit,
      });
      if (!run.outcome.ok) throw new Error(run.outcome.message);
      const statusColumn = run.outcome.result.layout.lastColumn + 1;
      const sheet = data.sheet("Indicators")!;
      for (let i = 0; i < rows; i++) {
        const expected = CYCLE[i % CYCLE.length];
        const status = sheet.get(i + 1, statusColumn)!;
        expect([i, status.value, status.format.numberFormat, status.format.fill]).toEqual([
          i,
          expected.label,
          "@",
          expected.fill,
        ]);
        expect([i, sheet.get(i + 1, Q2_COLUMN)?.format.fill]).toEqual([i, expected.fill]);
      }
    },
    60_000
  );
});
