/**
 * No table refused without help, and the analyst's named periods (docs/findings.md table.noPeriod;
 * docs/periods.md, The analyst's choices): a sheet with indicator rows but no readable period is
 * refused with its header row, near misses by cell, the forms read and the fix; naming the
 * columns' periods and kinds (the one structure in engine/columnChoices.ts) rescues it, with
 * statuses worked out by hand.
 */
import { inspectWorkbook, runEngine } from "../../src/engine/run";
import {
  parseColumnChoice,
  sanitiseColumnChoices,
  withColumnChoice,
  choiceText,
} from "../../src/engine/columnChoices";
import { buildSheet, workbookOf } from "./support/grid";
import { runOk, statusOf } from "./support/run";

/** A 2006/07-style table whose period headings are in words the product does not read. */
function unreadable(): ReturnType<typeof workbookOf> {
  return workbookOf(
    buildSheet({
      title: [["Children's services scorecard"], []],
      header: [
        "PI",
        "Indicator",
        "Good is",
        "Outturn last year",
        "Outturn this year",
        "Aim next year",
        "Comments",
      ],
      rows: [
        // Higher is better; this year 82 against next year's aim... rated against target 2007/08.
        {
          PI: "NI 60",
          Indicator: "Core assessments in time",
          "Good is": "High",
          "Outturn last year": 74,
          "Outturn this year": 82,
          "Aim next year": 80,
          Comments: "Improving",
        },
        // Lower is better; 13.1 against 12 → worse; no tolerance → outside.
        {
          PI: "NI 65",
          Indicator: "Second child protection plans",
          "Good is": "Low",
          "Outturn last year": 15.2,
          "Outturn this year": 13.1,
          "Aim next year": 12,
        },
      ],
    })
  );
}

