import { buildSheet, canonicalWorkbook, indicatorRow, workbookOf } from "./support/grid";
import { codesFor, findingsFor, runOk, statusOf } from "./support/run";

describe("reading indicators", () => {
  it("reads a canonical row with its cells and series", () => {
    const result = runOk(
      canonicalWorkbook([indicatorRow("A2", { Indicator: "Timeliness of single assessments" })])
    );
    const [ind] = result.indicators;
    expect(ind).toMatchObject({
      row: 1,
      ref: "A2",
      name: "Timeliness of single assessments",
      area: "Social Care Pathway",
      type: "contract",
      polarity: "higher",
      unit: "percent",
      unitText: "%",
      threshold: 85,
      hasError: false,
    });
    expect(ind.target).toEqual({ value: 90, cell: "Indicators!G2", decimals: 0, percent: true });
    expect(ind.series.map((p) => [p.quarter.label, p.cell, p.value?.value])).toEqual([
      ["Q3 2017/18", "Indicators!I2", 86],
      ["Q4 2017/18", "Indicators!J2", 88],
      ["Q1 2018/19", "Indicators!K2", 89],
      ["Q2 2018/19", "Indicators!L2", 91],
    ]);
    expect(result.findings).toEqual([]);
  });

  it("reads %-formatted fractions as percentage points with the decimals shown", () => {
    const pct = { Target: "0%", Tolerance: "0%", "Q2 2018/19": "0.0%" };
    const result = runOk(
      canonicalWorkbook([
        indicatorRow("A3", { Target: 0.9, Tolerance: 0.85, "Q2 2018/19": 0.913 }, pct),
      ])
    );
    const [ind] = result.indicators;
    expect(ind.target?.value).toBe(90);
    expect(ind.threshold).toBe(85);
    expect(ind.series[3].value).toMatchObject({ value: 91.3, decimals: 1, percent: true });
    expect(result.classifications[0].status).toBe("onTarget");
  });

  it("treats Volumetric, Context and Data only as volumetric: never rated, never counted", () => {
    const rows = ["Volumetric", "Context", "Data only", "KPI", ""].map((type, i) =>
      indicatorRow(`V${i}`, { Type: type, Target: null, Tolerance: null })
    );
    const result = runOk(canonicalWorkbook(rows));
    expect(result.indicators.map((i) => i.type)).toEqual([
      "volumetric",
      "volumetric",
      "volumetric",
      "contract",
      "contract",
    ]);
    expect(result.classifications.map((c) => c.status)).toEqual([
      "noTarget",
      "noTarget",
      "noTarget",
      "noTarget",
      "noTarget",
    ]);
    expect(result.summary.total.count).toBe(2);
  });

  it("infers a blank polarity from the tolerance side, with an information finding", () => {
    const result = runOk(
      canonicalWorkbook([
        indicatorRow("P1", {
          Polarity: null,
          Unit: "Days",
          Target: 20,
          Tolerance: 25,
          "Q2 2018/19": 22,
        }),
      ])
    );
    expect(result.indicators[0].polarity).toBe("lower");
    expect(statusOf(result, "P1")).toBe("insideTolerance");
    expect(codesFor(result, "P1")).toEqual(["info:polarity.inferred@Indicators!E2"]);
  });

  it("does not classify unknown, missing or contradictory polarity", () => {
    const result = runOk(
      canonicalWorkbook([
        indicatorRow("U1", { Polarity: "Sideways" }),
        indicatorRow("U2", { Polarity: null, Tolerance: null }),
        indicatorRow("U3", { Tolerance: 95 }),
        indicatorRow("U4", { Polarity: "↓", Unit: "Days", Target: 20, Tolerance: 15 }),
      ])
    );
    expect(codesFor(result, "U1")).toEqual(["error:polarity.unknown@Indicators!E2"]);
    expect(codesFor(result, "U2")).toEqual(["error:polarity.missing@Indicators!E3"]);
    expect(codesFor(result, "U3")).toEqual(["error:polarity.contradictsTolerance@Indicators!H4"]);
    expect(codesFor(result, "U4")).toEqual(["error:polarity.contradictsTolerance@Indicators!H5"]);
    for (const ref of ["U1", "U2", "U3", "U4"]) expect(statusOf(result, ref)).toBe("notClassified");
    expect(result.classifications[0].reason).toMatch(/^E2: polarity "Sideways" is not recognised/);
  });

  it("checks units: percentages 0–100, counts whole and not negative, unknown units unchecked", () => {
    const result = runOk(
      canonicalWorkbook([
        indicatorRow("R1", { "Q2 2018/19": 100.5 }),
        indicatorRow("R2", { "Q1 2018/19": -1 }),
        indicatorRow("R3", {
          Unit: "Number",
          Polarity: "Lower",
          Target: 2000,
          Tolerance: 2100,
          "Q2 2018/19": 2050.5,
        }),
        indicatorRow("R4", { Unit: "Score", Target: -10, Tolerance: -12, "Q2 2018/19": -11 }),
        indicatorRow("R5", { "Q2 2018/19": 100 }),
      ])
    );
    expect(codesFor(result, "R1")).toEqual(["error:value.outOfRange@Indicators!L2"]);
    expect(statusOf(result, "R1")).toBe("notClassified");
    // An earlier quarter's problem is a warning: the chosen quarter is still rated.
    expect(codesFor(result, "R2")).toEqual(["warning:value.outOfRange@Indicators!K3"]);
    expect(statusOf(result, "R2")).toBe("onTarget");
    // docs/layouts.md (issue 9): 2050.5 after figures near 88 is a jump of over ×20, so a placeholder warning.
    expect(codesFor(result, "R3")).toEqual([
      "warning:value.notInteger@Indicators!L4",
      "warning:value.placeholder@Indicators!L4",
    ]);
    expect(statusOf(result, "R3")).toBe("insideTolerance");
    expect(codesFor(result, "R4")).toEqual(["warning:unit.unknown@Indicators!F5"]);
    expect(statusOf(result, "R4")).toBe("insideTolerance");
    expect(statusOf(result, "R5")).toBe("onTarget");
  });

  it("judges a count unit by the indicator's name: averages and rates may have decimals", () => {
    const decimals = {
      Unit: "Number",
      Polarity: "Lower is better",
      Target: 18,
      Tolerance: 20,
      "Q3 2017/18": 17.4,
      "Q4 2017/18": 18.25,
      "Q1 2018/19": 16.8,
      "Q2 2018/19": 17.5,
    };
    const result = runOk(
      canonicalWorkbook([
        indicatorRow("C1", { ...decimals, Indicator: "Average caseload of social workers" }),
        indicatorRow("C2", { ...decimals, Indicator: "Children per social worker" }),
        indicatorRow("C3", { ...decimals, Unit: "Count", Indicator: "Re-referral rate" }),
        indicatorRow("C4", { ...decimals, Indicator: "Number of children in care" }),
      ])
    );
    for (const ref of ["C1", "C2", "C3"]) expect([ref, codesFor(result, ref)]).toEqual([ref, []]);
    // A count of whole things with decimals is still worth a check, once per cell.
    expect(codesFor(result, "C4")).toHaveLength(4);
    expect(codesFor(result, "C4").every((c) => c.startsWith("warning:value.notInteger@"))).toBe(
      true
    );
  });

  it("reads text numbers with a warning, and reports n/a, suppression, errors and other text", () => {
    const result = runOk(
      canonicalWorkbook([
        indicatorRow("T1", { "Q2 2018/19": "92%" }),
        indicatorRow("T2", { "Q2 2018/19": "n/a" }),
        indicatorRow("T3", { "Q2 2018/19": "c" }),
        indicatorRow("T4", { "Q2 2018/19": { error: "#DIV/0!" } }),
        indicatorRow("T5", { "Q2 2018/19": "about ninety" }),
        indicatorRow("T6", { "Q2 2018/19": null }),
      ])
    );
    expect(codesFor(result, "T1")).toEqual(["warning:value.numberAsText@Indicators!L2"]);
    expect(statusOf(result, "T1")).toBe("onTarget");
    expect(codesFor(result, "T2")).toEqual(["info:value.notApplicable@Indicators!L3"]);
    expect(codesFor(result, "T3")).toEqual(["info:value.suppressed@Indicators!L4"]);
    expect(codesFor(result, "T4")).toEqual(["error:value.error@Indicators!L5"]);
    expect(codesFor(result, "T5")).toEqual(["error:value.notNumber@Indicators!L6"]);
    expect(codesFor(result, "T6")).toEqual(["warning:value.missing@Indicators!L7"]);
    expect(findingsFor(result, "T6")[0].message).toBe(
      "L7: no value for Q2 2018/19 — type the figure or mark the cell n/a."
    );
    for (const ref of ["T2", "T3", "T4", "T5", "T6"])
      expect(statusOf(result, ref)).toBe("notClassified");
    expect(result.classifications[1].reason).toMatch(/no figure for Q2 2018\/19/);
  });

  it("blocks on a faulty target or tolerance", () => {
    const result = runOk(
      canonicalWorkbook([
        indicatorRow("E1", { Target: { error: "#REF!" } }),
        indicatorRow("E2", { Tolerance: "eighty" }),
      ])
    );
    expect(codesFor(result, "E1")).toEqual(["error:value.error@Indicators!G2"]);
    expect(codesFor(result, "E2")).toContain("error:value.notNumber@Indicators!H3");
    expect(statusOf(result, "E1")).toBe("notClassified");
    expect(statusOf(result, "E2")).toBe("notClassified");
  });

  it("warns when a tolerance looks like a band in threshold mode, and reads it as a band in points mode", () => {
    const rows = [indicatorRow("B1", { Tolerance: 5, "Q2 2018/19": 86 })];
    const threshold = runOk(canonicalWorkbook(rows));
    expect(codesFor(threshold, "B1")).toEqual(["warning:tolerance.looksLikeBand@Indicators!H2"]);
    expect(statusOf(threshold, "B1")).toBe("insideTolerance");
    const points = runOk(canonicalWorkbook(rows), { toleranceMode: "points" });
    expect(points.indicators[0].threshold).toBe(85);
    expect(codesFor(points, "B1")).toEqual([]);
    const percent = runOk(canonicalWorkbook(rows), { toleranceMode: "percent" });
    expect(percent.indicators[0].threshold).toBeCloseTo(85.5, 9);
    const negative = runOk(canonicalWorkbook([indicatorRow("B2", { Tolerance: -5 })]), {
      toleranceMode: "points",
    });
    expect(codesFor(negative, "B2")).toEqual(["error:tolerance.wrongSide@Indicators!H2"]);
  });

  it("flags duplicate refs and rows with figures but no ref or name", () => {
    const result = runOk(
      canonicalWorkbook([
        indicatorRow("D1"),
        [null, null, null, null, null, null, 5, 4, 1, 2, 3, 4],
        indicatorRow("D1", { Indicator: "Copy" }),
      ])
    );
    expect(result.findings.map((f) => `${f.severity}:${f.code}@${f.cell}`)).toEqual([
      "warning:row.noIdentity@Indicators!A3",
      "warning:ref.duplicate@Indicators!A4",
    ]);
    expect(result.findings[1].message).toMatch(/^A4: ref D1 is used again \(first at A2\)/);
    expect(result.indicators).toHaveLength(2);
  });

  it("takes areas from section rows when there is no area column", () => {
    const header = ["Ref", "Indicator", "Polarity", "Target", "Tolerance", "Q2 2018/19"];
    const sheet = buildSheet({
      header,
      rows: [
        ["X0", "Before any section", "High", 1, 0, 1],
        { $section: "Children in Care" },
        ["C1", "Stability", "High", 90, 85, 91],
        "blank",
        { $section: "Workforce" },
        ["W1", "Turnover", "Low", 10, 12, 9],
      ],
    });
    const result = runOk(workbookOf(sheet));
    expect(result.indicators.map((i) => i.area)).toEqual([
      "Other indicators",
      "Children in Care",
      "Workforce",
    ]);
    expect(result.summary.areas.map((a) => a.area)).toEqual([
      "Other indicators",
      "Children in Care",
      "Workforce",
    ]);
  });

  it("carries a blank area cell down from the row above (merged cells)", () => {
    const result = runOk(
      canonicalWorkbook([
        indicatorRow("M1", { "Service area": "Early Help" }),
        indicatorRow("M2", { "Service area": null }),
      ])
    );
    expect(result.indicators.map((i) => i.area)).toEqual(["Early Help", "Early Help"]);
  });

  it("reads benchmarks and the cohort", () => {
    const header = [
      "Ref",
      "Indicator",
      "Polarity",
      "Target",
      "Tolerance",
      "Q2 2018/19",
      "National average",
      "SN average",
      "Region",
      "Numerator",
      "Cohort",
    ];
    const sheet = buildSheet({
      header,
      rows: [["K1", "Care leavers", "High", 90, 85, 91, 85, 88, { error: "#N/A" }, 10, 11]],
    });
    const result = runOk(workbookOf(sheet));
    const [ind] = result.indicators;
    expect(ind.benchmarks.map((b) => [b.name, b.value.value, b.value.cell])).toEqual([
      ["National", 85, "Indicators!G2"],
      ["Statistical neighbours", 88, "Indicators!H2"],
    ]);
    expect(ind.numerator?.value).toBe(10);
    expect(ind.denominator?.value).toBe(11);
    expect(codesFor(result, "K1")).toEqual(["warning:value.error@Indicators!I2"]);
    expect(statusOf(result, "K1")).toBe("onTarget");
  });

  it("starts every message with the cell", () => {
    const result = runOk(
      canonicalWorkbook([
        indicatorRow("F1", { Polarity: "Sideways", Unit: "Weeks", "Q2 2018/19": "x" }),
      ])
    );
    for (const f of result.findings)
      expect(f.message.startsWith(`${f.cell.split("!")[1]}: `)).toBe(true);
  });
});
