/**
 * Issue 9 reading rules (docs/engine.md–3.4), each against figures worked out by hand: polarity
 * words, information measures, text targets and bands, one finding when no polarity exists, own
 * ratings, Threshold alone, footnotes and placeholders.
 */
import { buildSheet, canonicalWorkbook, indicatorRow, workbookOf } from "./support/grid";
import { codesFor, runOk, statusOf } from "./support/run";
import { planWrite } from "../../src/engine/writePlan";
import { parseTargetText } from "../../src/engine/targetText";
import { parsePolarity } from "../../src/engine/polarity";
import { ratingStatus } from "../../src/engine/ratingChecks";

describe("polarity and information words (docs/engine.md)", () => {
  it("reads H/L and Bigger/Smaller is better, and treats Info words as information-only", () => {
    expect(parsePolarity("H")).toEqual({ kind: "known", polarity: "higher" });
    expect(parsePolarity("l")).toEqual({ kind: "known", polarity: "lower" });
    expect(parsePolarity("Bigger is better")).toEqual({ kind: "known", polarity: "higher" });
    expect(parsePolarity("Smaller is better")).toEqual({ kind: "known", polarity: "lower" });
    for (const word of [
      "Info",
      "Measure for information",
      "For information",
      "Data only",
      "Monitor",
    ])
      expect(parsePolarity(word)).toEqual({ kind: "info" });
    expect(parsePolarity("T").kind).toBe("closeToTarget");
  });

  it("rates H/L rows, lists Info rows as volumetric and leaves them out of the summary", () => {
    const result = runOk(
      canonicalWorkbook([
        indicatorRow("H1", { Polarity: "H" }), // 91 vs 90 → on target
        indicatorRow("L1", { Polarity: "L", Target: 20, Tolerance: 25, "Q2 2018/19": 22 }), // inside
        indicatorRow("I1", { Polarity: "Measure for information", Target: null, Tolerance: null }),
      ])
    );
    expect(statusOf(result, "H1")).toBe("onTarget");
    expect(statusOf(result, "L1")).toBe("insideTolerance");
    expect(result.indicators[2]).toMatchObject({ type: "volumetric", infoOnly: true });
    expect(result.summary.total.count).toBe(2);
  });

  it("does not rate T (close to target is best), with a finding saying why", () => {
    const result = runOk(canonicalWorkbook([indicatorRow("T1", { Polarity: "T" })]));
    expect(statusOf(result, "T1")).toBe("notClassified");
    expect(codesFor(result, "T1")).toEqual(["warning:polarity.closeToTarget@Indicators!E2"]);
    expect(result.classifications[0].reason).toMatch(/close to target/);
  });
});

describe("text targets and tolerances (docs/engine.md)", () => {
  it.each([
    ["≥90%", 90, "higher"],
    [">= 90%", 90, "higher"],
    ["90% or above", 90, "higher"],
    ["at least 90", 90, "higher"],
    ["90%+", 90, "higher"],
    ["<= 5%", 5, "lower"],
    ["<5%", 5, "lower"],
    ["below 18%", 18, "lower"],
    ["less than 22%", 22, "lower"],
    ["fewer than 85", 85, "lower"],
    ["under 10", 10, "lower"],
  ])("reads %s as %d with %s is better", (text, value, comparator) => {
    expect(parseTargetText(text)).toMatchObject({ kind: "value", value, comparator });
  });

  it.each(["No target", "N/A", "TBC", "-", "Baseline year"])("reads %s as no target", (text) => {
    expect(parseTargetText(text)).toEqual({ kind: "none" });
  });

  it("rates against a text target, taking the polarity from its comparison", () => {
    const result = runOk(
      canonicalWorkbook([
        // No polarity, no tolerance: "below 18%" says lower is better; 16.1 ≤ 18 → on target.
        indicatorRow("R1", {
          Polarity: null,
          Target: "below 18%",
          Tolerance: null,
          "Q2 2018/19": 16.1,
        }),
        // "≥90%" with Higher is better: 89 < 90, tolerance 85 → inside tolerance.
        indicatorRow("R2", { Target: "≥90%", "Q2 2018/19": 89 }),
        // A band tolerance "85-90%" with target 95, higher is better: threshold 85; 86 → inside.
        indicatorRow("R3", { Target: 95, Tolerance: "85-90%", "Q2 2018/19": 86 }),
        // The comparator contradicts the polarity column: an error, not classified.
        indicatorRow("R4", { Target: "<= 5%", Tolerance: null }),
        // No target written as text: No target specified with an information finding.
        indicatorRow("R5", { Target: "No target", Tolerance: null }),
        indicatorRow("R6", { Target: "TBC", Tolerance: null }),
      ])
    );
    expect(statusOf(result, "R1")).toBe("onTarget");
    expect(codesFor(result, "R1")).toEqual([]);
    expect(statusOf(result, "R2")).toBe("insideTolerance");
    expect(statusOf(result, "R3")).toBe("insideTolerance");
    expect(result.indicators[2].threshold).toBe(85);
    expect(statusOf(result, "R4")).toBe("notClassified");
    expect(codesFor(result, "R4")).toEqual(["error:target.contradictsPolarity@Indicators!G5"]);
    expect(statusOf(result, "R5")).toBe("noTarget");
    expect(codesFor(result, "R5")).toEqual(["info:target.none@Indicators!G6"]);
    expect(statusOf(result, "R6")).toBe("noTarget");
    expect(codesFor(result, "R6")).toEqual(["info:target.none@Indicators!G7"]);
  });

  it("takes a benchmark's figure for a target relative to it", () => {
    const header = ["Ref", "Indicator", "Good is", "Target", "Q2 2018/19", "Stat neighbours"];
    const result = runOk(
      workbookOf(
        buildSheet({
          header,
          rows: [
            // Above the SN average of 75.9: 76 → on target; 75 → outside.
            {
              Ref: "P1",
              Indicator: "Phonics",
              "Good is": "High",
              Target: "Above Stat Neighbour Average",
              "Q2 2018/19": 76,
              "Stat neighbours": 75.9,
            },
            {
              Ref: "P2",
              Indicator: "Phonics",
              "Good is": "High",
              Target: "Above Stat Neighbour Average",
              "Q2 2018/19": 75,
              "Stat neighbours": 75.9,
            },
          ],
        })
      )
    );
    expect(statusOf(result, "P1")).toBe("onTarget");
    expect(statusOf(result, "P2")).toBe("outsideTolerance");
  });
});

