/**
 * A plain fraction typed as a target, threshold or benchmark in a row of percentages is read as a
 * percentage, with a warning at its cell; expected statuses worked out by hand below.
 */
import fc from "fast-check";
import { runEngine } from "../../src/engine/run";
import { onRowScale, percentRowMiddle, type ScaleRow } from "../../src/engine/percentScale";
import type { CellValue, RunResult, SourcedNumber } from "../../src/engine/types";

const HEADER = [
  "Ref",
  "Indicator",
  "Service area",
  "Polarity",
  "Target",
  "Tolerance",
  "Q1 2018/19",
  "Q2 2018/19",
  "National",
];

/** One indicator row; `formats` by column letter E (target) … I (national). */
function run(row: CellValue[], formats: Record<string, string>): RunResult {
  const letters = "ABCDEFGHI";
  const rowFormats = [...letters].map((l) => formats[l]);
  const outcome = runEngine(
    { sheets: [{ name: "S", top: 0, left: 0, values: [HEADER, row], formats: [[], rowFormats] }] },
    { quarter: "Q2 2018/19" }
  );
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.result;
}

const codesAt = (result: RunResult) =>
  result.findings.filter((f) => f.code === "value.fractionAsPercent").map((f) => f.cell);

describe("a plain fraction in a row of percentages", () => {
  it("reads target 0.9 and tolerance 0.85 as 90% and 85%: 80% is outside tolerance", () => {
    // Values 91% and 80% (stored 0.91, 0.80, formatted 0%). Read as 0.9 and 0.85 points, 80%
    // would be "on or better than target"; as 90% / 85%, 80 < 85 is outside tolerance.
    const result = run(
      ["A1", "Timeliness", "Area", "Higher is better", 0.9, 0.85, 0.91, 0.8, 0.95],
      { G: "0%", H: "0%" }
    );
    expect(result.classifications[0].status).toBe("outsideTolerance");
    expect(result.indicators[0].target).toMatchObject({ value: 90, percent: true });
    expect(result.indicators[0].tolerance).toMatchObject({ value: 85, percent: true });
    expect(result.indicators[0].benchmarks[0].value).toMatchObject({ value: 95, percent: true });
    expect(codesAt(result)).toEqual(["S!E2", "S!F2", "S!I2"]);
    const target = result.findings.find((f) => f.cell === "S!E2");
    expect(target).toMatchObject({ severity: "warning", ref: "A1" });
    expect(target?.message).toBe(
      "E2: the target is 0.9 with no % format, in a row of percentages (around 91%); it was read as 90% — format the cell as a percentage (or type 90%) to confirm."
    );
  });

  it("does the same with a % unit and values typed as points (93 beside target 0.9)", () => {
    const header = [...HEADER.slice(0, 8), "Unit"];
    const outcome = runEngine(
      {
        sheets: [
          {
            name: "S",
            top: 0,
            left: 0,
            values: [header, ["A1", "T", "Area", "Higher is better", 0.9, 0.85, 91, 88, "%"]],
          },
        ],
      },
      { quarter: "Q2 2018/19" }
    );
    if (!outcome.ok) throw new Error(outcome.failure.message);
    // 88 against 90 (target) and 85 (threshold): inside tolerance.
    expect(outcome.result.classifications[0].status).toBe("insideTolerance");
  });

  it("leaves a figure that is already a percentage, or nearer the values as it stands", () => {
    // %-formatted target: 0.9 → 90 by its own format, no finding.
    const formatted = run(["A1", "T", "Area", "Higher is better", 0.9, 0.85, 0.91, 0.93, null], {
      E: "0%",
      F: "0%",
      G: "0%",
      H: "0%",
    });
    expect(codesAt(formatted)).toEqual([]);
    expect(formatted.classifications[0].status).toBe("onTarget");
    // Small rates: values 0.4% and 0.6%, target 0.5 (lower is better). 0.5 points is nearer
    // 0.4–0.6 than 50 is, so it stays 0.5%; 0.6 > 0.5 is not on target.
    const small = run(
      ["R1", "Re-referrals", "Area", "Lower is better", 0.5, 0.7, 0.004, 0.006, null],
      { G: "0.0%", H: "0.0%" }
    );
    expect(codesAt(small)).toEqual([]);
    expect(small.indicators[0].target?.value).toBe(0.5);
    expect(small.classifications[0].status).toBe("insideTolerance");
    // A count row: 0.9 is 0.9.
    const count = run(["C1", "Visits", "Area", "Higher is better", 0.9, 0.5, 3, 4, null], {});
    expect(codesAt(count)).toEqual([]);
    expect(count.indicators[0].target?.value).toBe(0.9);
  });
});

