import {
  escapeMarkdown,
  SUMMARY_SCHEMA,
  toCommentaryMarkdown,
  toSummaryJson,
} from "../../src/engine/outputs";
import { COMMENTARY_GROUP_TITLE } from "../../src/engine/types";
import { makeResult, type RowSpec } from "./writePlanFixture";

const SPECS: RowSpec[] = [
  {
    ref: "A1",
    area: "Social Care Pathway",
    status: "insideTolerance",
    value: 27,
    group: "concern",
    draft: "Just within tolerance.",
  },
  {
    ref: "A2",
    area: "Social Care Pathway",
    status: "onTarget",
    value: 91,
    group: "good",
    draft: "On target again.",
  },
  {
    ref: "E1",
    area: "Social Care Pathway",
    status: "noTarget",
    value: 1898,
    volumetric: true,
    draft: "Contacts rose.",
  },
  {
    ref: "B2",
    area: "Children in Care",
    status: "notClassified",
    value: null,
    draft: "No value for Q2 2018/19.",
  },
];

describe("toSummaryJson", () => {
  const result = makeResult(SPECS);
  result.findings = [
    {
      severity: "error",
      code: "value.missing",
      cell: "Indicators!D5",
      ref: "B2",
      message: "D5: no value for Q2 2018/19.",
    },
    {
      severity: "info",
      code: "sheet.note",
      cell: "Indicators",
      message: "A note about the sheet.",
    },
  ];
  const json = toSummaryJson(result);

  it("has the perf-challenge/summary@1 shape with its keys in order", () => {
    expect(json.schema).toBe(SUMMARY_SCHEMA);
    expect(Object.keys(json)).toEqual([
      "schema",
      "sheet",
      "quarter",
      "period",
      "periodKind",
      "indicators",
      "summary",
      "findings",
      // docs/layouts.md (issue 9): how the sheet was read, `layout.columns`.
      "layout",
    ]);
    expect(json.sheet).toBe("Indicators");
    expect(json.quarter).toBe("Q2 2018/19");
    expect(Object.keys(json.summary)).toEqual(["areas", "total", "percent"]);
  });

  it("lists every indicator, volumetric ones too, with value, status and cell", () => {
    expect(json.indicators).toHaveLength(SPECS.length);
    expect(json.indicators[0]).toEqual({
      ref: "A1",
      name: "Indicator A1",
      area: "Social Care Pathway",
      type: "contract",
      value: 27,
      status: "insideTolerance",
      cell: "Indicators!D2",
    });
    expect(json.indicators[2]).toMatchObject({
      ref: "E1",
      type: "volumetric",
      status: "noTarget",
      value: 1898,
    });
    expect(json.indicators[3]).toMatchObject({ ref: "B2", value: null, status: "notClassified" });
  });

  it("copies the summary counts (contract rows only) and percentages", () => {
    expect(json.summary.total).toEqual({ ...result.summary.total });
    expect(json.summary.total.count).toBe(3);
    expect(json.summary.percent).toEqual(result.summary.percent);
    expect(json.summary.areas.map((a) => a.area)).toEqual([
      "Social Care Pathway",
      "Children in Care",
    ]);
  });

  it("lists findings with their cell and ref (null when about the whole sheet)", () => {
    expect(json.findings[0]).toEqual({
      severity: "error",
      code: "value.missing",
      cell: "Indicators!D5",
      ref: "B2",
      message: "D5: no value for Q2 2018/19.",
    });
    expect(json.findings[1].ref).toBeNull();
  });

  it("survives JSON.stringify unchanged", () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe("toCommentaryMarkdown", () => {
  const result = makeResult(SPECS);

  it("groups indicators under the seed's headings, in the seed's order", () => {
    const md = toCommentaryMarkdown(result, {});
    const headings = md.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toEqual([
      `## ${COMMENTARY_GROUP_TITLE.good}`,
      `## ${COMMENTARY_GROUP_TITLE.concern}`,
      `## ${COMMENTARY_GROUP_TITLE.volumetric}`,
      `## ${COMMENTARY_GROUP_TITLE.notClassified}`,
    ]);
    expect(md.indexOf("On target again.")).toBeGreaterThan(
      md.indexOf(`## ${COMMENTARY_GROUP_TITLE.good}`)
    );
    expect(md.indexOf("Just within tolerance.")).toBeGreaterThan(
      md.indexOf(`## ${COMMENTARY_GROUP_TITLE.concern}`)
    );
  });

  it("starts with the summary table", () => {
    const md = toCommentaryMarkdown(result, {});
    expect(md).toContain(
      "| Service area | Outside tolerance | Inside tolerance | On or better than target | No target specified | Not classified |"
    );
    const { total, percent } = result.summary;
    const cells = (
      ["outsideTolerance", "insideTolerance", "onTarget", "noTarget", "notClassified"] as const
    ).map((s) => `${total[s]} (${percent[s]}%)`);
    expect(md).toContain(`| **Total** | ${cells.join(" | ")} |`);
  });

  it("uses a reviewer's edit in place of the draft and marks it", () => {
    const md = toCommentaryMarkdown(result, { A2: "The reviewer's view." });
    expect(md).toContain("The reviewer's view.");
    expect(md).not.toContain("On target again.");
    const section = md.slice(md.indexOf("### A2"), md.indexOf("##", md.indexOf("### A2") + 4));
    expect(section).toContain("_Edited by a reviewer._");
    expect(md.match(/Edited by a reviewer/g)).toHaveLength(1);
  });

  it("is the same text for the same run", () => {
    expect(toCommentaryMarkdown(result, {})).toBe(toCommentaryMarkdown(result, {}));
  });

  it("escapes workbook text that Markdown would read as markup", () => {
    expect(escapeMarkdown("rate *per* 10_000 <b>")).toBe("rate \\*per\\* 10\\_000 \\<b\\>");
    expect(escapeMarkdown("# not a heading")).toBe("\\# not a heading");
  });
});
