/**
 * Issue 19, class 2: a period and a role on different header rows, either way round
 * (docs/periods.md, "Two-row headers"). Statuses are worked out by hand in comments.
 */
import fc from "fast-check";
import { runEngine } from "../../src/engine";
import type { CellValue } from "../../src/engine/types";

function run(values: CellValue[][]): {
  period: string;
  statuses: string[];
  targets: string[];
  roles: string[];
} {
  const result = runEngine({ sheets: [{ name: "S", top: 0, left: 0, values }] });
  if (!result.ok) throw new Error(result.failure.message);
  const r = result.result;
  return {
    period: r.quarter.label,
    statuses: r.classifications.map((c) => c.status),
    targets: r.indicators.map((i) => (i.target ? String(i.target.value) : "none")),
    roles: (r.layout.columnRoles ?? []).map((e) => `${e.role}`),
  };
}

// Two indicators, actuals and targets for 2020/21 and 2021/22, and a target for 2022/23 with no
// actual yet. By hand: the latest year with figures is 2021/22 (never the 2022/23 target).
// CP1, lower is better: 19 against its 2021/22 target 20 → on target.
// CP2, higher is better: 88 against its 2021/22 target 90, no tolerance → outside tolerance.
const ROWS: CellValue[][] = [
  ["CP1", "Re-referrals within 12 months (%)", "L"],
  ["CP2", "Assessments within 45 days (%)", "H"],
];
const FIGURES = {
  CP1: {
    actual: { "2020/21": 22, "2021/22": 19 },
    target: { "2020/21": 21, "2021/22": 20, "2022/23": 18 },
  },
  CP2: {
    actual: { "2020/21": 85, "2021/22": 88 },
    target: { "2020/21": 90, "2021/22": 90, "2022/23": 92 },
  },
} as const;
const EXPECTED = {
  period: "2021/22",
  statuses: ["onTarget", "outsideTolerance"],
  targets: ["20", "90"],
};

type Column = { role: "actual" | "target"; year: "2020/21" | "2021/22" | "2022/23" };
const ACTUAL_THEN_TARGET: Column[] = [
  { role: "actual", year: "2020/21" },
  { role: "target", year: "2020/21" },
  { role: "actual", year: "2021/22" },
  { role: "target", year: "2021/22" },
  { role: "target", year: "2022/23" },
];

function figure(row: number, c: Column): CellValue {
  const key = row === 0 ? "CP1" : "CP2";
  const table = FIGURES[key][c.role] as Record<string, number>;
  return table[c.year] ?? null;
}

function dataRows(columns: readonly Column[]): CellValue[][] {
  return ROWS.map((base, i) => [...base, ...columns.map((c) => figure(i, c))]);
}

const ROLE_WORD = { actual: "Actual", target: "Target" } as const;

/** One header row: `Actual 2020/21`, `2021/22 Target`. */
function flat(columns: readonly Column[], yearFirst: boolean): CellValue[][] {
  const heads = columns.map((c) =>
    yearFirst ? `${c.year} ${ROLE_WORD[c.role]}` : `${ROLE_WORD[c.role]} ${c.year}`
  );
  return [["Ref", "Indicator", "Polarity", ...heads], ...dataRows(columns)];
}

/** A group row above: `Performance` over the actual years, `Targets` over the target years. */
function groupAbove(
  columns: readonly Column[],
  words: { actual: string; target: string }
): CellValue[][] {
  const upper: CellValue[] = [null, null, null];
  columns.forEach((c, i) =>
    upper.push(i > 0 && columns[i - 1].role === c.role ? null : words[c.role])
  );
  return [
    upper,
    ["Ref", "Indicator", "Polarity", ...columns.map((c) => c.year)],
    ...dataRows(columns),
  ];
}

/** The year merged above, the role below each year (`Actual | Target`). */
function roleBelow(columns: readonly Column[], repeatNames: boolean): CellValue[][] {
  const upper: CellValue[] = ["Ref", "Indicator", "Polarity"];
  columns.forEach((c, i) => upper.push(i > 0 && columns[i - 1].year === c.year ? null : c.year));
  const lower: CellValue[] = repeatNames ? ["Ref", "Indicator", "Polarity"] : [null, null, null];
  lower.push(...columns.map((c) => ROLE_WORD[c.role]));
  return [upper, lower, ...dataRows(columns)];
}

