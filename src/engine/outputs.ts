/** The CLI's --json and --commentary outputs (docs/cli.md), as pure functions of a run. */
import { displayLine, normaliseForMatching, stripControlCharacters } from "./textNormalise";
import { periodKind } from "./periods";
import { summaryStatuses } from "./summarySheet";
import type {
  CommentaryGroup,
  PeriodKind,
  RunResult,
  Severity,
  Status,
  StatusCounts,
} from "./types";
import { COMMENTARY_GROUP_TITLE, STATUS_LABEL } from "./types";
import { columnLetters } from "./address";

export const SUMMARY_SCHEMA = "perf-challenge/summary@1";

export interface SummaryJson {
  schema: typeof SUMMARY_SCHEMA;
  sheet: string;
  /** Quarterly tables only (kept for existing readers); `period` is given for every table. */
  quarter?: string;
  /** `Q2 2018/19`, `Mar 2017`, `2018/19`. */
  period: string;
  periodKind: PeriodKind;
  indicators: {
    ref: string;
    name: string;
    area: string;
    type: "contract" | "volumetric";
    value: number | null;
    status: Status;
    cell: string;
  }[];
  summary: {
    areas: ({ area: string } & StatusCounts)[];
    total: StatusCounts & { count: number };
    percent: StatusCounts;
  };
  findings: {
    severity: Severity;
    code: string;
    cell: string;
    ref: string | null;
    message: string;
  }[];
  /** How the sheet was read (docs/layouts.md): every heading of the header row and its role. */
  layout: {
    headerRow: number;
    columns: { column: string; heading: string; role: string; evidence?: string }[];
  };
}

/** Every heading and its role, left to right; the product's own status column is named so. */
export function layoutColumns(result: RunResult): SummaryJson["layout"]["columns"] {
  return (result.layout.columnRoles ?? []).map((entry) => ({
    column: columnLetters(entry.column),
    heading: entry.heading,
    role: entry.role,
    ...(entry.evidence === undefined ? {} : { evidence: entry.evidence }),
  }));
}

function counts(c: StatusCounts): StatusCounts {
  return {
    outsideTolerance: c.outsideTolerance,
    insideTolerance: c.insideTolerance,
    onTarget: c.onTarget,
    noTarget: c.noTarget,
    notClassified: c.notClassified,
  };
}

export function toSummaryJson(result: RunResult): SummaryJson {
  return {
    schema: SUMMARY_SCHEMA,
    sheet: result.sheet,
    ...(periodKind(result.quarter) === "quarter" ? { quarter: result.quarter.label } : {}),
    period: result.quarter.label,
    periodKind: periodKind(result.quarter),
    indicators: result.indicators.map((indicator, i) => {
      const c = result.classifications[i];
      return {
        ref: indicator.ref,
        name: indicator.name,
        area: indicator.area,
        type: indicator.type,
        value: c?.value ? c.value.value : null,
        status: c?.status ?? "notClassified",
        cell: c?.cell ?? "",
      };
    }),
    summary: {
      areas: result.summary.areas.map((a) => ({ area: a.area, ...counts(a) })),
      total: { ...counts(result.summary.total), count: result.summary.total.count },
      percent: counts(result.summary.percent),
    },
    findings: result.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      cell: f.cell,
      ref: f.ref ?? null,
      message: f.message,
    })),
    layout: { headerRow: result.layout.headerRow + 1, columns: layoutColumns(result) },
  };
}

/**
 * Escapes what Markdown would otherwise read as emphasis, links, code, HTML, headings (ATX `## `
 * and setext `===` / `---` underlines), quotes or lists. Control, zero-width and bidi characters
 * from cells are dropped first: they would act on a terminal or hide text from the reader.
 */
export function escapeMarkdown(text: string): string {
  return normaliseForMatching(stripControlCharacters(text))
    .replace(/([\\`*_[\]<>|])/g, "\\$1")
    .replace(/^(\s*)(#{1,6}|[>+-]|\d+[.)])(\s|$)/gm, "$1\\$2$3")
    .replace(/^(\s*)([=-])(\2*\s*)$/gm, "$1\\$2$3");
}

/** One line of cell text for a heading or table cell: no line break can start new structure. */
function inlineMarkdown(text: string): string {
  return escapeMarkdown(displayLine(text));
}

const GROUP_ORDER: CommentaryGroup[] = ["good", "concern", "volumetric", "notClassified"];

function summaryTable(result: RunResult): string[] {
  const statuses = summaryStatuses(result);
  const cells = (values: (string | number)[]) => `| ${values.join(" | ")} |`;
  const { summary } = result;
  return [
    cells(["Service area", ...statuses.map((s) => STATUS_LABEL[s])]),
    cells(["---", ...statuses.map(() => "---:")]),
    ...summary.areas.map((a) => cells([inlineMarkdown(a.area), ...statuses.map((s) => a[s])])),
    cells(["**Total**", ...statuses.map((s) => `${summary.total[s]} (${summary.percent[s]}%)`)]),
  ];
}

/**
 * The commentary for the scrutiny report: the summary table, then each group as a heading with
 * every indicator's headline and text. A reviewer's edit replaces the draft and is marked.
 */
export function toCommentaryMarkdown(
  result: RunResult,
  edits: Record<string, string> = {}
): string {
  const lines: string[] = [
    `# Performance challenge – ${result.quarter.label}`,
    "",
    `Contract measures at the end of ${result.quarter.label} (sheet ${inlineMarkdown(result.sheet)}).`,
    "",
    ...summaryTable(result),
  ];
  for (const group of GROUP_ORDER) {
    const items = result.commentary.filter((item) => item.group === group);
    if (items.length === 0) continue;
    lines.push("", `## ${COMMENTARY_GROUP_TITLE[group]}`);
    for (const item of items) {
      const edited = Object.prototype.hasOwnProperty.call(edits, item.ref);
      const body = edited ? edits[item.ref] : item.text;
      lines.push("", `### ${inlineMarkdown(item.headline)}`, "");
      if (body.trim()) lines.push(escapeMarkdown(body.trim()));
      if (edited) lines.push("", "_Edited by a reviewer._");
    }
  }
  return `${lines.join("\n")}\n`;
}