describe("a plain fraction in a target column for a year (Target 2017/18, Target 2018/19)", () => {
  it("reads each year's target as a percentage, once per cell, and rates against its own", () => {
    const header = [
      "Ref",
      "Indicator",
      "Polarity",
      "Target 2017/18",
      "Target 2018/19",
      "Q4 2017/18",
      "Q2 2018/19",
    ];
    // Q4 2017/18 86% against 2017/18's 0.85 (85%): on target. Q2 2018/19 88% against 2018/19's
    // 0.9 (90%), higher is better, no tolerance: outside tolerance. Read as 0.85 and 0.9
    // points, both would have been "on or better than target".
    const outcome = runEngine(
      {
        sheets: [
          {
            name: "S",
            top: 0,
            left: 0,
            values: [header, ["A1", "Timeliness", "Higher is better", 0.85, 0.9, 0.86, 0.88]],
            formats: [[], [undefined, undefined, undefined, undefined, undefined, "0%", "0%"]],
          },
        ],
      },
      { quarter: "Q2 2018/19" }
    );
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const { indicators, classifications } = outcome.result;
    expect(classifications[0].status).toBe("outsideTolerance");
    expect(indicators[0].target?.value).toBe(90);
    expect(indicators[0].periodTargets?.map((t) => t?.target.value)).toEqual([85, 90]);
    expect(codesAt(outcome.result).sort()).toEqual(["S!D2", "S!E2"]);
  });
});

describe("a text target that names a benchmark typed as a plain fraction", () => {
  it("compares with the benchmark as a percentage, with one finding at its cell", () => {
    // "Above national average" with National 0.88 (no format): 88%. Q2's 85% is below it, and no
    // tolerance is set: outside tolerance. Read as 0.88 points, 85% would be "on target".
    const result = run(
      [
        "A1",
        "Timeliness",
        "Area",
        "Higher is better",
        "Above national average",
        null,
        0.9,
        0.85,
        0.88,
      ],
      { G: "0%", H: "0%" }
    );
    expect(result.indicators[0].target?.value).toBe(88);
    expect(result.classifications[0].status).toBe("outsideTolerance");
    expect(codesAt(result)).toEqual(["S!I2"]);
  });
});

describe("onRowScale laws", () => {
  const figure = (value: number): SourcedNumber => ({
    value,
    cell: "S!E2",
    decimals: 2,
    percent: false,
  });
  const rowWith = (typed: number, format: string | undefined, values: number[]): ScaleRow => ({
    unit: "none",
    cells: [typed, ...values],
    formats: [format, ...values.map(() => "0%")],
    left: 0,
    quarterColumns: values.map((_, i) => ({ column: i + 1 })),
  });
  const fractions = fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), {
    minLength: 1,
    maxLength: 8,
  });

  it("changes only a plain number within ±1, and then exactly to its percentage", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.constantFrom(undefined, "0%", "0.0%", "General", "0.00"),
        fractions,
        (typed, format, values) => {
          const row = rowWith(typed, format, values);
          const read = onRowScale(figure(typed), row, 0, () => percentRowMiddle(row));
          const plain = format === undefined || !format.includes("%");
          if (!plain || typed === 0 || Math.abs(typed) > 1) expect(read?.value).toBe(typed);
          else if (read?.value !== typed) {
            expect(read?.value).toBeCloseTo(typed * 100, 8);
            expect(read?.percent).toBe(true);
          }
        }
      )
    );
  });

  it("picks the reading nearer, as a ratio, the middle of the row's percentages", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.0001, max: 1, noNaN: true }), fractions, (typed, values) => {
        const row = rowWith(typed, undefined, values);
        const middle = percentRowMiddle(row)!;
        const read = onRowScale(figure(typed), row, 0, () => middle)!.value;
        const other = read === typed ? typed * 100 : typed;
        const off = (x: number) => Math.abs(Math.log(x / middle));
        expect(off(read)).toBeLessThanOrEqual(off(other) + 1e-9);
      })
    );
  });
});

