/**
 * =PERF.STATUS, =PERF.DIRECTION and =PERF.SUMMARY against the engine: on every row of the bundled
 * sample, in each tolerance mode, a function given the row's own cells (values, number formats,
 * addresses) says exactly what the engine's run says for that row; then every status, each
 * polarity, the percent rule, and bad input (a FunctionInputError, shown as #VALUE!).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadWorkbook, readWorkbookGrid } from "../../src/xlsx";
import { runEngine } from "../../src/engine/run";
import { GridView } from "../../src/engine/grid";
import { cellAddress } from "../../src/engine/address";
import { STATUS_LABEL } from "../../src/engine/types";
import type { ColumnKey, RunResult, SheetGrid, ToleranceMode } from "../../src/engine/types";
import { VOLUMETRIC_LABEL } from "../../src/engine/writePlan";
import { summaryRows } from "../../src/engine/summarySheet";
import {
  FunctionInputError,
  perfDirection,
  perfStatus,
  perfSummary,
  type Argument,
} from "../../src/functions/perfFunctions";

const SAMPLE = path.resolve(__dirname, "../../samples/performance-q2-2018-19.xlsx");

let grid: SheetGrid;
let view: GridView;
const runs = new Map<ToleranceMode, RunResult>();

beforeAll(async () => {
  const workbook = readWorkbookGrid(await loadWorkbook(new Uint8Array(readFileSync(SAMPLE))));
  for (const mode of ["threshold", "points", "percent"] as const) {
    const outcome = runEngine(workbook, { toleranceMode: mode });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    runs.set(mode, outcome.result);
  }
  const result = runs.get("threshold")!;
  grid = workbook.sheets.find((s) => s.name === result.sheet)!;
  view = new GridView(grid);
});

/** A cell of the sample as Excel hands it to a custom function: value, number format, address. */
function argAt(row: number, col: number | undefined): Argument {
  if (col === undefined) return { value: null };
  const value = view.value(row, col);
  return {
    value: value === null ? null : value,
    format: view.format(row, col) ?? "General",
    address: cellAddress(grid.name, row, col),
  };
}

function column(result: RunResult, key: ColumnKey): number | undefined {
  return result.layout.columns[key];
}

function expectedLabel(result: RunResult, i: number): string {
  const c = result.classifications[i];
  return c.status === "notClassified"
    ? `${STATUS_LABEL.notClassified}: ${c.reason}`
    : STATUS_LABEL[c.status];
}

describe("=PERF.STATUS on the sample's rows", () => {
  it.each(["threshold", "points", "percent"] as const)(
    "gives the engine's status for every contract row in %s mode",
    (mode) => {
      const result = runs.get(mode)!;
      const valueColumn = result.layout.quarterColumns.find(
        (q) => q.quarter.label === result.quarter.label
      )!.column;
      let compared = 0;
      result.indicators.forEach((indicator, i) => {
        if (indicator.type !== "contract") return;
        const row = indicator.row;
        const got = perfStatus(
          argAt(row, valueColumn),
          argAt(row, column(result, "target")),
          argAt(row, column(result, "tolerance")),
          argAt(row, column(result, "polarity")),
          { value: mode }
        );
        expect([indicator.ref, got]).toEqual([indicator.ref, expectedLabel(result, i)]);
        compared++;
      });
      expect(compared).toBe(result.summary.total.count);
    }
  );

  it("covers three statuses on the sample in threshold mode (the seed's 2 / 5 / 13)", () => {
    const total = runs.get("threshold")!.summary.total;
    expect([total.outsideTolerance, total.insideTolerance, total.onTarget]).toEqual([2, 5, 13]);
  });

  it("agrees with the engine for every quarter of every row, not only the latest", () => {
    const base = runs.get("threshold")!;
    for (const { quarter, column: valueColumn } of base.layout.quarterColumns) {
      const workbook = { sheets: [grid], activeSheet: grid.name };
      const outcome = runEngine(workbook, { quarter: quarter.label });
      if (!outcome.ok) throw new Error(outcome.failure.message);
      const result = outcome.result;
      result.indicators.forEach((indicator, i) => {
        if (indicator.type !== "contract" || indicator.periodTargets) return;
        const got = perfStatus(
          argAt(indicator.row, valueColumn),
          argAt(indicator.row, column(result, "target")),
          argAt(indicator.row, column(result, "tolerance")),
          argAt(indicator.row, column(result, "polarity"))
        );
        expect([quarter.label, indicator.ref, got]).toEqual([
          quarter.label,
          indicator.ref,
          expectedLabel(result, i),
        ]);
      });
    }
  });
});

