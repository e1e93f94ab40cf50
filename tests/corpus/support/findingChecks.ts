/**
 * Checks on the findings a run reports: every expected fault is there with its code and cell, and
 * every message names its cell and tells the analyst what to do.
 */
import type { Finding, Status } from "../../../src/engine/types";
import type { ExpectedFinding } from "../builders/table";

/** The `--json` output (docs/cli.md), as far as these tests read it. */
export interface SummaryJson {
  schema: string;
  sheet: string;
  quarter: string;
  indicators: {
    ref: string;
    name: string;
    area: string;
    type: string;
    value: number | null;
    status: Status;
    cell: string;
  }[];
  summary: {
    areas: ({ area: string } & Record<Status, number>)[];
    total: Record<Status, number> & { count: number };
    percent: Record<Status, number>;
  };
  findings: Finding[];
}

/** `J12` from `Indicators!J12` or `'Sheet name'!J12`. */
export function localCell(cell: string): string {
  return cell.slice(cell.lastIndexOf("!") + 1);
}

/** Words that tell the analyst what to do (docs/findings.md: a message a non-programmer can act on). */
const ACTION =
  /\b(type|check|correct|convert|fix|add|give|change|remove|mark|choose|write|switch|confirm|unprotect|delete|enter|rename|use|nothing to do)\b/i;

/** What is wrong with one finding's message, as readable lines (empty when it is fine). */
export function messageProblems(finding: Finding): string[] {
  const problems: string[] = [];
  const label = `${finding.code} at ${finding.cell || "(workbook)"}`;
  if (finding.cell.includes("!") && !finding.message.includes(localCell(finding.cell))) {
    problems.push(`${label}: message does not name the cell: ${finding.message}`);
  }
  if (!ACTION.test(finding.message))
    problems.push(`${label}: message says nothing the analyst can do: ${finding.message}`);
  if (/undefined|NaN|\[object |null\b/.test(finding.message))
    problems.push(`${label}: message shows program internals: ${finding.message}`);
  return problems;
}

function matches(found: Finding, wanted: ExpectedFinding): boolean {
  return (
    found.code === wanted.code &&
    localCell(found.cell) === wanted.cell &&
    (wanted.severity === undefined || found.severity === wanted.severity) &&
    (wanted.ref === undefined || found.ref === wanted.ref)
  );
}

/** Expected findings that are missing, and error findings nobody expected (a healthy row must stay healthy). */
export function findingProblems(found: Finding[], expected: ExpectedFinding[]): string[] {
  const problems: string[] = [];
  for (const wanted of expected) {
    if (!found.some((f) => matches(f, wanted))) {
      const near = found
        .filter((f) => localCell(f.cell) === wanted.cell)
        .map((f) => `${f.severity} ${f.code}`);
      problems.push(
        `missing ${wanted.severity ?? ""} ${wanted.code} at ${wanted.cell}${near.length ? ` (that cell has: ${near.join(", ")})` : " (no finding at that cell)"}`
      );
    }
  }
  for (const f of found) {
    if (f.severity === "error" && !expected.some((wanted) => matches(f, wanted))) {
      problems.push(`unexpected error ${f.code} at ${f.cell}: ${f.message}`);
    }
  }
  return problems;
}

/** Refs whose status differs from the expectation, as readable lines. */
export function statusProblems(json: SummaryJson, expected: Record<string, Status>): string[] {
  const byRef = new Map(json.indicators.map((i) => [i.ref, i.status]));
  return Object.entries(expected)
    .filter(([ref, status]) => byRef.get(ref) !== status)
    .map(
      ([ref, status]) => `${ref}: expected ${status}, got ${byRef.get(ref) ?? "no such indicator"}`
    );
}

/** The summary adds up: areas sum to the total, statuses sum to the count of contract indicators. */
export function summaryProblems(json: SummaryJson): string[] {
  const statuses: Status[] = [
    "outsideTolerance",
    "insideTolerance",
    "onTarget",
    "noTarget",
    "notClassified",
  ];
  const contract = json.indicators.filter((i) => i.type === "contract").length;
  const { total, areas, percent } = json.summary;
  const problems: string[] = [];
  const sum = statuses.reduce((n, s) => n + total[s], 0);
  if (total.count !== contract)
    problems.push(`total.count ${total.count} but ${contract} contract indicators`);
  if (sum !== total.count)
    problems.push(`statuses add up to ${sum}, total.count is ${total.count}`);
  for (const s of statuses) {
    const byArea = areas.reduce((n, a) => n + a[s], 0);
    if (byArea !== total[s]) problems.push(`${s}: areas add up to ${byArea}, total is ${total[s]}`);
  }
  const percentSum = statuses.reduce((n, s) => n + percent[s], 0);
  if (total.count > 0 && percentSum !== 100) problems.push(`percentages add up to ${percentSum}`);
  return problems;
}
