/**
 * Issue 19, classes 3 and 4: evidence from a column's entries as well as its heading, half-
 * recognised headings read rather than refused, and the evidence shown with each role
 * (docs/periods.md, "Evidence from the entries"). Statuses are worked out by hand in comments.
 */
import { runEngine } from "../../src/engine";
import { columnContent } from "../../src/engine/columnContent";
import { GridView } from "../../src/engine/grid";
import { polarityInName, polarityInSentence, parsePolarity } from "../../src/engine/polarity";
import { headingWordsRole } from "../../src/engine/headingRoles";
import { matchHeader } from "../../src/engine/headers";
import type { CellValue } from "../../src/engine/types";

function run(values: CellValue[][]) {
  const result = runEngine({ sheets: [{ name: "S", top: 0, left: 0, values }] });
  if (!result.ok) throw new Error(result.failure.message);
  const r = result.result;
  return {
    statuses: r.classifications.map((c) => c.status),
    roles: (r.layout.columnRoles ?? []).map((e) => `${e.heading}=${e.role}`),
    evidence: Object.fromEntries((r.layout.columnRoles ?? []).map((e) => [e.heading, e.evidence])),
    findings: r.findings.map((f) => `${f.code}@${f.cell}`),
    messages: r.findings.map((f) => f.message),
  };
}

// Two indicators for Q2 2022/23. By hand: CP1, lower is better, 19 against 20 → on target;
// CP2, higher is better, 84 against 90 with no tolerance → outside tolerance.
function table(
  extraHeading: string,
  extra: [CellValue, CellValue],
  polarity = true
): CellValue[][] {
  return [
    ["Ref", "Indicator", ...(polarity ? ["Good is"] : []), "Target", "Q2 2022/23", extraHeading],
    ["CP1", "Re-referrals within 12 months (%)", ...(polarity ? ["L"] : []), 20, 19, extra[0]],
    ["CP2", "Assessments within 45 days (%)", ...(polarity ? ["H"] : []), 90, 84, extra[1]],
  ];
}

describe("half-recognised headings are read", () => {
  it.each<[string, string]>([
    ["Polarity (H/L)", "polarity"],
    ["Measure title", "indicator"],
    ["KPI no.", "ref"],
    ["PI code", "ref"],
    ["Outcome", "area"],
    ["Theme", "area"],
    ["Priority", "area"],
    ["Traffic Light", "ownRating"],
    ["RAG rating", "ownRating"],
    ["Tgt", "target"],
  ])("%s → %s", (heading, role) => {
    // Whole synonyms first (as the header row reads them), then the heading's words.
    expect(matchHeader(heading) ?? headingWordsRole(heading)).toBe(role);
  });

  it("never reads a question as a target or a polarity", () => {
    expect(headingWordsRole("Are we achieving our target?")).toBeNull();
    expect(headingWordsRole("Is higher better?")).toBeNull();
  });
});

describe("polarity in words", () => {
  it("reads a sentence that names one side as wanted", () => {
    expect(polarityInSentence("higher is good for this measure")).toBe("higher");
    expect(polarityInSentence("We want fewer children waiting")).toBe("lower");
    expect(polarityInSentence("aim to minimise")).toBe("lower");
    expect(polarityInSentence("higher is not better")).toBeNull();
    expect(polarityInSentence("higher or lower is good")).toBeNull();
    expect(parsePolarity("Higher is good for this measure")).toEqual({
      kind: "known",
      polarity: "higher",
    });
  });

  it("reads polarity at the end of the indicator's name", () => {
    expect(polarityInName("Households in temporary accommodation (aim to minimise)")).toBe("lower");
    expect(polarityInName("Assessments within 45 days (aim to maximise)")).toBe("higher");
    expect(polarityInName("Children in need (rate per 10,000)")).toBeNull();
    expect(polarityInName("Rate of re-referrals")).toBeNull();
  });

  it("rates rows whose polarity is only in the name", () => {
    // No polarity column: CP1 (minimise) 19 against 20 → on target; CP2 (maximise) 84 against 90 →
    // outside tolerance. Without the name's words both would be Not classified.
    const got = run([
      ["Ref", "Indicator", "Target", "Q2 2022/23"],
      ["CP1", "Re-referrals within 12 months (%) (aim to minimise)", 20, 19],
      ["CP2", "Assessments within 45 days (%) (aim to maximise)", 90, 84],
    ]);
    expect(got.statuses).toEqual(["onTarget", "outsideTolerance"]);
    expect(got.findings.filter((f) => f.startsWith("polarity."))).toEqual([]);
  });

  it("rates a polarity column written in sentences", () => {
    const got = run([
      ["Ref", "Indicator", "Measure polarity", "Target", "Q2 2022/23"],
      ["CP1", "Re-referrals within 12 months (%)", "lower is good for this measure", 20, 19],
      ["CP2", "Assessments within 45 days (%)", "higher is good for this measure", 90, 84],
    ]);
    expect(got.roles).toContain("Measure polarity=polarity");
    expect(got.statuses).toEqual(["onTarget", "outsideTolerance"]);
  });
});