describe("a sheet with indicator rows but no period column", () => {
  const outcome = runEngine(unreadable());

  it("is refused with the header row, near misses by cell, the forms read and the fix", () => {
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const { failure } = outcome;
    expect(failure.kind).toBe("noTable");
    expect(failure.findings).toHaveLength(1);
    const [finding] = failure.findings;
    expect(finding).toMatchObject({
      severity: "error",
      code: "table.noPeriod",
      cell: "Indicators!D3",
    });
    expect(finding.message).toMatch(
      /^D3: the header row is row 3 \(PI, Indicator, Good is, Outturn last year/
    );
    expect(finding.message).toMatch(
      /with 2 indicator rows under it, but no column could be read as a period/
    );
    expect(finding.message).toMatch(
      /Near misses: D3 "Outturn last year": no period found; E3 "Outturn this year": no period found; F3 "Aim next year": no period found\./
    );
    expect(finding.message).toMatch(/Periods are read from headings such as Q2 2018\/19/);
    expect(finding.message).toMatch(
      /--columns D=2019\/20 if column D holds the figures for 2019\/20/
    );
    expect(finding.message).toMatch(/How the sheet was read/);
    expect(finding.message).not.toMatch(/Comments"/);
    expect(failure.message).toContain(finding.message);
    expect(failure.rescue).toMatchObject({
      sheet: "Indicators",
      headerRow: 2,
      nearMisses: [3, 4, 5],
      indicatorRows: 2,
    });
    expect(failure.rescue?.columns.map((c) => `${c.column}:${c.role}`)).toEqual([
      "0:ref",
      "1:indicator",
      "2:polarity",
      "3:notUsed",
      "4:notUsed",
      "5:notUsed",
      "6:notUsed",
    ]);
  });

  it("counts figures typed as text or with a rating in the cell (82 (GREEN)) as figures", () => {
    const rated = runEngine(
      workbookOf(
        buildSheet({
          header: ["Ref", "Indicator", "Comments", "This year"],
          rows: [{ Ref: "A1", Indicator: "x", Comments: "fine", "This year": "82 (GREEN)" }],
        })
      )
    );
    expect(!rated.ok && rated.failure.rescue).toMatchObject({ nearMisses: [3], indicatorRows: 1 });
  });

  it("inspect gives the same refusal", () => {
    const inspected = inspectWorkbook(unreadable());
    expect(inspected.ok).toBe(false);
    if (!inspected.ok) expect(inspected.failure.findings[0].code).toBe("table.noPeriod");
  });

  it("still says not found for a sheet with no indicator rows", () => {
    const empty = runEngine(workbookOf(buildSheet({ header: ["Ref", "Indicator"], rows: [] })));
    expect(!empty.ok && empty.failure.findings[0].code).toBe("table.notFound");
  });
});

describe("naming the columns' periods and kinds rescues it", () => {
  const periods = [
    { column: 3, period: "2005/06", kind: "result" as const },
    { column: 4, period: "2006/07", kind: "result" as const },
    { column: 5, period: "2007/08", kind: "target" as const },
  ];

  it("reads the periods and rates the latest against its target", () => {
    const result = runOk(unreadable(), { columnPeriods: periods });
    expect(result.quarters.map((q) => q.label)).toEqual(["2005/06", "2006/07"]);
    expect(result.quarter.label).toBe("2006/07");
    // The one period target alone is the table's target: 82 ≥ 80, higher is better → on target.
    expect(statusOf(result, "NI 60")).toBe("onTarget");
    // 13.1 > 12, lower is better, no tolerance → outside tolerance.
    expect(statusOf(result, "NI 65")).toBe("outsideTolerance");
    const roles = result.layout.columnRoles?.map((c) => `${c.column}:${c.role}`);
    expect(roles).toEqual(expect.arrayContaining(["3:period", "4:period", "5:target"]));
  });

  it("wins over a heading the product did read, and sets aside another kind of period", () => {
    const sheet = buildSheet({
      header: ["Ref", "Indicator", "Polarity", "Target", "Q1 2018/19", "Q2 2018/19", "Annual"],
      rows: [
        {
          Ref: "A1",
          Indicator: "x",
          Polarity: "H",
          Target: 90,
          "Q1 2018/19": 80,
          "Q2 2018/19": 85,
          Annual: 95,
        },
      ],
    });
    const result = runOk(workbookOf(sheet), {
      columnPeriods: [{ column: 6, period: "Q3 2018/19", kind: "result" }],
    });
    expect(result.quarters.map((q) => q.label)).toEqual(["Q1 2018/19", "Q2 2018/19", "Q3 2018/19"]);
    // Q3's 95 ≥ 90 → on target.
    expect(statusOf(result, "A1")).toBe("onTarget");
    const yearly = runOk(workbookOf(sheet), {
      columnPeriods: [{ column: 6, period: "2018/19", kind: "result" }],
    });
    // The analyst's kind (a year) wins: the quarters are set aside, not mixed in.
    expect(yearly.quarters.map((q) => q.label)).toEqual(["2018/19"]);
  });
});

describe("the choice as the analyst writes it", () => {
  it.each([
    ["2006/07", "2006/07"],
    ["target 2007/08", "target 2007/08"],
    ["2007/08 target", "target 2007/08"],
    ["Tgt: 2007-08", "target 2007/08"],
    ["outturn 2019/20", "2019/20"],
    ["Q2 2018/19", "Q2 2018/19"],
    ["FY21", "2020/21"],
    ["target Apr 2020 – Mar 2021", "target 2020/21"],
    ['"target 2007/08"', "target 2007/08"],
    ["indicator", "indicator"],
    ["statneighbours", "statNeighbours"],
    ["not used", "not used"],
  ])("reads %s as %s", (text, shown) => {
    const parsed = parseColumnChoice(text);
    expect(parsed.ok && choiceText(parsed.choice)).toBe(shown);
  });

  it("names the forms when it cannot read one", () => {
    const parsed = parseColumnChoice("twenty-twenty");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.message).toMatch(/neither a role .* nor a period such as Q2 2018\/19/);
  });

  it("replaces a column's earlier choice, whatever it was", () => {
    const parsed = parseColumnChoice("2006/07");
    if (!parsed.ok) throw new Error(parsed.message);
    const first = withColumnChoice({ columnOverrides: { target: 5 } }, 5, parsed.choice);
    expect(first).toEqual({
      columnOverrides: {},
      columnsNotUsed: [],
      columnPeriods: [{ column: 5, period: "2006/07", kind: "result" }],
    });
    expect(withColumnChoice(first, 5, { role: "notUsed" })).toEqual({
      columnOverrides: {},
      columnsNotUsed: [5],
      columnPeriods: [],
    });
  });

  it("keeps only well-formed stored choices", () => {
    expect(
      sanitiseColumnChoices({
        columnOverrides: { target: 3, bogus: 2, ref: -1 },
        columnsNotUsed: [4, 4, "x"],
        columnPeriods: [
          { column: 5, period: "2006/07", kind: "result" },
          { column: 6, period: "someday", kind: "result" },
          { column: 7, period: "2007/08", kind: "forecast" },
          { column: 5, period: "2007/08", kind: "target" },
        ],
      })
    ).toEqual({
      columnOverrides: { target: 3 },
      columnsNotUsed: [4],
      columnPeriods: [{ column: 5, period: "2006/07", kind: "result" }],
    });
  });
});
