/**
 * Findings grouped by kind: the same problem on 125 rows is one entry ("125 × polarity 'Info' …"),
 * expandable to its cells. A kind is its severity, code and message with the leading cell taken
 * off ("J12: the number 27% is stored as text." -> "the number 27% is stored as text.").
 */
import type { Finding, Severity } from "../engine/types";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** "J12: ", "J12:K14: ", "$J$12: " at the start of a message. */
const LEADING_CELL = /^\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?:\s+/;

export interface FindingKind {
  key: string;
  severity: Severity;
  code: string;
  /** The message without its leading cell. */
  message: string;
  findings: Finding[];
}

export function messageWithoutCell(message: string): string {
  return message.replace(LEADING_CELL, "");
}

/** Kinds in severity order (errors first), then in the order first met. */
export function groupFindings(findings: Finding[]): FindingKind[] {
  const kinds = new Map<string, FindingKind>();
  for (const finding of findings) {
    const message = messageWithoutCell(finding.message);
    const key = `${finding.severity}\u0001${finding.code}\u0001${message}`;
    const kind = kinds.get(key);
    if (kind) kind.findings.push(finding);
    else
      kinds.set(key, {
        key,
        severity: finding.severity,
        code: finding.code,
        message,
        findings: [finding],
      });
  }
  return [...kinds.values()].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

export type FindingRow =
  | { kind: "single"; finding: Finding }
  | { kind: "group"; group: FindingKind; expanded: boolean }
  | { kind: "cell"; group: FindingKind; finding: Finding };

/** The flat list drawn: a kind met once is its finding; others a group, with cells when expanded. */
export function findingRows(kinds: FindingKind[], expanded: ReadonlySet<string>): FindingRow[] {
  const rows: FindingRow[] = [];
  for (const group of kinds) {
    if (group.findings.length === 1) {
      rows.push({ kind: "single", finding: group.findings[0] });
      continue;
    }
    const open = expanded.has(group.key);
    rows.push({ kind: "group", group, expanded: open });
    if (open) for (const finding of group.findings) rows.push({ kind: "cell", group, finding });
  }
  return rows;
}
