/**
 * Workbook text that XML forbids (control characters, U+FFFE, a lone surrogate) or that looks like
 * markup never breaks the report: every part of the .docx and every SVG stays well-formed text.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { resvgRasteriser } from "../../src/cli/svgRaster";
import { buildReport } from "../../src/report";
import { drawingToSvg } from "../../src/report/charts/svg";
import { trendDrawing, trendInputOf } from "../../src/report/charts/trend";
import { xmlSafe } from "../../src/report/xmlText";
import { classifyWorkbook } from "../../src/xlsx";
import { readLogRows } from "../../src/xlsx/logSheet";
import { paragraphs, readDocx } from "./docxReader";

const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/; // eslint-disable-line no-control-regex
const NAME = 'Care <b>leavers</b> & \u0001friends\uFFFE \uD800 =HYPERLINK("x")';

describe("text XML cannot carry", () => {
  it("xmlSafe drops exactly the characters XML 1.0 forbids", () => {
    expect(xmlSafe("a\u0001b\u000Bc\tD\nE\r\uFFFEf\uD800g😀h")).toBe("abc\tD\nE\rfg😀h");
  });

  it("leaves every part of the report and every SVG free of them, the rest of the text intact", async () => {
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
    ws.addRow(["K1", NAME, "Leaving \u0007care", "Higher", "%", 80, 75, 78, 82]);
    const outcome = classifyWorkbook(wb);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const bytes = await buildReport({
      result: outcome.result,
      edits: { K1: "Edited\u0002 <script>alert(1)</script> text\uDFFF." },
      logRows: readLogRows(wb),
      names: {
        providerName: "Trust \u0003One",
        committeeName: "Panel",
        authorName: "Officer\u0004 <i>",
        reportDate: "",
      },
      date: new Date(Date.UTC(2019, 9, 1)),
      rasterise: resvgRasteriser,
    });
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((f) => /\.(xml|rels|svg)$/.test(f))) {
      const text = await zip.file(name)!.async("string");
      expect({ name, bad: FORBIDDEN.test(text) }).toEqual({ name, bad: false });
    }
    const texts = paragraphs(await readDocx(bytes)).map((p) => p.text);
    expect(texts).toContain("Edited <script>alert(1)</script> text.");
    expect(texts).toContain("Provider: Trust One");
    expect(texts.some((t) => t.includes('Care <b>leavers</b> & friends  =HYPERLINK("x")'))).toBe(
      true
    );
    const svg = drawingToSvg(trendDrawing(trendInputOf(outcome.result, 0)));
    expect(FORBIDDEN.test(svg)).toBe(false);
    expect(svg).toContain("Care &lt;b&gt;leavers&lt;/b&gt; &amp; friends");
  });
});