describe("evidence from the entries", () => {
  it("reads Polarity (H/L) from its heading and its H/L entries", () => {
    const got = run([
      ["Ref", "Indicator", "Polarity (H/L)", "Target", "Q2 2022/23"],
      ["CP1", "Re-referrals within 12 months (%)", "L", 20, 19],
      ["CP2", "Assessments within 45 days (%)", "H", 90, 84],
    ]);
    expect(got.statuses).toEqual(["onTarget", "outsideTolerance"]);
    expect(got.evidence["Polarity (H/L)"]).toBe("from its heading's words and its L/H entries");
    expect(got.findings.filter((f) => f.startsWith("column."))).toEqual([]);
  });

  it("reads an H/L column under an unknown heading as the polarity, and says so", () => {
    const got = run(table("Which way", ["L", "H"], false));
    expect(got.roles).toContain("Which way=polarity");
    expect(got.statuses).toEqual(["onTarget", "outsideTolerance"]);
    expect(got.findings).toContain("column.readFromContent@S!E1");
  });

  it("reads Red/Amber/Green under Traffic Light as the sheet's own rating and compares it", () => {
    // CP2 is outside tolerance by the rule; the sheet says Green: rating.disagrees on its cell.
    const got = run(table("Traffic Light", ["Green", "Green"]));
    expect(got.roles).toContain("Traffic Light=ownRating");
    expect(got.statuses).toEqual(["onTarget", "outsideTolerance"]);
    expect(got.findings).toContain("rating.disagrees@S!F3");
  });

  it("reads text repeated in runs as the service area", () => {
    const got = run([
      ["Council plan", "Ref", "Indicator", "Good is", "Target", "Q2 2022/23"],
      ["Safeguarding", "CP1", "Re-referrals within 12 months (%)", "L", 20, 19],
      ["Safeguarding", "CP2", "Assessments within 45 days (%)", "H", 90, 84],
      ["Education", "ED1", "Pupils at good schools (%)", "H", 80, 85],
      ["Education", "ED2", "Persistent absence (%)", "L", 15, 14],
    ]);
    expect(got.roles[0]).toBe("Council plan=area");
    // ED1 85 ≥ 80 → on target; ED2 14 ≤ 15 → on target.
    expect(got.statuses).toEqual(["onTarget", "outsideTolerance", "onTarget", "onTarget"]);
  });

  it("says so when a heading's words and its entries disagree", () => {
    const got = run([
      ["Ref", "Indicator", "Tgt", "Target", "Q2 2022/23"],
      ["CP1", "Re-referrals within 12 months (%)", "L", 20, 19],
      ["CP2", "Assessments within 45 days (%)", "H", 90, 84],
    ]);
    // `Tgt` holds H/L: read as the polarity, with a warning; the statuses are as worked out above.
    expect(got.roles).toEqual([
      "Ref=ref",
      "Indicator=indicator",
      "Tgt=polarity",
      "Target=target",
      "Q2 2022/23=period",
    ]);
    expect(got.statuses).toEqual(["onTarget", "outsideTolerance"]);
    expect(got.findings).toContain("column.headingContentConflict@S!C1");
  });

  it("never reads free text or a frequency column as a grouping", () => {
    const got = run(table("Frequency", ["Quarterly", "Quarterly"]));
    expect(got.roles).toContain("Frequency=notUsed");
    const notes = run(table("Comments", ["See note", "See note"]));
    expect(notes.roles).toContain("Comments=notUsed");
  });

  it("classifies a column's entries", () => {
    const view = new GridView({
      name: "S",
      top: 0,
      left: 0,
      values: [["h"], ["H"], ["Low"], ["higher"], ["R"], ["A"], ["G"], ["Green"], [1], [2]],
    });
    expect(columnContent(view, [0, 1, 2, 3], 0).kind).toBe("polarity");
    expect(columnContent(view, [4, 5, 6, 7], 0).kind).toBe("rating");
    expect(columnContent(view, [8, 9], 0).kind).toBe("figures");
  });
});

describe("abbreviated headings", () => {
  it.each<[string, string]>([
    ["Tol", "tolerance"],
    ["Eng avg", "national"],
    ["Stat nbrs", "statNeighbours"],
    ["Nat'l average", "national"],
    ["Regional avg.", "regional"],
    ["Our target (%)", "target"],
    ["Polarity of measure", "polarity"],
    ["Service area name", "area"],
    ["Performance indicator title", "indicator"],
  ])("%s → %s", (heading, role) => {
    expect(matchHeader(heading) ?? headingWordsRole(heading)).toBe(role);
  });
});

describe("a heading that names its role outright, over entries of another kind", () => {
  it("keeps the heading's role and says what the entries look like", () => {
    const got = run([
      ["Ref", "Indicator", "Polarity", "Target", "Q2 2022/23"],
      ["CP1", "Re-referrals within 12 months (%)", 20, "L", 19],
      ["CP2", "Assessments within 45 days (%)", 90, "H", 84],
    ]);
    expect(got.roles).toContain("Polarity=polarity");
    expect(got.roles).toContain("Target=target");
    expect(got.findings).toContain("column.headingContentConflict@S!C1");
    expect(got.findings).toContain("column.headingContentConflict@S!D1");
    // Nothing is rated from swapped columns: every row is Not classified, never a status.
    expect(got.statuses).toEqual(["notClassified", "notClassified"]);
  });
});
