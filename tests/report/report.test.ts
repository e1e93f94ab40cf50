/**
 * The Word report, read back with an independent reader (tests/report/docxReader.ts): headings,
 * the summary table's figures, each indicator's text in its group, a reviewer's edit in place of
 * the draft, alt text on every picture, header rows, A4 and British English.
 */
import ExcelJS from "exceljs";
import { resvgRasteriser } from "../../src/cli/svgRaster";
import { COMMENTARY_GROUP_TITLE, type RunResult } from "../../src/engine/types";
import { buildReport, DEFAULT_REPORT_NAMES } from "../../src/report";
import { classifyWorkbook, editTargetOf, saveCommentary } from "../../src/xlsx";
import { readLogRows } from "../../src/xlsx/logSheet";
import { paragraphs, readDocx, tables, type ReadDocument } from "./docxReader";
import { DRAFTED, NAMES, sampleReport as buildSample, TYPED_RESPONSE } from "./sampleReport";

async function sampleReport(
  names = NAMES
): Promise<{ doc: ReadDocument; result: RunResult; bytes: Uint8Array }> {
  const { bytes, result } = await buildSample({ names, typed: true });
  return { doc: await readDocx(bytes), result, bytes };
}

/** Index of the block holding a paragraph with this style and text. */
function blockIndex(doc: ReadDocument, style: string, text: string): number {
  return doc.blocks.findIndex((b) => b.kind === "p" && b.style === style && b.text === text);
}

