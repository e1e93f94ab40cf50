/**
 * The report content as a Word document (docx): A4, British English, Heading 1/2 for the
 * navigation pane and a table of contents, each picture as SVG with a PNG fallback and alt text.
 */
import {
  Document,
  HeadingLevel,
  ImageRun,
  PageOrientation,
  Packer,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from "docx";
import type { Drawing } from "./charts/drawing";
import { drawingToPng } from "./charts/png";
import { drawingToSvg } from "./charts/svg";
import type { ReportContent } from "./content";
import { appendixTable, summaryTable } from "./docxTables";
import { xmlSafe } from "./xmlText";

/** A4 in twentieths of a point, with 2 cm margins. */
const A4 = { width: 11906, height: 16838 } as const;
const MARGIN = 1134;

/** Words the report leaves to the reviewer, in square brackets so they are easy to find. */
export const REVIEWER_PLACEHOLDER =
  "[For the reviewer: the recommendations to the panel, and the officers presenting the report.]";

function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    keepNext: true,
    children: [new TextRun(xmlSafe(text))],
  });
}

function plain(text: string, options: { italics?: boolean; bold?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: xmlSafe(text), ...options })],
    spacing: { after: 120 },
  });
}

/** A picture paragraph; `keepNext` holds an indicator's picture on the page of its text. */
function picture(drawing: Drawing, name: string, keepNext = false): Paragraph {
  const svg = new TextEncoder().encode(drawingToSvg(drawing));
  return new Paragraph({
    spacing: { after: 120 },
    keepNext,
    children: [
      new ImageRun({
        type: "svg",
        data: svg,
        fallback: { type: "png", data: drawingToPng(drawing) },
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

function portraitPage() {
  return {
    page: {
      size: { ...A4, orientation: PageOrientation.PORTRAIT },
      margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    },
  };
}

function mainSection(content: ReportContent): ISectionOptions {
  const children: (Paragraph | ReturnType<typeof summaryTable>)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(content.title))] }),
    plain(`To the Chair and Members of the ${content.names.committeeName}`, { bold: true }),
    plain(`Provider: ${content.names.providerName}`),
    plain(`Period: ${content.period}`),
    plain(`Date: ${content.dateText}`),
    heading("Summary", 1),
    ...content.introduction.map((p) => plain(p)),
    plain(
      `The table below summarises the number of contract measures on target, within tolerance and outside tolerance as at the end of ${content.period}.`
    ),
    summaryTable(content.summary, content.palette),
    plain(""),
    picture(content.summaryDrawing, "Summary picture"),
    heading("Recommendations", 1),
    plain(REVIEWER_PLACEHOLDER, { italics: true }),
  ];
  for (const group of content.groups) {
    children.push(heading(group.title, 1));
    if (group.items.length === 0) children.push(plain(`None in ${content.period}.`));
    for (const item of group.items) {
      children.push(heading(item.headline, 2), picture(item.drawing, `Trend ${item.ref}`, true));
      children.push(...item.paragraphs.map((p) => plain(p)));
    }
  }
  return { properties: portraitPage(), children };
}

function appendixSection(content: ReportContent): ISectionOptions {
  const children =
    content.appendix.length > 0
      ? [appendixTable(content.appendix, content.palette)]
      : [plain("The Challenge log has no rows.")];
  return {
    properties: {
      page: {
        size: { ...A4, orientation: PageOrientation.LANDSCAPE },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      },
    },
    children: [
      heading("Appendix: Challenge log", 1),
      plain(
        `The council's challenge and ${content.names.providerName}'s response, indicator by indicator.`
      ),
      ...children,
    ],
  };
}

export function reportDocument(content: ReportContent): Document {
  return new Document({
    title: xmlSafe(content.title),
    subject: xmlSafe(`Performance challenge of ${content.names.providerName}, ${content.period}`),
    creator: "Performance Challenge",
    description: xmlSafe(
      `Drafted from the classified workbook for the ${content.names.committeeName}.`
    ),
    styles: {
      default: { document: { run: { language: { value: "en-GB" }, font: "Arial", size: 22 } } },
    },
    sections: [mainSection(content), appendixSection(content)],
  });
}

/** The .docx bytes (works in Node and in the browser). */
export async function reportBytes(content: ReportContent): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(content)));
}
