/**
 * What the scrutiny report says, as plain data: built from the run, the reviewer's edits and the
 * Challenge log, before any Word formatting. The same inputs give the same content (the drafting
 * date aside), which is what makes the document deterministic. Nothing is invented: what only the
 * reviewer can say is a marked placeholder (docs/report.md).
 */
import { isOfPeriod, logColumns, LOG_KEYS, LOG_COL } from "../engine/challengeLog";
import { formatSourced } from "../engine/commentary/numberText";
import { displayText } from "../engine/displayText";
import type { PaletteName, PlanValue } from "../engine/plan-types";
import { MONTH_NAMES } from "../engine/periods";
import {
  COMMENTARY_GROUP_TITLE,
  STATUS_LABEL,
  type CommentaryGroup,
  type RunResult,
  type Status,
  type Summary,
} from "../engine/types";
import type { Drawing } from "./charts/drawing";
import { summaryChartStatuses, summaryDrawing, type PeriodSummary } from "./charts/summaryChart";
import { trendDrawing, trendInputOf } from "./charts/trend";
import { editedText, type ReportEdits } from "./edits";
import type { ReportNames } from "./names";
import type { SvgRasteriser } from "./raster";

export interface ReportInput {
  result: RunResult;
  edits?: ReportEdits;
  /** The Challenge log sheet's rows (header first), or null when there is none. */
  logRows?: readonly PlanValue[][] | null;
  /** The log cells' number formats, same shape as logRows (missing = General). */
  logFormats?: readonly (readonly (string | null | undefined)[])[] | null;
  names: ReportNames;
  /** When the draft was made, from the front end's clock (the engine has none). */
  date: Date;
  palette?: PaletteName;
  /** The period before this one as the engine classifies it, for the summary picture; absent = none. */
  previous?: PeriodSummary | null;
  /** Draws each picture's PNG fallback (the front end's: resvg in Node, canvas in a browser). */
  rasterise: SvgRasteriser;
}

/** Words the reviewer must supply: shown in square brackets and highlighted, never invented. */
export interface Placeholder {
  placeholder: string;
}
/** A run of a paragraph: text, or a placeholder for the reviewer. */
export type Run = string | Placeholder;
export type Line = Run[];

export function isPlaceholder(run: Run): run is Placeholder {
  return typeof run !== "string";
}

/** The words of a placeholder as printed: `[To fill in: the provider's name]`. */
export function placeholderText(run: Placeholder): string {
  return `[To fill in: ${run.placeholder}]`;
}

