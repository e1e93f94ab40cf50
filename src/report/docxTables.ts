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
import { xmlSafe } from "./xmlText";

function shading(
  status: Status,
  palette: PaletteName
): { fill: string; type: typeof ShadingType.CLEAR; color: string } | undefined {
  if (status === "notClassified") return undefined;
  return { fill: PALETTES[palette][status].slice(1), type: ShadingType.CLEAR, color: "auto" };
}

function cell(
  text: string,
  options: {
    bold?: boolean;
    right?: boolean;
    status?: Status | null;
    palette?: PaletteName;
    width?: number;
  } = {}
): TableCell {
  const lines = paragraphsOf(text);
  return new TableCell({
    children: (lines.length > 0 ? lines : [""]).map(
      (line) =>
        new Paragraph({
          alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: xmlSafe(line), bold: options.bold })],
        })
    ),
    shading: options.status ? shading(options.status, options.palette ?? "default") : undefined,
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
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

/** Column widths of the appendix, in per cent of the (landscape) page. */
const APPENDIX_WIDTHS = [6, 16, 7, 11, 24, 18, 18];

export function appendixTable(rows: AppendixRow[], palette: PaletteName): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: APPENDIX_HEADERS.map((h, i) => cell(h, { bold: true, width: APPENDIX_WIDTHS[i] })),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        children: row.cells.map((text, i) =>
          cell(text, { status: i === 3 ? row.status : null, palette, width: APPENDIX_WIDTHS[i] })
        ),
      })
  );
  return new Table({ rows: [header, ...body], width: { size: 100, type: WidthType.PERCENTAGE } });
}
