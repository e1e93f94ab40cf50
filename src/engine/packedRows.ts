/**
 * The state's written rows, packed (issue 14: the state was ~40 bytes a row of a run's upload as
 * [row, ref, status] triples). Rows go as runs of consecutive sheet rows. The refs go as ONE string
 * (no quotes to escape a second time when the state's JSON is written into cells): per ref, the
 * length it shares with the ref before (one base-36 character, at most 35), the length of the rest
 * (one base-36 character below 35, else "z", base 36, ".") and the rest, so "ASC 101", "ASC 102"
 * cost three characters each. Each status is one character indexing the distinct status texts.
 * Nothing is dropped: unpacking gives back every row, ref and status exactly. Triples (written
 * before) are still read.
 */
/** One row a run wrote, as the state records it. */
export interface WrittenRow {
  /** 0-based sheet row when written. */
  row: number;
  /** The row's identity: its ref, or (no ref) NAME_KEY + its indicator name. */
  ref: string;
  /** The status text written in the status column. */
  status: string;
}

export interface PackedRows {
  /** [first row, count] pairs, in the rows' order. */
  runs: number[];
  /** Per row: shared-prefix length, rest length, rest (see above). */
  refs: string;
  /** The distinct status texts. */
  statuses: string[];
  /** Per row, one character: the status's index in base 36. */
  codes: string;
}

const MAX_SHARED = 35;
/** Rest lengths below this take one character; longer ones "z", base 36, ".". */
const SHORT_REST = 35;

function restLength(n: number): string {
  return n < SHORT_REST ? n.toString(36) : `z${n.toString(36)}.`;
}

function sharedLength(a: string, b: string): number {
  const most = Math.min(a.length, b.length, MAX_SHARED);
  let n = 0;
  while (n < most && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  // Never split a surrogate pair: the rest must be whole characters.
  if (n > 0 && n < b.length && /[\uD800-\uDBFF]/.test(b[n - 1])) n--;
  return n;
}

/** Packs rows; null when they have more distinct statuses than one character can index. */
export function packRows(rows: readonly WrittenRow[]): PackedRows | null {
  const runs: number[] = [];
  let refs = "";
  const statuses: string[] = [];
  let codes = "";
  let previousRef = "";
  rows.forEach((row, i) => {
    const last = runs.length - 2;
    if (i > 0 && runs[last] + runs[last + 1] === row.row) runs[last + 1]++;
    else runs.push(row.row, 1);
    const shared = sharedLength(previousRef, row.ref);
    const rest = row.ref.slice(shared);
    refs += shared.toString(36) + restLength(rest.length) + rest;
    previousRef = row.ref;
    let code = statuses.indexOf(row.status);
    if (code < 0) code = statuses.push(row.status) - 1;
    codes += code.toString(36);
  });
  return statuses.length > 36 ? null : { runs, refs, statuses, codes };
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** The refs back from the packed string, or null when it is damaged. */
function unpackRefs(packed: string, count: number): string[] | null {
  const refs: string[] = [];
  let at = 0;
  let previous = "";
  while (at < packed.length) {
    const shared = parseInt(packed[at], 36);
    let length = parseInt(packed[at + 1] ?? "", 36);
    at += 2;
    if (packed[at - 1] === "z") {
      const end = packed.indexOf(".", at);
      if (end < 0) return null;
      length = parseInt(packed.slice(at, end), 36);
      at = end + 1;
    }
    if (!(shared <= previous.length) || !(length >= 0) || at + length > packed.length) return null;
    previous = previous.slice(0, shared) + packed.slice(at, at + length);
    at += length;
    refs.push(previous);
  }
  return refs.length === count ? refs : null;
}

/** The rows back, or null when the packed form is damaged. */
export function unpackRows(raw: unknown): WrittenRow[] | null {
  if (!raw || typeof raw !== "object") return null;
  const { runs, refs, statuses, codes } = raw as Record<string, unknown>;
  if (!Array.isArray(runs) || typeof refs !== "string" || !Array.isArray(statuses)) return null;
  if (typeof codes !== "string" || runs.length % 2 !== 0) return null;
  if (!runs.every(isCount) || !statuses.every((s) => typeof s === "string")) return null;
  const rowNumbers: number[] = [];
  for (let i = 0; i < runs.length; i += 2) {
    for (let k = 0; k < (runs[i + 1] as number); k++) rowNumbers.push((runs[i] as number) + k);
    if (rowNumbers.length > codes.length) return null;
  }
  const refList = unpackRefs(refs, codes.length);
  if (!refList || rowNumbers.length !== codes.length) return null;
  const rows: WrittenRow[] = [];
  for (let i = 0; i < codes.length; i++) {
    const status = (statuses as string[])[parseInt(codes[i], 36)];
    if (status === undefined) return null;
    rows.push({ row: rowNumbers[i], ref: refList[i], status });
  }
  return rows;
}