describe("the report of the sample", () => {
  let doc: ReadDocument;
  let result: RunResult;
  beforeAll(async () => {
    ({ doc, result } = await sampleReport());
  });

  it("has the title, names, author, date and the Heading 1 sections in order", () => {
    const title = paragraphs(doc).find((p) => p.style === "Title");
    expect(title?.text).toBe("Performance challenge – Q2 2018/19");
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts).toContain(
      "To the Chair and Members of the Children and Young People's Overview and Scrutiny Panel"
    );
    expect(texts).toContain("Provider: Doncaster Children's Services Trust");
    expect(texts).toContain("Report author: Director of People");
    expect(texts).toContain("Date: 14 November 2018");
    expect(texts).toContain("Drafted from the workbook on 7 November 2018.");
    // Every name was given: the only placeholder left is the reviewer's own part, the recommendations.
    expect(texts.filter((t) => t.includes("[To fill in"))).toEqual([
      "[To fill in: the recommendations to the panel]",
    ]);
    expect(
      paragraphs(doc)
        .filter((p) => p.style === "Heading1")
        .map((p) => p.text)
    ).toEqual([
      "Summary",
      "Recommendations",
      "Areas of good and improving performance",
      "Performance of concern or potential concern",
      "Volumetric measures",
      "Not classified",
      "Appendix: Challenge log",
    ]);
  });

  it("lays the summary out as the seed's paragraph 18, totals 2/5/13/0 of 20 → 10/25/65/0%", () => {
    const summary = tables(doc)[0];
    expect(summary.rows[0].header).toBe(true);
    expect(summary.rows.slice(1).every((r) => !r.header)).toBe(true);
    expect(summary.rows[0].cells).toEqual([
      "Service area",
      "Outside tolerance",
      "Inside tolerance",
      "On or better than target",
      "No target specified",
    ]);
    // Status headers are shaded in the palette's colours and named in words.
    expect(summary.rows[0].fills.slice(1)).toEqual(["EE8C7A", "FFE07A", "8ED1B5", "EEEEEE"]);
    expect(summary.rows.slice(1).map((r) => r.cells)).toEqual([
      ["Social Care Pathway", "1", "2", "4", "0"],
      ["Children in Care", "1", "0", "4", "0"],
      ["Youth Offending Services", "0", "2", "1", "0"],
      ["Family Support Services", "0", "1", "1", "0"],
      ["Workforce", "0", "0", "3", "0"],
      ["Total (20)", "2 (10%)", "5 (25%)", "13 (65%)", "0 (0%)"],
    ]);
  });

  it("puts every indicator's headline (Heading 2) and text under its group's heading", () => {
    const groupStarts = Object.values(COMMENTARY_GROUP_TITLE).map((t) =>
      blockIndex(doc, "Heading1", t)
    );
    const appendix = blockIndex(doc, "Heading1", "Appendix: Challenge log");
    expect(result.commentary.length).toBeGreaterThan(20);
    for (const item of result.commentary) {
      const at = blockIndex(doc, "Heading2", item.headline);
      const group = Object.keys(COMMENTARY_GROUP_TITLE).indexOf(item.group);
      const end = group + 1 < groupStarts.length ? groupStarts[group + 1] : appendix;
      expect(at).toBeGreaterThan(groupStarts[group]);
      expect(at).toBeLessThan(end);
      const next = doc.blocks[at + 2];
      expect(next.kind === "p" && next.text).toBe(item.text);
    }
  });

  it("gives every picture alt text that says the trend, and stores SVG with a PNG fallback", () => {
    expect(doc.images).toHaveLength(1 + result.commentary.length);
    for (const image of doc.images) {
      expect(image.title).not.toBe("");
      expect(image.description.length).toBeGreaterThan(40);
    }
    expect(doc.images[0].name).toBe("Summary picture");
    expect(doc.images[0].description).toContain(
      "Q2 2018/19, 20 contract indicators: 2 outside tolerance (10%), 5 inside tolerance (25%), 13 on or better than target (65%), 0 no target specified (0%)."
    );
    // Q1 as the engine classifies it on the input (perf-challenge --quarter "Q1 2018/19"), though
    // read from the workbook just classified for Q2: the same totals, by other areas.
    expect(doc.images[0].description).toContain(
      "Q1 2018/19, 20 contract indicators: 2 outside tolerance (10%), 5 inside tolerance (25%), 13 on or better than target (65%), 0 no target specified (0%)."
    );
    const a2 = doc.images.find((i) => i.name === "Trend A2");
    expect(a2?.description).toContain(
      "rose from 80% in Q3 2016/17 to 91% in Q2 2018/19, the highest of the 8 figures shown."
    );
    expect(a2?.description).toContain("Q1 2018/19 89%, Q2 2018/19 91%.");
    expect(a2?.description).toContain("Target 90%, tolerance to 85%. Higher is better.");
    expect(doc.media.filter((m) => m.endsWith(".svg"))).toHaveLength(doc.images.length);
    expect(doc.media.filter((m) => m.endsWith(".png"))).toHaveLength(doc.images.length);
  });

  it("lists the concern group's indicators as prompts under Recommendations, and invents none", () => {
    const texts = paragraphs(doc).map((p) => p.text);
    const all = paragraphs(doc);
    const start = all.findIndex((p) => p.style === "Heading1" && p.text === "Recommendations");
    const end = texts.indexOf("Areas of good and improving performance", start);
    const section = texts.slice(start + 1, end);
    expect(section[0]).toBe("[To fill in: the recommendations to the panel]");
    const concern = result.commentary.filter((c) => c.group === "concern").map((c) => c.ref);
    expect(concern.length).toBeGreaterThan(2);
    expect(section.slice(2).map((t) => t.split(" ")[0])).toEqual(concern);
    expect(section).toContain(
      "A4 Percentage of children seen within appropriate timescales: 74%, outside tolerance."
    );
  });

  it("is a finished document: contents field updated on opening, headings kept with what follows, rows kept whole", () => {
    expect(/<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/.test(doc.xml)).toBe(true);
    expect(doc.settings).toContain("<w:updateFields");
    const headings =
      doc.xml.match(
        /<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading[12]"\/>[\s\S]*?<\/w:pPr>/g
      ) ?? [];
    expect(headings.length).toBeGreaterThan(result.commentary.length);
    for (const h of headings) expect(h).toContain("<w:keepNext/>");
    const rows = doc.xml.match(/<w:tr>[\s\S]*?<\/w:trPr>/g) ?? [];
    expect(rows.length).toBe(7 + 1 + result.commentary.filter((c) => c.group === "concern").length);
    for (const row of rows) expect(row).toContain("<w:cantSplit/>");
  });

  it("is A4, British English, with the Challenge log as a table with a header row", () => {
    expect(doc.xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(doc.styles).toContain('<w:lang w:val="en-GB"/>');
    const log = tables(doc)[1];
    expect(log.rows[0].header).toBe(true);
    expect(log.rows[0].cells).toEqual([
      "Ref",
      "Indicator",
      "Value",
      "Status",
      "Council challenge",
      "Trust response",
      "Agreed action",
    ]);
    const a1 = log.rows.find((r) => r.cells[0] === "A1");
    expect(a1?.cells.slice(1, 4)).toEqual([
      "Percentage of re-referrals in last 12 months",
      "27%",
      "Inside tolerance",
    ]);
    expect(a1?.fills[3]).toBe("FFE07A");
    expect(a1?.cells[4]).toBe(result.commentary.find((c) => c.ref === "A1")?.text);
    // What the reviewer typed, as Excel shows it: the date, not its serial number 43788.
    expect(a1?.cells.slice(5)).toEqual([TYPED_RESPONSE, "19/11/2019"]);
    expect(doc.xml).not.toContain("43788");
  });

  it("puts the appendix on landscape pages with columns sized by what they hold", () => {
    expect(doc.xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    const grid = /<w:tblGrid>((?:<w:gridCol w:w="\d+"\/>){7})<\/w:tblGrid>/.exec(doc.xml);
    const widths = [...(grid?.[1] ?? "").matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(7);
    // The council's challenge, the longest text, gets the most room; an empty column only its heading's.
    const [, , , , council, , action] = widths;
    expect(Math.max(...widths)).toBe(council);
    expect(council).toBeGreaterThan(widths.reduce((a, b) => a + b, 0) * 0.3);
    expect(action).toBeLessThan(council / 3);
  });

  it("gives the same text for the same workbook (pictures' ids aside)", async () => {
    const again = await sampleReport();
    expect(again.doc.blocks).toEqual(doc.blocks);
    expect(again.doc.images).toEqual(doc.images);
  });
});

/** A small workbook: one indicator edited by a reviewer, one with no value, one with a bad polarity. */
async function editedWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KPIs");
  ws.addRow([
    "Ref",
    "Indicator",
    "Service area",
    "Polarity",
    "Unit",
    "Target",
    "Tolerance",
    "Q1 2019/20",
    "Q2 2019/20",
  ]);
  ws.addRow(["K1", "Adoptions within timescale", "Adoption", "Higher", "%", 80, 75, 78, 82]);
  ws.addRow(["K2", "Placement moves", "Adoption", "Lower", "%", 10, 12, 9, 11]);
  ws.addRow(["K3", "Pathway plans up to date", "Leaving care", "Higher", "%", 95, 90, 93, "tbc"]);
  ws.addRow(["K4", "Care leavers in touch", "Leaving care", "Sideways", "%", 90, 85, 88, 91]);
  return wb;
}

describe("the report of a workbook with an edit and rows not classified", () => {
  const EDIT = "The reviewer's own words for K1.\nA second paragraph, typed by the reviewer.";
  let doc: ReadDocument;
  let draftK1: string;

  beforeAll(async () => {
    const wb = await editedWorkbook();
    const first = classifyWorkbook(wb);
    if (!first.ok) throw new Error(first.failure.message);
    draftK1 = first.result.commentary.find((c) => c.ref === "K1")!.text;
    saveCommentary(wb, "K1", EDIT, editTargetOf(first.result, "K1"));
    const outcome = classifyWorkbook(wb);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const edits = new Map(Object.entries(outcome.edits));
    doc = await readDocx(
      await buildReport({
        result: outcome.result,
        edits,
        logRows: readLogRows(wb),
        names: NAMES,
        date: DRAFTED,
        rasterise: resvgRasteriser,
      })
    );
  });

  it("prints the reviewer's text in place of the draft, paragraph by paragraph", () => {
    const texts = paragraphs(doc).map((p) => p.text);
    expect(draftK1.length).toBeGreaterThan(20);
    expect(texts).not.toContain(draftK1);
    const at = texts.indexOf("The reviewer's own words for K1.");
    expect(at).toBeGreaterThan(0);
    expect(texts[at + 1]).toBe("A second paragraph, typed by the reviewer.");
  });

  it("lists K3 (no value) and K4 (unknown polarity) under Not classified, with the column in the summary", () => {
    const heads = paragraphs(doc)
      .filter((p) => p.style === "Heading1" || p.style === "Heading2")
      .map((p) => p.text);
    const notClassified = heads.indexOf("Not classified");
    const under = heads.slice(notClassified + 1, heads.indexOf("Appendix: Challenge log"));
    expect(under.map((h) => h.slice(0, 2)).sort()).toEqual(["K3", "K4"]);
    const summary = tables(doc)[0];
    expect(summary.rows[0].cells[5]).toBe("Not classified");
    // Adoption: K1 82 ≥ 80 on target, K2 11 in (10, 12] inside tolerance; Leaving care: both not classified.
    expect(summary.rows[1].cells).toEqual(["Adoption", "0", "1", "1", "0", "0"]);
    expect(summary.rows[2].cells).toEqual(["Leaving care", "0", "0", "0", "0", "2"]);
    expect(summary.rows[3].cells).toEqual([
      "Total (4)",
      "0 (0%)",
      "1 (25%)",
      "1 (25%)",
      "0 (0%)",
      "2 (50%)",
    ]);
  });

  it("shows the edited challenge in the appendix too, and alt text on every picture", () => {
    const k1 = tables(doc)[1].rows.find((r) => r.cells[0] === "K1");
    expect(k1?.cells[4]).toBe(EDIT);
    // No previous period given: no summary picture (the table says it all), a trend per indicator.
    expect(doc.images).toHaveLength(4);
    expect(doc.images.every((i) => i.description.startsWith("Trend of"))).toBe(true);
    expect(doc.images.find((i) => i.name === "Trend K3")?.description).toContain(
      "Q2 2019/20 no value"
    );
  });
});

describe("the report when the reviewer has named nobody", () => {
  it("prints a marked placeholder for each of provider, committee, author and date, never a default", async () => {
    const { doc } = await sampleReport(DEFAULT_REPORT_NAMES);
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts).toContain(
      "To the Chair and Members of the [To fill in: the panel or committee the report goes to]"
    );
    expect(texts).toContain("Provider: [To fill in: the provider's name]");
    expect(texts).toContain("Report author: [To fill in: the officer presenting the report]");
    expect(texts).toContain("Date: [To fill in: the report's date]");
    expect(texts.join("\n")).not.toMatch(/the provider\b(?!'s name)|Overview and Scrutiny Panel/);
    // Every placeholder is highlighted in its own run: a reader cannot miss one.
    const runs = doc.xml.match(/<w:r>(?:(?!<\/w:r>)[\s\S])*?\[To fill in:[\s\S]*?<\/w:r>/g) ?? [];
    expect(runs.length).toBeGreaterThanOrEqual(6);
    for (const run of runs) expect(run).toContain('<w:highlight w:val="yellow"/>');
  });
});