export function lineText(line: Line): string {
  return line.map((run) => (isPlaceholder(run) ? placeholderText(run) : run)).join("");
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

export interface RecommendationPrompt {
  ref: string;
  text: string;
}

export interface ReportContent {
  title: string;
  period: string;
  names: ReportNames;
  /** The cover lines: committee, provider, period, author, date. */
  cover: Line[];
  /** "Drafted from the workbook on 7 December 2026." */
  drafted: string;
  introduction: Line[];
  summary: SummaryTableContent;
  /** The previous period beside this one; null when there is none to compare with. */
  summaryDrawing: Drawing | null;
  recommendations: { placeholder: Placeholder; lead: string; prompts: RecommendationPrompt[] };
  groups: ReportGroup[];
  appendix: AppendixRow[];
  appendixLead: Line;
  palette: PaletteName;
}

const GROUP_ORDER: CommentaryGroup[] = ["good", "concern", "volumetric", "notClassified"];

/** "30 November 2026" (British order, the calendar date in UTC so every machine agrees). */
export function britishDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2018-11-14" → "14 November 2018". */
function isoDateText(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return britishDate(new Date(Date.UTC(year, month - 1, day)));
}

/** A text as Word paragraphs: one per line, blank lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

function summaryContent(summary: Summary): SummaryTableContent {
  const statuses = summaryChartStatuses(summary);
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

/** The appendix's columns, in the log's standard order (see LOG_COL). */
const APPENDIX_KEYS = [
  "ref",
  "indicator",
  "value",
  "status",
  "council",
  "trust",
  "action",
] as const;

/**
 * The Challenge log's rows of `period` in the appendix's columns (ref, indicator, value, status, the
 * three texts), each cell as Excel shows it (a typed date as the date): the challenge of the period
 * reported on. Rows of earlier periods (the log's history) stay in the workbook; a row from a log
 * written before rows named their period is shown.
 */
export function appendixRows(
  logRows: readonly PlanValue[][] | null | undefined,
  period?: string,
  logFormats?: readonly (readonly (string | null | undefined)[])[] | null
): AppendixRow[] {
  if (!logRows || logRows.length === 0) return [];
  const cols = logColumns(logRows[0]);
  if (!cols) return [];
  const rows: AppendixRow[] = [];
  logRows.forEach((raw, r) => {
    if (r === 0 || !raw) return;
    const values = LOG_KEYS.map((key) => raw[cols[key]] ?? null);
    if (values.every((v) => v === null || String(v).trim() === "")) return;
    const rowPeriod = displayText(raw[cols.period] ?? null).trim();
    if (!isOfPeriod({ period: rowPeriod }, period)) return;
    const cells = APPENDIX_KEYS.map((key) =>
      displayText(values[LOG_COL[key]], logFormats?.[r]?.[cols[key]] ?? null).trim()
    );
    rows.push({ cells, status: STATUS_BY_LABEL.get(cells[3].toLowerCase()) ?? null });
  });
  return rows;
}

function nameOr(name: string, what: string): Run {
  return name !== "" ? name : { placeholder: what };
}

function coverLines(result: RunResult, names: ReportNames): Line[] {
  return [
    [
      "To the Chair and Members of the ",
      nameOr(names.committeeName, "the panel or committee the report goes to"),
    ],
    ["Provider: ", nameOr(names.providerName, "the provider's name")],
    [`Period: ${result.quarter.label}`],
    ["Report author: ", nameOr(names.authorName, "the officer presenting the report")],
    [
      "Date: ",
      names.reportDate !== ""
        ? isoDateText(names.reportDate)
        : { placeholder: "the report's date" },
    ],
  ];
}

function introduction(result: RunResult, names: ReportNames): Line[] {
  const contract = result.summary.total.count;
  const volumetric = result.indicators.filter((i) => i.type === "volumetric").length;
  const period = result.quarter.label;
  return [
    [
      "This report sets out the council's challenge of the performance of ",
      nameOr(names.providerName, "the provider's name"),
      ` in ${period}.`,
    ],
    [
      `There ${contract === 1 ? "is 1 contract indicator" : `are ${contract} contract indicators`}` +
        (volumetric > 0
          ? `; a further ${volumetric} volumetric ${volumetric === 1 ? "measure is" : "measures are"} not rated but give context.`
          : "."),
    ],
  ];
}

/** The concern group's indicators as prompts: the reviewer writes the recommendations. */
function recommendations(result: RunResult): ReportContent["recommendations"] {
  const period = result.quarter.label;
  const concern = result.commentary.filter((item) => item.group === "concern");
  const prompts = concern.map((item) => {
    const index = result.indicators.findIndex((i) => i.ref === item.ref && i.name === item.name);
    const classification = index >= 0 ? result.classifications[index] : undefined;
    const value = classification?.value ? formatSourced(classification.value) : "no value";
    const status = classification ? STATUS_LABEL[classification.status].toLowerCase() : "";
    const name = `${item.ref} ${item.name}`.trim();
    return { ref: item.ref, text: `${name}: ${value}${status ? `, ${status}` : ""}.` };
  });
  return {
    placeholder: { placeholder: "the recommendations to the panel" },
    lead:
      prompts.length > 0
        ? `Prompts for the recommendations: the indicators under ${COMMENTARY_GROUP_TITLE.concern} in ${period}.`
        : `No indicator is under ${COMMENTARY_GROUP_TITLE.concern} in ${period}.`,
    prompts,
  };
}

export function reportContent(input: ReportInput): ReportContent {
  const { result } = input;
  const palette = input.palette ?? "default";
  const period = result.quarter.label;
  const previous = input.previous ?? null;
  return {
    title: `Performance challenge – ${period}`,
    period,
    names: input.names,
    cover: coverLines(result, input.names),
    drafted: `Drafted from the workbook on ${britishDate(input.date)}.`,
    introduction: introduction(result, input.names),
    summary: summaryContent(result.summary),
    summaryDrawing: summaryDrawing({ period, summary: result.summary }, previous, palette),
    recommendations: recommendations(result),
    groups: groupsOf(input),
    appendix: appendixRows(input.logRows, period, input.logFormats),
    appendixLead: [
      "The council's challenge and the response of ",
      nameOr(input.names.providerName, "the provider's name"),
      ", indicator by indicator.",
    ],
    palette,
  };
}
