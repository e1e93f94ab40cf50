import fc from "fast-check";
import { summarise } from "../../src/engine/summary";
import type { CellValue } from "../../src/engine/types";
import { canonicalWorkbook, indicatorRow } from "./support/grid";
import { runOk } from "./support/run";

/** The seed report's table (paragraph 18): per area, [outside, inside, on target]. */
const SEED: [string, number, number, number][] = [
  ["Social Care Pathway", 1, 2, 4],
  ["Children in Care", 1, 0, 4],
  ["Youth Offending Services", 0, 2, 1],
  ["Family Support Services", 0, 1, 1],
  ["Workforce", 0, 0, 3],
];

describe("summary", () => {
  it("reproduces the seed's table: areas in workbook order, totals 2/5/13/0 of 20 -> 10/25/65/0", () => {
    const rows = SEED.flatMap(([area, outside, inside, on], a) => [
      ...Array.from({ length: outside }, (_, i) =>
        indicatorRow(`${a}o${i}`, { "Service area": area, "Q2 2018/19": 80 })
      ),
      ...Array.from({ length: inside }, (_, i) =>
        indicatorRow(`${a}i${i}`, { "Service area": area, "Q2 2018/19": 87 })
      ),
      ...Array.from({ length: on }, (_, i) =>
        indicatorRow(`${a}t${i}`, { "Service area": area, "Q2 2018/19": 95 })
      ),
      indicatorRow(`${a}v`, { "Service area": area, Type: "Volumetric", "Q2 2018/19": 12 }),
    ]);
    const { summary } = runOk(canonicalWorkbook(rows));
    expect(
      summary.areas.map((r) => [r.area, r.outsideTolerance, r.insideTolerance, r.onTarget])
    ).toEqual(SEED);
    expect(summary.total).toEqual({
      outsideTolerance: 2,
      insideTolerance: 5,
      onTarget: 13,
      noTarget: 0,
      notClassified: 0,
      count: 20,
    });
    expect(summary.percent).toEqual({
      outsideTolerance: 10,
      insideTolerance: 25,
      onTarget: 65,
      noTarget: 0,
      notClassified: 0,
    });
  });

  it("counts notClassified in the total", () => {
    const { summary } = runOk(
      canonicalWorkbook([indicatorRow("A1"), indicatorRow("A2", { "Q2 2018/19": "n/a" })])
    );
    expect(summary.total).toMatchObject({ onTarget: 1, notClassified: 1, count: 2 });
    expect(summary.percent).toMatchObject({ onTarget: 50, notClassified: 50 });
  });

  it("is empty, with zero percentages, when there are no contract indicators", () => {
    expect(summarise([], [])).toEqual({
      areas: [],
      total: {
        outsideTolerance: 0,
        insideTolerance: 0,
        onTarget: 0,
        noTarget: 0,
        notClassified: 0,
        count: 0,
      },
      percent: {
        outsideTolerance: 0,
        insideTolerance: 0,
        onTarget: 0,
        noTarget: 0,
        notClassified: 0,
      },
    });
  });

  it("always adds up: counts to the number of contract indicators, percentages to 100", () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.integer({ min: -10, max: 110 }),
      fc.constantFrom("n/a", "c", "", null, "x1")
    );
    const row = fc.record({
      type: fc.constantFrom("Contract", "Volumetric", ""),
      area: fc.constantFrom("A", "B", "C", null),
      target: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(null)),
      value: cell,
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const workbook = canonicalWorkbook(
          rows.map((r, i) =>
            indicatorRow(`R${i}`, {
              Type: r.type,
              "Service area": r.area,
              Target: r.target,
              "Q2 2018/19": r.value,
            })
          )
        );
        const result = runOk(workbook, { quarter: "Q2 2018/19" });
        const contract = result.indicators.filter((i) => i.type === "contract").length;
        const { total, percent, areas } = result.summary;
        expect(total.count).toBe(contract);
        expect(
          total.outsideTolerance +
            total.insideTolerance +
            total.onTarget +
            total.noTarget +
            total.notClassified
        ).toBe(contract);
        expect(
          areas.reduce(
            (a, r) =>
              a +
              r.outsideTolerance +
              r.insideTolerance +
              r.onTarget +
              r.noTarget +
              r.notClassified,
            0
          )
        ).toBe(contract);
        const sum = Object.values(percent).reduce((a, b) => a + b, 0);
        expect(sum).toBe(contract > 0 ? 100 : 0);
      }),
      { numRuns: 60 }
    );
  });
});
