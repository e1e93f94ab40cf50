/** The shared pieces of every finding: where it points, numbers in messages, the constructor. */
import type { Finding, Severity } from "./types";
import type { FindingCode } from "./findingCodes";

/** Where a finding points: full address (`Indicators!J12`), local (`J12`), and the row's ref. */
export interface Where {
  cell: string;
  local: string;
  ref?: string;
}

/** Numbers in messages: as typed, without binary noise. */
export function showNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

export function make(severity: Severity, code: FindingCode, where: Where, text: string): Finding {
  const finding: Finding = { severity, code, cell: where.cell, message: `${where.local}: ${text}` };
  if (where.ref) finding.ref = where.ref;
  return finding;
}
