/**
 * Findings grouped by row and kind (issue 22): the same problem in several cells of one row is one
 * card listing its cells ("8 cells: P12 Q12 …"); a kind met on many rows shows its first few rows
 * and "and 7 more like this", collapsed. A kind is the severity and the code; a row's card shows
 * its first message with the leading cell taken off ("J12: the number 27% is stored as text." ->
 * "the number 27% is stored as text.").
 */
import type { Finding, Severity } from "../engine/types";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** "J12: ", "J12:K14: ", "$J$12: " at the start of a message. */
const LEADING_CELL = /^\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?:\s+/;
/** "Sheet!J12", "'My sheet'!J12:K14": the sheet and the first row. */
const CELL_ROW = /^(.*)!\$?[A-Z]{1,3}\$?(\d+)/;
/** Rows of one kind shown before "and N more like this". */
export const ROWS_SHOWN = 3;

export function messageWithoutCell(message: string): string {
  return message.replace(LEADING_CELL, "");
}

/** The cell without its sheet ("Indicators!P12" -> "P12"), for a short list of cells. */
export function shortCell(cell: string): string {
  const bang = cell.lastIndexOf("!");
  return bang < 0 ? cell : cell.slice(bang + 1);
}

/** One card: a row's findings of one kind (a finding with no row is a card of its own). */
export interface RowCard {
  key: string;
  severity: Severity;
  code: string;
  /** The first finding's message without its leading cell. */
  message: string;
  findings: Finding[];
}

export interface FindingKind {
  key: string;
  severity: Severity;
  code: string;
  cards: RowCard[];
}

function rowKey(finding: Finding): string | null {
  const match = CELL_ROW.exec(finding.cell);
  return match ? `${match[1]}!${match[2]}` : null;
}

/** Kinds in severity order (errors first), then in the order first met; rows in order met. */
export function groupFindings(findings: Finding[]): FindingKind[] {
  const kinds = new Map<string, FindingKind>();
  const cards = new Map<string, RowCard>();
  findings.forEach((finding, index) => {
    const kindKey = `${finding.severity}\u0001${finding.code}`;
    let kind = kinds.get(kindKey);
    if (!kind) {
      kind = { key: kindKey, severity: finding.severity, code: finding.code, cards: [] };
      kinds.set(kindKey, kind);
    }
    const row = rowKey(finding);
    const cardKey = `${kindKey}\u0001${row ?? `#${index}`}`;
    const card = cards.get(cardKey);
    if (card) card.findings.push(finding);
    else {
      const created: RowCard = {
        key: cardKey,
        severity: finding.severity,
        code: finding.code,
        message: messageWithoutCell(finding.message),
        findings: [finding],
      };
      cards.set(cardKey, created);
      kind.cards.push(created);
    }
  });
  return [...kinds.values()].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

export type FindingRow =
  | { kind: "card"; card: RowCard }
  /** The "and N more like this" toggle of a kind with more rows than ROWS_SHOWN. */
  | { kind: "more"; group: FindingKind; hidden: number; expanded: boolean };

/** The flat list drawn: each kind's first rows, its toggle, and the rest when expanded. */
export function findingRows(kinds: FindingKind[], expanded: ReadonlySet<string>): FindingRow[] {
  const rows: FindingRow[] = [];
  for (const group of kinds) {
    const open = expanded.has(group.key);
    const shown = open ? group.cards : group.cards.slice(0, ROWS_SHOWN);
    for (const card of shown) rows.push({ kind: "card", card });
    const hidden = group.cards.length - ROWS_SHOWN;
    if (hidden > 0) rows.push({ kind: "more", group, hidden, expanded: open });
  }
  return rows;
}
