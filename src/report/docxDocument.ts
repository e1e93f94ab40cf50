/**
 * The report content as a Word document (docx): A4, British English, a table of contents Word
 * fills in on opening, Heading 1/2 for the navigation pane, headings kept with what follows, table
 * rows kept whole, the appendix on landscape pages, each picture as SVG with a PNG fallback and alt
 * text, and every placeholder for the reviewer marked (docs/report.md).
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  HighlightColor,
  ImageRun,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  TableOfContents,
  TextRun,
  type ISectionOptions,
} from "docx";
import type { Drawing } from "./charts/drawing";
import { drawingToSvg } from "./charts/svg";
import {
  isPlaceholder,
  lineText,
  placeholderText,
  type Line,
  type Placeholder,
  type ReportContent,
} from "./content";
import { appendixTable, summaryTable } from "./docxTables";
import type { SvgRasteriser } from "./raster";
import { xmlSafe } from "./xmlText";

/** A4 in twentieths of a point, with 2 cm margins. */
const A4 = { width: 11906, height: 16838 } as const;
const MARGIN = 1134;
/** The text width of a landscape page, for the appendix table. */
export const LANDSCAPE_TEXT_WIDTH = A4.height - 2 * MARGIN;

/** A placeholder as printed: bracketed, italic and highlighted, so a reader cannot miss it. */
function placeholderRun(run: Placeholder, bold?: boolean): TextRun {
  return new TextRun({
    text: xmlSafe(placeholderText(run)),
    italics: true,
    bold,
    highlight: HighlightColor.YELLOW,
  });
}

function runsOf(line: Line, bold?: boolean): TextRun[] {
  return line.map((run) =>
    isPlaceholder(run) ? placeholderRun(run, bold) : new TextRun({ text: xmlSafe(run), bold })
  );
}

function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    keepNext: true,
    keepLines: true,
    children: [new TextRun(xmlSafe(text))],
  });
}

function plain(line: Line | string, options: { bold?: boolean; keepNext?: boolean } = {}) {
  return new Paragraph({
    children: runsOf(typeof line === "string" ? [line] : line, options.bold),
    keepNext: options.keepNext,
    spacing: { after: 120 },
  });
}

/** A picture paragraph; `keepNext` holds an indicator's picture on the page of its text. */
function picture(drawing: Drawing, png: Uint8Array, name: string, keepNext = false): Paragraph {
  const svg = new TextEncoder().encode(drawingToSvg(drawing));
  return new Paragraph({
    spacing: { after: 120 },
    keepNext,
    children: [
      new ImageRun({
        type: "svg",
        data: svg,
        fallback: { type: "png", data: png },
        transformation: { width: drawing.width, height: drawing.height },
        altText: {
          name: xmlSafe(name),
          title: xmlSafe(drawing.title),
          description: xmlSafe(drawing.description),
        },
      }),
    ],
  });
}

function page(orientation: (typeof PageOrientation)[keyof typeof PageOrientation]) {
  return {
    page: {
      size: { ...A4, orientation },
      margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, footer: 567 },
    },
  };
}

function footer(content: ReportContent): { default: Footer } {
  return {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [
            new TextRun({ text: xmlSafe(`${content.title} · Page `), size: 18 }),
            new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
          ],
        }),
      ],
    }),
  };
}

type Pictures = { summary: Uint8Array | null; trends: Uint8Array[][] };
type Block = ISectionOptions["children"][number];

function frontMatter(content: ReportContent): Block[] {
  const [committee, ...details] = content.cover;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(content.title))] }),
    plain(committee, { bold: true }),
    ...details.map((line) => plain(line)),
    new Paragraph({
      children: [new TextRun({ text: xmlSafe(content.drafted), italics: true, size: 18 })],
      spacing: { after: 240 },
    }),
    new Paragraph({
      children: [new TextRun({ text: "Contents", bold: true, size: 28 })],
      spacing: { before: 120, after: 120 },
    }),
    // Dirty, so Word fills in the page numbers when it opens the document (it asks first).
    // The sections only: a headline per indicator would fill pages (the navigation pane has them).
    new TableOfContents("Contents", { hyperlink: true, headingStyleRange: "1-1" }),
  ];
}