describe("the rated value and points-mode bands on the row's scale (issue 21)", () => {
  const UNIT_HEADER = [...HEADER.slice(0, 8), "Unit"];
  function runUnit(row: CellValue[], formats: Record<string, string>, mode?: "points"): RunResult {
    const rowFormats = [..."ABCDEFGHI"].map((l) => formats[l]);
    const outcome = runEngine(
      {
        sheets: [
          { name: "S", top: 0, left: 0, values: [UNIT_HEADER, row], formats: [[], rowFormats] },
        ],
      },
      { quarter: "Q2 2018/19", ...(mode ? { toleranceMode: mode } : {}) }
    );
    if (!outcome.ok) throw new Error(outcome.failure.message);
    return outcome.result;
  }
  const at = (result: RunResult, cell: string) => result.findings.filter((f) => f.cell === cell);

  it("reads a pasted 0.91 among values typed as points (88) as 91%, with a warning at its cell", () => {
    // Target 90, tolerance 85: 91 is on target; read as 0.91 it would be outside tolerance.
    const result = runUnit(["A1", "Timeliness", "Area", "Higher", 90, 85, 88, 0.91, "%"], {});
    expect(result.classifications[0].status).toBe("onTarget");
    expect(at(result, "S!H2")).toEqual([
      expect.objectContaining({ code: "value.fractionAsPercent", severity: "warning", ref: "A1" }),
    ]);
    expect(at(result, "S!H2")[0].message).toMatch(/^H2: .*read as 91%/);
  });

  it("uses the target when the value is the row's only one", () => {
    const result = runUnit(["A1", "Timeliness", "Area", "Higher", 90, 85, null, 0.91, "%"], {});
    expect(result.classifications[0].status).toBe("onTarget");
  });

  it("does not rate a value that fits neither reading: Not classified, an error at the cell", () => {
    // 0.2 beside 88: 20% or 0.2%? Neither is near; an earlier quarter's is only a warning.
    const result = runUnit(["A1", "Timeliness", "Area", "Higher", 90, 85, 88, 0.2, "%"], {});
    expect(result.classifications[0].status).toBe("notClassified");
    expect(at(result, "S!H2")).toEqual([
      expect.objectContaining({ code: "value.scaleUncertain", severity: "error" }),
    ]);
    const earlier = runUnit(["A1", "Timeliness", "Area", "Higher", 90, 85, 0.2, 88, "%"], {});
    expect(earlier.classifications[0].status).toBe("insideTolerance");
    expect(at(earlier, "S!G2")).toEqual([
      expect.objectContaining({ code: "value.scaleUncertain", severity: "warning" }),
    ]);
  });

  it("leaves fractions alone in a row that is all fractions, and values near the row as typed", () => {
    const fractions = runUnit(["A1", "T", "Area", "Higher", 0.9, 0.85, 0.88, 0.91, "%"], {});
    expect(fractions.findings.filter((f) => f.code === "value.scaleUncertain")).toEqual([]);
    const small = runUnit(["A1", "T", "Area", "Lower", 1, 2, 0.6, 0.5, "%"], {});
    expect(small.findings.filter((f) => f.cell === "S!H2")).toEqual([]);
  });

  it("reads a points-mode band 0.05 in a row of %-formatted fractions as 5 points", () => {
    // Target 90%, value 87%: with a band of 5 points, inside tolerance; of 0.05, outside.
    const result = runUnit(
      ["A1", "Timeliness", "Area", "Higher", 0.9, 0.05, 0.88, 0.87, "%"],
      { E: "0%", G: "0%", H: "0%" },
      "points"
    );
    expect(result.classifications[0].status).toBe("insideTolerance");
    expect(at(result, "S!F2")).toEqual([
      expect.objectContaining({ code: "value.fractionAsPercent", severity: "warning" }),
    ]);
  });

  it("property: a pasted fraction of a value near the row is rated as the same value typed as points", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 99 }),
        fc.integer({ min: 20, max: 99 }),
        (earlier, now) => {
          fc.pre(now / earlier < 2.5 && earlier / now < 2.5);
          const typed = runUnit(["A1", "T", "Area", "Higher", 90, 85, earlier, now, "%"], {});
          const pasted = runUnit(
            ["A1", "T", "Area", "Higher", 90, 85, earlier, now / 100, "%"],
            {}
          );
          expect(pasted.classifications[0].status).toBe(typed.classifications[0].status);
        }
      )
    );
  });
});