describe("no polarity anywhere (docs/layouts.md)", () => {
  it("gives one table finding that says which column to add, and rates none of those rows", () => {
    const header = ["Ref", "Indicator", "Target", "Q1 2018/19", "Q2 2018/19"];
    const rows = Array.from({ length: 45 }, (_, i) => ({
      Ref: `K${i + 1}`,
      Indicator: `KPI ${i + 1}`,
      Target: i < 41 ? 90 : null,
      "Q1 2018/19": 88,
      "Q2 2018/19": 91,
    }));
    const result = runOk(workbookOf(buildSheet({ header, rows })));
    const polarity = result.findings.filter((f) => f.code.startsWith("polarity."));
    expect(polarity).toHaveLength(1);
    expect(polarity[0]).toMatchObject({ code: "polarity.noColumn", cell: "Indicators!A1" });
    expect(polarity[0].message).toMatch(
      /41 indicators with a target are not rated — add a column headed Polarity/
    );
    expect(result.summary.total).toMatchObject({ notClassified: 41, noTarget: 4, count: 45 });
  });
});

describe("Threshold, own ratings, footnotes and placeholders (docs/engine.md)", () => {
  it("reads KPI as the name column alone, and as the code beside a Description column", () => {
    const alone = runOk(
      workbookOf(
        buildSheet({
          header: ["KPI", "Polarity", "Target", "Q2 2018/19"],
          rows: [{ KPI: "Calls answered", Polarity: "H", Target: 90, "Q2 2018/19": 91 }],
        })
      )
    );
    expect(alone.indicators[0]).toMatchObject({ ref: "", name: "Calls answered" });
    const beside = runOk(
      workbookOf(
        buildSheet({
          header: ["KPI", "Description", "Polarity", "Target", "Q2 2018/19"],
          rows: [
            {
              KPI: "KPI 01",
              Description: "Calls answered",
              Polarity: "H",
              Target: 90,
              "Q2 2018/19": 91,
            },
          ],
        })
      )
    );
    expect(beside.indicators[0]).toMatchObject({ ref: "KPI 01", name: "Calls answered" });
    expect(beside.findings).toEqual([]);
  });

  it("reads Threshold as the tolerance beside a Target column, and as the target alone", () => {
    const beside = runOk(
      workbookOf(
        buildSheet({
          header: ["Ref", "Indicator", "Polarity", "Target", "Threshold", "Q2 2018/19"],
          rows: [
            {
              Ref: "A1",
              Indicator: "X",
              Polarity: "H",
              Target: 90,
              Threshold: 85,
              "Q2 2018/19": 87,
            },
          ],
        })
      )
    );
    expect(statusOf(beside, "A1")).toBe("insideTolerance"); // 87 between 85 and 90
    const alone = runOk(
      workbookOf(
        buildSheet({
          header: ["Ref", "Indicator", "Polarity", "Threshold", "Q2 2018/19"],
          rows: [{ Ref: "A1", Indicator: "X", Polarity: "L", Threshold: 18, "Q2 2018/19": 16.1 }],
        })
      )
    );
    expect(statusOf(alone, "A1")).toBe("onTarget"); // 16.1 ≤ 18
    expect(alone.findings.map((f) => f.code)).toEqual(["column.thresholdAsTarget"]);
  });

  it("keeps the analyst's Status column, writes its own after it, and reports disagreements", () => {
    const header = [
      ...["Ref", "Indicator", "Polarity", "Target", "Tolerance"],
      "Q2 2018/19",
      "Status Q2 2018/19",
    ];
    const sheet = buildSheet({
      header,
      rows: [
        // 87 vs target 90, threshold 85 → inside tolerance; their "Red" disagrees.
        {
          Ref: "A1",
          Indicator: "X",
          Polarity: "H",
          Target: 90,
          Tolerance: 85,
          "Q2 2018/19": 87,
          "Status Q2 2018/19": "Red",
        },
        // 92 → on target; their "G" agrees.
        {
          Ref: "A2",
          Indicator: "Y",
          Polarity: "H",
          Target: 90,
          Tolerance: 85,
          "Q2 2018/19": 92,
          "Status Q2 2018/19": "G",
        },
      ],
    });
    const result = runOk(workbookOf(sheet));
    expect(result.layout.existingStatusColumn).toBeNull();
    expect(result.layout.ownRatingColumns).toEqual([
      { column: 6, quarter: expect.objectContaining({ label: "Q2 2018/19" }) },
    ]);
    const disagree = result.findings.filter((f) => f.code === "rating.disagrees");
    expect(disagree.map((f) => f.cell)).toEqual(["Indicators!G2"]);
    expect(disagree[0].message).toMatch(/says "Red".*Inside tolerance/);
    const plan = planWrite(result, { logRows: null });
    expect(plan.statusColumn).toBe(7); // after their column G (6), never on it
    // A rerun sees our column (our labels only) and reuses it; theirs stays theirs.
    sheet.values[0].push("Status Q2 2018/19");
    sheet.values[1].push("Inside tolerance");
    sheet.values[2].push("On or better than target");
    const rerun = runOk(workbookOf(sheet));
    expect(rerun.layout.existingStatusColumn).toBe(7);
    expect(planWrite(rerun, { logRows: null }).statusColumn).toBe(7);
  });

  it("reads the RAG words analysts use", () => {
    expect(ratingStatus("Green")).toBe("onTarget");
    expect(ratingStatus("A")).toBe("insideTolerance");
    expect(ratingStatus("Off target")).toBe("outsideTolerance");
    expect(ratingStatus("Data Only")).toBeNull();
  });

  it("reads two-cell notes and sources under the table as footnotes, not indicators", () => {
    const result = runOk(
      canonicalWorkbook([indicatorRow("A1"), indicatorRow("A2")], {
        footer: [
          [],
          ["Note 1", "Figures are provisional."],
          ["Source", "Local data, September 2018"],
        ],
      })
    );
    expect(result.indicators.map((i) => i.ref)).toEqual(["A1", "A2"]);
    expect(result.summary.total.count).toBe(2);
    expect(result.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      "table.footnotes@Indicators!A5",
    ]);
    // Numbered notes under a "Notes:" line are notes too, although "1" looks like a ref.
    const numbered = runOk(
      canonicalWorkbook([indicatorRow("A1")], {
        footer: [["Notes:"], [1, "Figures are provisional."], [2, "Source: local data."]],
      })
    );
    expect(numbered.indicators.map((i) => i.ref)).toEqual(["A1"]);
    // The finding starts at the "Notes:" line itself (row 3), which it lists too.
    expect(numbered.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      "table.footnotes@Indicators!A3",
    ]);
    expect(numbered.findings[0].message).toContain('row 3 ("Notes:")');
  });

  it("warns of a 0 after figures, or a ×20 jump, which may stand for 'not yet available'", () => {
    const result = runOk(
      canonicalWorkbook([
        indicatorRow("Z1", { "Q2 2018/19": 0 }), // after 86, 88, 89
        indicatorRow("Z2", { Unit: "Number", Target: 50, Tolerance: 40, "Q2 2018/19": 9999 }), // mean 87.75 ×20 = 1755
        indicatorRow("Z3", { "Q3 2017/18": 0, "Q4 2017/18": 0, "Q1 2018/19": 0, "Q2 2018/19": 0 }),
      ])
    );
    expect(codesFor(result, "Z1")).toEqual(["warning:value.placeholder@Indicators!L2"]);
    expect(codesFor(result, "Z2")).toEqual(["warning:value.placeholder@Indicators!L3"]);
    expect(codesFor(result, "Z3")).toEqual([]);
    // The commentary draws no comparison from a possible placeholder (never "a decline of 89 points").
    const z1 = result.commentary.find((c) => c.ref === "Z1");
    expect(z1?.text).toContain(
      "Caution: the figure of 0% for Q2 2018/19 is far from the figures before it (86%, 88% and 89%) and may stand for one not yet available, so it is not compared with earlier quarters."
    );
    expect(z1?.text).not.toMatch(/decline|improvement/);
    expect(z1?.direction).toBe("Not compared (check the figure)");
  });
});