const v = (value: unknown, format?: string, address?: string): Argument => ({
  value,
  format,
  address,
});

describe("=PERF.STATUS, each rule", () => {
  it.each([
    ["on target, higher is better", [91, 90, 85, "H"], "On or better than target"],
    ["inside tolerance", [88, 90, 85, "Higher is better"], "Inside tolerance"],
    ["outside tolerance", [80, 90, 85, "H"], "Outside tolerance"],
    ["on target, lower is better", [12, 15, 18, "L"], "On or better than target"],
    ["inside tolerance, lower is better", [16, 15, 18, "Lower is better"], "Inside tolerance"],
    ["outside tolerance, lower is better", [19, 15, 18, "Smaller is better"], "Outside tolerance"],
    ["no target", [80, null, 85, "H"], "No target specified"],
    ["a target written No target", [80, "No target", null, "H"], "No target specified"],
    ["text target ≥90%", ["91%", "≥90%", null, "H"], "On or better than target"],
    ["text target below 18%", ["19%", "below 18%", null, "L"], "Outside tolerance"],
    ["polarity from the tolerance side", [88, 90, 85, ""], "Inside tolerance"],
    ["polarity from a text target", [88, "at least 90", 85, ""], "Inside tolerance"],
    ["tolerance band 85-90%", ["87%", "90%", "85-90%", "H"], "Inside tolerance"],
    ["information only", [80, 90, 85, "Info"], "No target specified"],
  ])("%s", (_name, [value, target, tolerance, polarity], expected) => {
    expect(perfStatus(v(value), v(target), v(tolerance), v(polarity))).toBe(expected);
  });

  it.each([
    ["points", [87, 90, 5, "H"], "Inside tolerance"],
    ["points", [84, 90, 5, "H"], "Outside tolerance"],
    ["percent", [86, 90, 5, "H"], "Inside tolerance"],
    ["percent", [85, 90, 5, "H"], "Outside tolerance"],
    ["percent", [20, 20, 10, "L"], "On or better than target"],
    ["threshold", [87, 90, 85, "H"], "Inside tolerance"],
  ])("tolerance mode %s: %j", (mode, [value, target, tolerance, polarity], expected) => {
    expect(perfStatus(v(value), v(target), v(tolerance), v(polarity), v(mode))).toBe(expected);
  });

  it("reads a %-formatted value as the engine does (0.91 shown as 91% against a target of 90)", () => {
    expect(perfStatus(v(0.91, "0%"), v(90), v(85), v("H"))).toBe("On or better than target");
    // The same number in a General cell is 0.91, far below 90: the engine's answer too.
    expect(perfStatus(v(0.91, "General"), v(90), v(85), v("H"))).toBe("Outside tolerance");
  });

  it("applies the percent rule: a plain 0.9 target beside a value shown as 91% means 90%", () => {
    expect(perfStatus(v(0.88, "0%"), v(0.9), v(0.85), v("H"))).toBe("Inside tolerance");
  });

  it("says why a rating is not possible, naming the cell", () => {
    expect(perfStatus(v("abc", "General", "Indicators!N5"), v(90), v(85), v("H"))).toBe(
      'Not classified: Indicators!N5: the value for this period is "abc", which is not a number — type the figure, or n/a if there is none.'
    );
    expect(perfStatus(v(null), v(90), v(85), v("H"))).toBe(
      "Not classified: No value for this period."
    );
    expect(perfStatus(v("n/a"), v(90), v(85), v("H"))).toBe(
      "Not classified: Marked as having no figure for this period."
    );
    expect(perfStatus(v(80), v(90), v(85), v("sideways", undefined, "Indicators!E5"))).toMatch(
      /^Not classified: Indicators!E5: polarity "sideways" is not recognised/
    );
    expect(perfStatus(v(80), v(90), v(95), v("H"))).toMatch(
      /^Not classified: tolerance: polarity says Higher is better, but the tolerance threshold \(95\) is above the target/
    );
    expect(perfStatus(v(80), v(90), v(null), v("T"))).toMatch(
      /^Not classified: Polarity "T" \(close to target is best\) is not rated/
    );
    expect(perfStatus(v(80), v(90), v(-5), v("H"), v("points"))).toMatch(
      /^Not classified: tolerance: the tolerance band -5 puts the threshold/
    );
  });

  it("refuses input it cannot use with a message (#VALUE!), never a label", () => {
    expect(() => perfStatus(v(80), v(90), v(85), v("H"), v("band"))).toThrow(
      new FunctionInputError(
        'The mode "band" is not a tolerance mode — use "threshold" (the tolerance is the worst value still inside it), "points" or "percent" (a band around the target), or leave it out.'
      )
    );
    expect(() =>
      perfStatus(
        v([
          [80, 81],
          [1, 2],
        ]),
        v(90),
        v(85),
        v("H")
      )
    ).toThrow(/The value must be one cell or value, not a range/);
    expect(() => perfStatus(v({ not: "a cell" }), v(90), v(85), v("H"))).toThrow(
      FunctionInputError
    );
  });

  it("takes a one-cell range as its value", () => {
    expect(perfStatus(v([[91]]), v(90), v(85), v("H"))).toBe("On or better than target");
  });
});

