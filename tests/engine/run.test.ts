import { inspectWorkbook, runEngine } from "../../src/engine/run";
import {
  buildSheet,
  canonicalWorkbook,
  CANONICAL_HEADER,
  indicatorRow,
  workbookOf,
} from "./support/grid";
import { runOk } from "./support/run";

describe("inspectWorkbook", () => {
  it("returns the sheet, chronological quarters, the default quarter and the layout", () => {
    const outcome = inspectWorkbook(canonicalWorkbook([indicatorRow("A1")]));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.sheet).toBe("Indicators");
    expect(outcome.quarters.map((q) => q.label)).toEqual([
      "Q3 2017/18",
      "Q4 2017/18",
      "Q1 2018/19",
      "Q2 2018/19",
    ]);
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
    const blank = {
      "Q3 2017/18": null,
      "Q4 2017/18": null,
      "Q1 2018/19": null,
      "Q2 2018/19": null,
    };
    const workbook = canonicalWorkbook([indicatorRow("A1", blank)]);
    const outcome = inspectWorkbook(workbook);
    expect(outcome.ok && outcome.defaultQuarter).toBeNull();
    expect(runOk(workbook).quarter.label).toBe("Q2 2018/19");
  });

  it("fails with one clear line when there is no table", () => {
    const outcome = inspectWorkbook(
      workbookOf(buildSheet({ name: "Notes", header: ["Hello"], rows: [] }))
    );
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
    expect(!missing.ok && missing.failure).toMatchObject({
      kind: "noQuarter",
      message:
        'Sheet "Indicators" has no column for Q3 2018/19; its quarters run from Q3 2017/18 to Q2 2018/19.',
    });
    const unreadable = runEngine(workbook, { quarter: "last one" });
    expect(!unreadable.ok && unreadable.failure.kind).toBe("noQuarter");
    expect(!unreadable.ok && unreadable.failure.message).toBe(
      '"last one" is not a quarter — write it like Q2 2018/19.'
    );
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
    const result = runOk(
      canonicalWorkbook([indicatorRow("A1"), indicatorRow("V1", { Type: "Volumetric" })])
    );
    expect(result.classifications.map((c) => [c.ref, c.status])).toEqual([
      ["A1", "onTarget"],
      ["V1", "noTarget"],
    ]);
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

describe("a workbook laid out the analyst's own way", () => {
  it("reads a title block, year-first quarters, section rows and %-formatted fractions", () => {
    const header = [
      "PI ref",
      "Performance indicator",
      "Good is",
      "Unit",
      "Target",
      "Tolerance",
      "2018/19 Q2",
      "2018/19 Q1",
      "2017/18 Q4",
    ];
    const pct = {
      Target: "0%",
      Tolerance: "0%",
      "2018/19 Q2": "0%",
      "2018/19 Q1": "0%",
      "2017/18 Q4": "0%",
    };
    const row = (
      ref: string,
      name: string,
      good: string,
      target: number,
      tolerance: number,
      q2: unknown,
      q1: number,
      q4: number
    ) => ({
      "PI ref": ref,
      "Performance indicator": name,
      "Good is": good,
      Unit: "%",
      Target: target,
      Tolerance: tolerance,
      "2018/19 Q2": q2 as number,
      "2018/19 Q1": q1,
      "2017/18 Q4": q4,
      $format: pct,
    });
    const sheet = buildSheet({
      name: "Q2 performance",
      title: [
        ["Doncaster Children's Services Trust"],
        ["Quarter 2 2018/19 — contract measures"],
        [],
      ],
      header,
      rows: [
        { $section: "Social Care Pathway" },
        row("A2", "Timeliness of single assessments", "High", 0.9, 0.85, 0.91, 0.89, 0.86),
        row("A6", "Children on a plan for 2 years or more", "Low", 0.02, 0.03, 0.012, 0.015, 0.02),
        "blank",
        { $section: "Children in Care" },
        row("B1", "Placement stability", "↑", 0.7, 0.65, 0.66, 0.69, 0.71),
        row("B2", "Care leavers in touch", "↑", 0.9, 0.85, { error: "#N/A" } as never, 0.8, 0.82),
      ],
      footer: [[], ["Source: Trust performance report, October 2018"]],
    });
    const result = runOk(
      workbookOf(buildSheet({ name: "Cover", header: ["Contents"], rows: [] }), sheet)
    );
    expect(result.sheet).toBe("Q2 performance");
    expect(result.quarters.map((q) => q.label)).toEqual(["Q4 2017/18", "Q1 2018/19", "Q2 2018/19"]);
    expect(result.quarter.label).toBe("Q2 2018/19");
    expect(result.indicators.map((i) => [i.ref, i.area, i.series[2].value?.value])).toEqual([
      ["A2", "Social Care Pathway", 91],
      ["A6", "Social Care Pathway", 1.2],
      ["B1", "Children in Care", 66],
      ["B2", "Children in Care", undefined],
    ]);
    expect(result.classifications.map((c) => c.status)).toEqual([
      "onTarget",
      "onTarget",
      "insideTolerance",
      "notClassified",
    ]);
    expect(result.classifications[0].cell).toBe("'Q2 performance'!G6");
    // The one-cell source line under the table is listed as a note (docs/layouts.md), not dropped unsaid.
    expect(result.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      "value.error@'Q2 performance'!G11",
      "table.footnotes@'Q2 performance'!A13",
    ]);
    expect(result.summary.areas.map((a) => a.area)).toEqual([
      "Social Care Pathway",
      "Children in Care",
    ]);
    expect(result.summary.percent).toEqual({
      outsideTolerance: 0,
      insideTolerance: 25,
      onTarget: 50,
      noTarget: 0,
      notClassified: 25,
    });
  });
});
