/**
 * The report's two Word tables: the summary (seed paragraph 18) and the appendix's Challenge log.
 * Header rows are marked as such (repeated on each page, read as headers by screen readers); a
 * status is always written in words, its colour only shades the cell.
 */
import {
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  AlignmentType,
  TableLayoutType,
} from "docx";
import { PALETTES } from "../engine/palette";
import type { PaletteName } from "../engine/plan-types";
import { STATUS_LABEL, type Status } from "../engine/types";
import {
  APPENDIX_HEADERS,
  paragraphsOf,
  type AppendixRow,
  type SummaryTableContent,
} from "./content";
import { contentWidths } from "./columnWidths";
import { xmlSafe } from "./xmlText";

function shading(
  status: Status,
  palette: PaletteName
): { fill: string; type: typeof ShadingType.CLEAR; color: string } | undefined {
  if (status === "notClassified") return undefined;
  return { fill: PALETTES[palette][status].slice(1), type: ShadingType.CLEAR, color: "auto" };
}

/** Twentieths of a point: a cell's left and right margins, and one character of 10 pt Arial. */
const CELL_MARGIN = 80;
const CHAR_TWIPS = 104;
/** Body text of the appendix (half-points): 10 pt keeps long challenges to fewer lines. */
const APPENDIX_TEXT_SIZE = 20;

function cell(
  text: string,
  options: {
    bold?: boolean;
    right?: boolean;
    status?: Status | null;
    palette?: PaletteName;
    /** Width in twentieths of a point. */
    width?: number;
    size?: number;
  } = {}
): TableCell {
  const lines = paragraphsOf(text);
  return new TableCell({
    children: (lines.length > 0 ? lines : [""]).map(
      (line) =>
        new Paragraph({
          alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: xmlSafe(line), bold: options.bold, size: options.size })],
        })
    ),
    shading: options.status ? shading(options.status, options.palette ?? "default") : undefined,
    width: options.width ? { size: Math.round(options.width), type: WidthType.DXA } : undefined,
    margins: { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN },
  });
}

export function summaryTable(summary: SummaryTableContent, palette: PaletteName): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell("Service area", { bold: true }),
      ...summary.statuses.map((s) =>
        cell(STATUS_LABEL[s], { bold: true, right: true, status: s, palette })
      ),
    ],
  });
  const rows = summary.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [cell(row.area), ...row.counts.map((n) => cell(String(n), { right: true }))],
      })
  );
  const total = new TableRow({
    cantSplit: true,
    children: [
      cell(`Total (${summary.total.count})`, { bold: true }),
      ...summary.total.counts.map((n, i) =>
        cell(`${n} (${summary.total.percents[i]}%)`, { bold: true, right: true })
      ),
    ],
  });
  return new Table({
    rows: [header, ...rows, total],
    width: { size: 100, type: WidthType.PERCENTAGE },
  });
}

/**
 * The appendix's Challenge log: columns sized by their content across the landscape page (a long
 * Council challenge gets the room, an empty Agreed action only its heading's), rows never split
 * across pages, the header row repeated on each.
 */
export function appendixTable(rows: AppendixRow[], palette: PaletteName, width: number): Table {
  const columns = APPENDIX_HEADERS.map((h, i) => [h, ...rows.map((row) => row.cells[i])]);
  const widths = contentWidths(columns, width, CHAR_TWIPS, 2 * CELL_MARGIN);
  const size = APPENDIX_TEXT_SIZE;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: APPENDIX_HEADERS.map((h, i) => cell(h, { bold: true, width: widths[i], size })),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((text, i) =>
          cell(text, {
            status: i === 3 ? row.status : null,
            palette,
            width: widths[i],
            size,
          })
        ),
      })
  );
  return new Table({
    rows: [header, ...body],
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths.map((w) => Math.round(w)),
    layout: TableLayoutType.FIXED,
  });
}