describe("header rows read together", () => {
  it("a Targets group above the years: targets by year, never the latest figure", () => {
    const columns: Column[] = [
      { role: "actual", year: "2020/21" },
      { role: "actual", year: "2021/22" },
      { role: "target", year: "2021/22" },
      { role: "target", year: "2022/23" },
    ];
    const got = run(groupAbove(columns, { actual: "Performance", target: "Targets" }));
    expect(got).toMatchObject(EXPECTED);
    expect(got.roles).toEqual([
      "ref",
      "indicator",
      "polarity",
      "period",
      "period",
      "target",
      "target",
    ]);
  });

  it("the role under each year: Actual | Target pairs", () => {
    const got = run(roleBelow(ACTUAL_THEN_TARGET, false));
    expect(got).toMatchObject(EXPECTED);
    expect(got.roles).toEqual([
      "ref",
      "indicator",
      "polarity",
      "period",
      "target",
      "period",
      "target",
      "target",
    ]);
  });

  it("the role under each year with the names repeated (a vertical merge)", () => {
    expect(run(roleBelow(ACTUAL_THEN_TARGET, true))).toMatchObject(EXPECTED);
  });

  it("a Forecast group above is never read as results", () => {
    const values = groupAbove(
      [
        { role: "actual", year: "2020/21" },
        { role: "actual", year: "2021/22" },
        { role: "target", year: "2021/22" },
      ],
      { actual: "Outturn", target: "Targets" }
    );
    // A forecast column for 2022/23 under its own group heading.
    values[0].push("Forecast");
    values[1].push("2022/23");
    values[2].push(10);
    values[3].push(99);
    const got = run(values);
    expect(got).toMatchObject(EXPECTED);
  });

  it("every placement of the periods and roles reads the same statuses", () => {
    const layouts = fc.oneof(
      fc.boolean().map((yearFirst) => ({ build: (c: Column[]) => flat(c, yearFirst) })),
      fc
        .constantFrom(
          { actual: "Performance", target: "Targets" },
          { actual: "Outturn", target: "Target" },
          { actual: "Actual", target: "Tgt" },
          { actual: "Result", target: "Ambition" }
        )
        .map((words) => ({ build: (c: Column[]) => groupAbove([...c].sort(byRole), words) })),
      fc
        .boolean()
        .map((repeat) => ({ build: (c: Column[]) => roleBelow([...c].sort(byYear), repeat) }))
    );
    fc.assert(
      fc.property(
        layouts,
        fc.shuffledSubarray(ACTUAL_THEN_TARGET, { minLength: 5, maxLength: 5 }),
        (layout, order) => {
          expect(run(layout.build(order))).toMatchObject(EXPECTED);
        }
      ),
      { numRuns: 60 }
    );
  });
});

function byRole(a: Column, b: Column): number {
  return a.role === b.role ? a.year.localeCompare(b.year) : a.role === "actual" ? -1 : 1;
}

function byYear(a: Column, b: Column): number {
  return a.year === b.year ? (a.role === "actual" ? -1 : 1) : a.year.localeCompare(b.year);
}

describe("a title above the header passes nothing down", () => {
  it("reads the periods under a 'Performance against targets' title as results", () => {
    const got = run([
      ["Performance against targets"],
      ["Ref", "Indicator", "Polarity", "Target", "2020/21", "2021/22"],
      ["CP1", "Re-referrals within 12 months (%)", "L", 20, 22, 19],
      ["CP2", "Assessments within 45 days (%)", "H", 90, 85, 88],
    ]);
    // 2021/22: CP1 19 ≤ 20 → on target; CP2 88 < 90 → outside tolerance.
    expect(got).toMatchObject(EXPECTED);
  });
});

describe("yearless quarters over Actual | Target, the year in the title", () => {
  it("pairs each quarter with its role and takes the year from the title", () => {
    const got = run([
      ["Children's services scorecard 2022/23"],
      ["Ref", "Indicator", "Polarity", "Quarter 1", null, "Quarter 2", null],
      [null, null, null, "Actual", "Target", "Actual", "Target"],
      ["CP1", "Re-referrals within 12 months (%)", "L", 22, 21, 19, 20],
      ["CP2", "Assessments within 45 days (%)", "H", 85, 90, 88, 90],
    ]);
    // Q2 2022/23 is the latest quarter: CP1 19 ≤ 20 → on target; CP2 88 < 90 → outside tolerance.
    expect(got.period).toBe("Q2 2022/23");
    expect(got.statuses).toEqual(["onTarget", "outsideTolerance"]);
    expect(got.targets).toEqual(["20", "90"]);
  });
});

describe("a year group over yearless quarters", () => {
  it("gives `Target Q4` and `Q4 Actual` the year above them, not the title's", () => {
    const got = run([
      ["Performance 2013/14 and 2014/15"],
      [null, null, null, "2013/14", "2014/15", null, null],
      ["Ref", "Indicator", "Polarity", "Actual Performance", "Target", "Target Q4", "Q4 Actual"],
      ["CP1", "Re-referrals within 12 months (%)", "L", 22, 21, 20, 19],
      ["CP2", "Assessments within 45 days (%)", "H", 80, 85, 90, 84],
    ]);
    // Quarters win over the lone year column: Q4 2014/15, against its own Q4 target.
    // CP1 19 ≤ 20 → on target; CP2 84 < 90 → outside tolerance.
    expect(got.period).toBe("Q4 2014/15");
    expect(got.statuses).toEqual(["onTarget", "outsideTolerance"]);
    expect(got.targets).toEqual(["20", "90"]);
  });
});

describe("a span of quarters over yearless quarters", () => {
  it("gives each quarter the year of the one with its number in the span", () => {
    const got = run([
      ["Scorecard: quarter 3 2017-18"],
      [
        null,
        null,
        null,
        "Previous performance (Q3 2016/17 – Q2 2017/18)",
        null,
        null,
        null,
        "Current performance (2017/18)",
        null,
      ],
      ["Ref", "Indicator", "Good Is", "Q3", "Q4", "Q1", "Q2", "Q3 actual", "Q3 target"],
      ["CP1", "Re-referrals within 12 months (%)", "⇩", 21, 19.5, 22.4, 20, 19, 20],
      ["CP2", "Assessments within 45 days (%)", "⇧", 85, 86, 87, 88, 84, 90],
    ]);
    // Q3 2016/17 … Q2 2017/18, then Q3 2017/18 (the latest): CP1 19 ≤ 20 → on target (⇩ lower is
    // better); CP2 84 < 90 → outside tolerance (⇧ higher is better).
    expect(got.period).toBe("Q3 2017/18");
    expect(got.statuses).toEqual(["onTarget", "outsideTolerance"]);
    expect(got.targets).toEqual(["20", "90"]);
  });
});