describe("=PERF.DIRECTION", () => {
  it.each([
    ["up, higher is better", [95, 89, "H"], "Improved significantly"],
    ["down, higher is better", [89, 95, "H"], "Declined significantly"],
    ["down, lower is better", [12, 14, "L"], "Improved significantly"],
    ["up, lower is better", [14, 12, "Lower is better"], "Declined significantly"],
    ["slightly (under 5% of the earlier figure)", [102, 100, "H"], "Improved slightly"],
    ["very slightly (under 1%)", [100.5, 100, "H"], "Improved very slightly"],
    ["no change", [90, 90, "H"], "Unchanged"],
    ["information only", [120, 100, "Info"], "Increased significantly"],
  ])("%s", (_name, [current, previous, polarity], expected) => {
    expect(perfDirection(v(current), v(previous), v(polarity))).toBe(expected);
  });

  it("sizes a change against the tolerance band when one is given", () => {
    // Band 4 points: a change under 1 point is very slight, under 4 slight, else significant.
    expect(perfDirection(v(90.5), v(90), v("H"), v(4))).toBe("Improved very slightly");
    expect(perfDirection(v(92), v(90), v("H"), v(4))).toBe("Improved slightly");
    expect(perfDirection(v(95), v(90), v("H"), v(4))).toBe("Improved significantly");
    // % cells: 0.92 and 0.90 are 92% and 90%, a 2-point change against a band shown as 4%.
    expect(perfDirection(v(0.92, "0%"), v(0.9, "0%"), v("H"), v(0.04, "0%"))).toBe(
      "Improved slightly"
    );
  });

  it("follows the figures as shown: 91.6% to a cell showing 92% is still the exact change", () => {
    expect(perfDirection(v(0.915, "0%"), v(0.916, "0.0%"), v("H"))).toBe("Declined very slightly");
  });

  it("says when a figure is missing", () => {
    expect(perfDirection(v(null), v(90), v("H"))).toBe("No figure this period");
    expect(perfDirection(v(90), v("n/a"), v("H"))).toBe("No previous figure");
  });

  it("refuses what it cannot use (#VALUE!)", () => {
    expect(() => perfDirection(v("abc", undefined, "S!N5"), v(90), v("H"))).toThrow(
      'S!N5: the current figure is "abc", which is not a number — type the figure, or n/a if there is none.'
    );
    expect(() => perfDirection(v(91), v(90), v(""))).toThrow(/the polarity is blank/);
    expect(() => perfDirection(v(91), v(90), v("T"))).toThrow(/polarity "T" is not one/);
    expect(() => perfDirection(v(91), v(90), v("H"), v(-2))).toThrow(/negative/);
  });

  it("agrees with the commentary's direction for every rated row of the sample", () => {
    const result = runs.get("threshold")!;
    const quarterColumns = result.layout.quarterColumns;
    const at = quarterColumns.findIndex((q) => q.quarter.label === result.quarter.label);
    let compared = 0;
    for (const item of result.commentary) {
      const indicator = result.indicators.find((i) => i.ref === item.ref)!;
      if (indicator.type !== "contract" || indicator.cumulative || at < 1) continue;
      const [cur, prev] = [indicator.series[at].value, indicator.series[at - 1].value];
      if (!cur || !prev || !indicator.polarity) continue;
      const target = indicator.target?.value ?? null;
      const band =
        target !== null && indicator.threshold !== null && target !== indicator.threshold
          ? { value: Math.abs(target - indicator.threshold) }
          : undefined;
      const got = perfDirection(
        argAt(indicator.row, quarterColumns[at].column),
        argAt(indicator.row, quarterColumns[at - 1].column),
        { value: indicator.polarity === "higher" ? "H" : "L" },
        band
      );
      expect([item.ref, got]).toEqual([
        item.ref,
        item.direction === "No change" ? "Unchanged" : item.direction,
      ]);
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });
});

describe("=PERF.SUMMARY", () => {
  it("spills the Challenge summary's table from the sample's statuses and areas", () => {
    const result = runs.get("threshold")!;
    const statuses = result.indicators.map((indicator, i) =>
      indicator.type === "volumetric" ? VOLUMETRIC_LABEL : expectedLabel(result, i)
    );
    const table = perfSummary(
      { value: statuses.map((s) => [s]), address: "Indicators!Q2:Q40" },
      { value: result.indicators.map((i) => [i.area]) }
    );
    // The sheet's rows from the table's header row to its percentage row.
    const sheet = summaryRows(result).slice(3, 3 + table.length);
    expect(table).toEqual(sheet);
    expect(table[table.length - 1]).toEqual(["% of contract measures", "10%", "25%", "65%", "0%"]);
  });

  it("counts by area with largest-remainder percentages that add up to 100", () => {
    const table = perfSummary(
      {
        value: [
          ["Outside tolerance"],
          ["Inside tolerance"],
          ["On or better than target"],
          ["Not classified: No value for this period."],
          [""],
          [VOLUMETRIC_LABEL],
        ],
      },
      { value: [["A"], ["B"], ["A"], [""], ["B"], ["B"]] }
    );
    expect(table).toEqual([
      [
        "Service area",
        "Outside tolerance",
        "Inside tolerance",
        "On or better than target",
        "No target specified",
        "Not classified",
      ],
      ["A", 1, 0, 1, 0, 0],
      ["B", 0, 1, 0, 0, 0],
      ["Other indicators", 0, 0, 0, 0, 1],
      ["Total", 1, 1, 1, 0, 1],
      ["% of contract measures", "25%", "25%", "25%", "0%", "25%"],
    ]);
  });

  it("without areas, counts the whole table", () => {
    const table = perfSummary({ value: [["Outside tolerance"], ["outside tolerance"]] });
    expect(table[1]).toEqual(["All indicators", 2, 0, 0, 0]);
  });

  it("refuses a label that is not a status, naming its cell, and areas of another size", () => {
    expect(() =>
      perfSummary({
        value: [["On or better than target"], ["Green"]],
        address: "'My sheet'!$B$3:$B$4",
      })
    ).toThrow(
      `'My sheet'!B4: "Green" is not a status — use the labels PERF.STATUS gives (On or better than target, Inside tolerance, Outside tolerance, No target specified, Not classified: …).`
    );
    expect(() =>
      perfSummary({ value: [["Inside tolerance"], ["Inside tolerance"]] }, { value: [["A"]] })
    ).toThrow(/same size as the statuses \(2 × 1\)/);
  });
});