function summaryPart(content: ReportContent, pictures: Pictures): Block[] {
  const parts: Block[] = [
    heading("Summary", 1),
    ...content.introduction.map((line) => plain(line)),
    plain(
      `The table below summarises the number of contract measures on target, within tolerance and outside tolerance as at the end of ${content.period}.`,
      { keepNext: true }
    ),
    summaryTable(content.summary, content.palette),
    plain(""),
  ];
  if (content.summaryDrawing && pictures.summary)
    parts.push(picture(content.summaryDrawing, pictures.summary, "Summary picture"));
  return parts;
}

function recommendationsPart(content: ReportContent): Paragraph[] {
  const { recommendations } = content;
  return [
    heading("Recommendations", 1),
    plain([recommendations.placeholder]),
    plain(recommendations.lead, { keepNext: recommendations.prompts.length > 0 }),
    ...recommendations.prompts.map(
      (prompt, i) =>
        new Paragraph({
          bullet: { level: 0 },
          keepNext: i < recommendations.prompts.length - 1,
          spacing: { after: i < recommendations.prompts.length - 1 ? 40 : 240 },
          children: [new TextRun(xmlSafe(prompt.text))],
        })
    ),
  ];
}

function mainSection(content: ReportContent, pictures: Pictures): ISectionOptions {
  const children: Block[] = [
    ...frontMatter(content),
    ...summaryPart(content, pictures),
    ...recommendationsPart(content),
  ];
  content.groups.forEach((group, g) => {
    children.push(heading(group.title, 1));
    if (group.items.length === 0) children.push(plain(`None in ${content.period}.`));
    group.items.forEach((item, i) => {
      children.push(
        heading(item.headline, 2),
        picture(item.drawing, pictures.trends[g][i], `Trend ${item.ref}`, true),
        ...item.paragraphs.map(
          (p, k) =>
            new Paragraph({
              children: [new TextRun(xmlSafe(p))],
              spacing: { after: 120 },
              // The first lines of the text stay with the picture above them.
              keepLines: k === 0,
            })
        )
      );
    });
  });
  return { properties: page(PageOrientation.PORTRAIT), footers: footer(content), children };
}

function appendixSection(content: ReportContent): ISectionOptions {
  const table =
    content.appendix.length > 0
      ? appendixTable(content.appendix, content.palette, LANDSCAPE_TEXT_WIDTH)
      : plain("The Challenge log has no rows.");
  return {
    properties: page(PageOrientation.LANDSCAPE),
    footers: footer(content),
    children: [
      heading("Appendix: Challenge log", 1),
      plain(content.appendixLead, { keepNext: true }),
      table,
    ],
  };
}

export function reportDocument(content: ReportContent, pictures: Pictures): Document {
  const provider = lineText(content.introduction[0] ?? []);
  return new Document({
    title: xmlSafe(content.title),
    subject: xmlSafe(`Performance challenge, ${content.period}`),
    creator: xmlSafe(content.names.authorName || "Performance Challenge"),
    description: xmlSafe(provider),
    features: { updateFields: true },
    styles: {
      default: { document: { run: { language: { value: "en-GB" }, font: "Arial", size: 22 } } },
    },
    sections: [mainSection(content, pictures), appendixSection(content)],
  });
}

/** Every picture's PNG fallback, drawn one after another (a browser canvas is single-threaded). */
async function drawPictures(content: ReportContent, rasterise: SvgRasteriser): Promise<Pictures> {
  const png = (d: Drawing) => rasterise(drawingToSvg(d), { width: d.width, height: d.height });
  const summary = content.summaryDrawing ? await png(content.summaryDrawing) : null;
  const trends: Uint8Array[][] = [];
  for (const group of content.groups) {
    const drawn: Uint8Array[] = [];
    for (const item of group.items) drawn.push(await png(item.drawing));
    trends.push(drawn);
  }
  return { summary, trends };
}

/** The .docx bytes (works in Node and in the browser, with the front end's rasteriser). */
export async function reportBytes(
  content: ReportContent,
  rasterise: SvgRasteriser
): Promise<Uint8Array> {
  const pictures = await drawPictures(content, rasterise);
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(content, pictures)));
}
