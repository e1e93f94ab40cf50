/**
 * What the scrutiny report says, as plain data: built from the run, the reviewer's edits and the
 * Challenge log, before any Word formatting. The same inputs give the same content (the date
 * aside), which is what makes the document deterministic.
 */
import { isOfPeriod, readLogEntries } from "../engine/challengeLog";
import type { PaletteName, PlanValue } from "../engine/plan-types";
import { MONTH_NAMES } from "../engine/periods";
import {
  COMMENTARY_GROUP_TITLE,
  STATUS_LABEL,
  type CommentaryGroup,
  type RunResult,
  type Status,
} from "../engine/types";
import type { Drawing } from "./charts/drawing";
import { summaryChartStatuses, summaryDrawing } from "./charts/summaryChart";
import { trendDrawing, trendInputOf } from "./charts/trend";
import { editedText, type ReportEdits } from "./edits";
import type { ReportNames } from "./names";

export interface ReportInput {
  result: RunResult;
  edits?: ReportEdits;
  /** The Challenge log sheet's rows (header first), or null when there is none. */
  logRows?: readonly PlanValue[][] | null;
  names: ReportNames;
  /** The report's date (the only part that changes between two builds of the same workbook). */
  date: Date;
  palette?: PaletteName;
}

export interface ReportItem {
  ref: string;
  headline: string;
  paragraphs: string[];
  edited: boolean;
  drawing: Drawing;
}

export interface ReportGroup {
  group: CommentaryGroup;
  title: string;
  items: ReportItem[];
}

export interface SummaryTableContent {
  statuses: Status[];
  rows: { area: string; counts: number[] }[];
  total: { count: number; counts: number[]; percents: number[] };
}

export const APPENDIX_HEADERS = [
  "Ref",
  "Indicator",
  "Value",
  "Status",
  "Council challenge",
  "Trust response",
  "Agreed action",
] as const;

export interface AppendixRow {
  cells: string[];
  /** The status the Status cell names, for its shading; null when it names none. */
  status: Status | null;
}

export interface ReportContent {
  title: string;
  period: string;
  names: ReportNames;
  dateText: string;
  introduction: string[];
  summary: SummaryTableContent;
  summaryDrawing: Drawing;
  groups: ReportGroup[];
  appendix: AppendixRow[];
  palette: PaletteName;
}

const GROUP_ORDER: CommentaryGroup[] = ["good", "concern", "volumetric", "notClassified"];

/** "30 November 2026" (British order, the calendar date in UTC so every machine agrees). */
export function britishDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A text as Word paragraphs: one per line, blank lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

function summaryContent(result: RunResult): SummaryTableContent {
  const statuses = summaryChartStatuses(result.summary);
  const { summary } = result;
  return {
    statuses,
    rows: summary.areas.map((a) => ({ area: a.area, counts: statuses.map((s) => a[s]) })),
    total: {
      count: summary.total.count,
      counts: statuses.map((s) => summary.total[s]),
      percents: statuses.map((s) => summary.percent[s]),
    },
  };
}

function groupsOf(input: ReportInput): ReportGroup[] {
  const { result } = input;
  const indexOfRef = new Map<string, number>();
  result.indicators.forEach((indicator, i) => {
    if (!indexOfRef.has(indicator.ref)) indexOfRef.set(indicator.ref, i);
  });
  return GROUP_ORDER.map((group) => ({
    group,
    title: COMMENTARY_GROUP_TITLE[group],
    items: result.commentary
      .filter((item) => item.group === group)
      .map((item) => {
        const edit = editedText(input.edits, item.ref);
        const index = indexOfRef.get(item.ref) ?? -1;
        return {
          ref: item.ref,
          headline: item.headline,
          paragraphs: paragraphsOf(edit ?? item.text),
          edited: edit !== undefined,
          drawing: trendDrawing(
            index >= 0
              ? trendInputOf(result, index, input.palette)
              : {
                  label: item.ref,
                  periods: [],
                  classified: -1,
                  target: null,
                  threshold: null,
                  polarity: null,
                  status: "notClassified",
                }
          ),
        };
      }),
  }));
}

const STATUS_BY_LABEL = new Map<string, Status>(
  (Object.keys(STATUS_LABEL) as Status[]).map((s) => [STATUS_LABEL[s].toLowerCase(), s])
);

function cellText(value: PlanValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/**
 * The Challenge log's rows of `period` in the appendix's columns (ref, indicator, value, status, the
 * three texts): the challenge of the period reported on. Rows of earlier periods (the log's history)
 * stay in the workbook; a row from a log written before rows named their period is shown.
 */
export function appendixRows(
  logRows: readonly PlanValue[][] | null | undefined,
  period?: string
): AppendixRow[] {
  // readLogEntries gives each row in the log's standard column order (see LOG_COL).
  const entries = readLogEntries(logRows ?? null).filter((entry) => isOfPeriod(entry, period));
  return entries.map((entry) => {
    const [ref, indicator, , value, status, , council, trust, action] = entry.row;
    const statusText = cellText(status);
    return {
      cells: [ref, indicator, value, status, council, trust, action].map(cellText),
      status: STATUS_BY_LABEL.get(statusText.toLowerCase()) ?? null,
    };
  });
}

function introduction(result: RunResult, names: ReportNames): string[] {
  const contract = result.summary.total.count;
  const volumetric = result.indicators.filter((i) => i.type === "volumetric").length;
  const period = result.quarter.label;
  return [
    `This report sets out the council's challenge of the performance of ${names.providerName} in ${period}, for the ${names.committeeName}.`,
    `There ${contract === 1 ? "is 1 contract indicator" : `are ${contract} contract indicators`}` +
      (volumetric > 0
        ? `; a further ${volumetric} volumetric ${volumetric === 1 ? "measure is" : "measures are"} not rated but give context.`
        : "."),
  ];
}

export function reportContent(input: ReportInput): ReportContent {
  const { result } = input;
  const palette = input.palette ?? "default";
  return {
    title: `Performance challenge – ${result.quarter.label}`,
    period: result.quarter.label,
    names: input.names,
    dateText: britishDate(input.date),
    introduction: introduction(result, input.names),
    summary: summaryContent(result),
    summaryDrawing: summaryDrawing(result.summary, result.quarter.label, palette),
    groups: groupsOf(input),
    appendix: appendixRows(input.logRows, result.quarter.label),
    palette,
  };
}
