/** What the command line prints: the seed's summary table as aligned text, then the findings. */
import { periodKind } from "../engine/periods";
import { summaryStatuses } from "../engine/summarySheet";
import type { Finding, RunResult, Severity } from "../engine/types";
import { STATUS_LABEL } from "../engine/types";
import { columnLetters } from "../engine/address";

function pad(text: string, width: number, right: boolean): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** Rows: areas, Total with counts and whole-number percentages, as in the seed's paragraph 18. */
export function summaryTableText(result: RunResult): string {
  const statuses = summaryStatuses(result);
  const { summary } = result;
  const rows: string[][] = [
    ["Service area", ...statuses.map((s) => STATUS_LABEL[s])],
    ...summary.areas.map((a) => [a.area, ...statuses.map((s) => String(a[s]))]),
    ["Total", ...statuses.map((s) => `${summary.total[s]} (${summary.percent[s]}%)`)],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => pad(cell, widths[c], c > 0))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [
    line(rows[0]),
    rule,
    ...rows.slice(1, -1).map(line),
    rule,
    line(rows[rows.length - 1]),
  ].join("\n");
}

const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];
const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["note", "notes"],
};

export function findingsText(findings: Finding[], limit = 5): string {
  if (findings.length === 0) return "Findings: none.";
  const counts = SEVERITY_ORDER.map((s) => {
    const n = findings.filter((f) => f.severity === s).length;
    return `${n} ${SEVERITY_WORDS[s][n === 1 ? 0 : 1]}`;
  });
  const first = [...findings]
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
    .slice(0, limit)
    .map((f) => `  ${f.severity.padEnd(7)} ${f.message}`);
  const more =
    findings.length > limit ? [`  … and ${findings.length - limit} more (see --json).`] : [];
  return [`Findings: ${counts.join(", ")}.`, ...first, ...more].join("\n");
}

const ROLE_WORDS: Record<string, string> = {
  period: "quarter",
  status: "status (written by this product)",
  notUsed: "not used",
  statNeighbours: "statistical neighbours",
  ownRating: "the sheet's own rating (never written)",
  direction: "direction of travel (not used as polarity)",
};

/** Evidence that says no more than "it is a period heading": not repeated under the periods line. */
const PLAIN_EVIDENCE = new Set(["from its heading", "from its cell, a date shown as a month"]);

/** "How the sheet was read": each heading, its role and the evidence; the periods on one line. */
export function howReadText(result: RunResult): string {
  const roles = result.layout.columnRoles ?? [];
  const lines: string[] = [`How the sheet was read (header row ${result.layout.headerRow + 1}):`];
  const periods = roles.filter((r) => r.role === "period");
  for (const entry of roles) {
    if (entry.role === "period") {
      if (entry !== periods[0]) continue;
      const letters = periods.map((p) => columnLetters(p.column)).join(", ");
      const count = result.quarters.length;
      const span =
        count > 1
          ? ` (${result.quarters[0].label} to ${result.quarters[count - 1].label})`
          : count === 1
            ? ` (${result.quarters[0].label})`
            : "";
      lines.push(`  ${letters}  → ${periodKind(result.quarter)}${count === 1 ? "" : "s"}${span}`);
      // Period headings with words around the period say how their words were read.
      for (const p of periods) {
        if (p.evidence === undefined || PLAIN_EVIDENCE.has(p.evidence)) continue;
        const label = result.layout.quarterColumns.find((q) => q.column === p.column)?.quarter
          .label;
        lines.push(
          `    ${columnLetters(p.column)}  ${p.heading} → ${label ?? "period"} (${p.evidence})`
        );
      }
      continue;
    }
    const heading = entry.heading === "" ? "(no heading)" : entry.heading;
    const forPeriod = result.layout.periodTargetColumns?.find((p) => p.column === entry.column);
    const role = ROLE_WORDS[entry.role] ?? entry.role;
    const why = entry.evidence === undefined ? "" : ` (${entry.evidence})`;
    lines.push(
      `  ${columnLetters(entry.column)}  ${heading} → ${forPeriod ? `${role} for ${forPeriod.period.label}` : role}${why}`
    );
  }
  return lines.join("\n");
}

export function runReportText(result: RunResult): string {
  const contract = result.indicators.filter((i) => i.type === "contract").length;
  const volumetric = result.indicators.length - contract;
  return [
    `Performance challenge – ${result.quarter.label} (sheet ${result.sheet}, tolerance as ${result.toleranceMode})`,
    "",
    summaryTableText(result),
    "",
    howReadText(result),
    "",
    `${contract} contract indicator${contract === 1 ? "" : "s"} rated; ${volumetric} volumetric measure${volumetric === 1 ? "" : "s"} shown for context.`,
    findingsText(result.findings),
  ].join("\n");
}
