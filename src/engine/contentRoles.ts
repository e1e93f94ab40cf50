/**
 * Evidence from the entries (docs/periods.md, "Evidence from the entries"): a column the heading
 * alone did not place is read from what it holds — H/L values are the polarity, Red/Amber/Green
 * the sheet's own rating, text repeated in runs the service area, figures under a target-like
 * heading the target. A role read from the heading's words alone must agree with the entries;
 * where heading and entries disagree, a finding says so and which reading was used.
 */
import type { ColumnKey, ColumnRoleEntry } from "./types";
import type { GridView } from "./grid";
import type { HeaderFound } from "./headerRow";
import { resemblance, type Resemblance } from "./columnFindings";
import { CHECKED_BY_CONTENT } from "./headingRoles";
import { NOT_USED_BY_ANALYST } from "./headerWords";
import { columnContent, contentWords, type ColumnContent, type ContentKind } from "./columnContent";

/** The role a kind of entries stands for, and the resemblances of headings that agree with it. */
const KIND_ROLE: Partial<Record<ContentKind, { role: ColumnKey; agrees: Resemblance[] }>> = {
  polarity: { role: "polarity", agrees: ["polarity"] },
  rating: { role: "ownRating", agrees: ["rating"] },
  grouping: { role: "area", agrees: ["area"] },
};

/** The kinds of entries a role read from heading words must hold. */
const ROLE_HOLDS: Partial<Record<ColumnKey, ContentKind[]>> = {
  target: ["figures", "text", "empty"],
  tolerance: ["figures", "text", "empty"],
  polarity: ["polarity", "empty"],
  ownRating: ["rating", "empty", "text"],
};

const FREE_TEXT =
  /\b(?:comments?|commentary|narrative|notes?|actions?|explanation|update|source|sources)\b/i;

const KIND_WORDS: Record<ContentKind, string> = {
  polarity: "polarity words (H/L)",
  rating: "ratings (Red/Amber/Green)",
  figures: "figures",
  grouping: "a grouping",
  text: "text",
  empty: "nothing",
};

function free(header: HeaderFound, role: ColumnKey): boolean {
  return role === "ownRating" || header.columns[role] === undefined;
}

function place(header: HeaderFound, entry: ColumnRoleEntry, role: ColumnKey): void {
  // A second rating column is the analyst's too: read and kept, as headerRow.ts does.
  if (header.columns[role] === undefined) header.columns[role] = entry.column;
  entry.role = role;
}

/** A column nobody placed: read it from its entries when they are clear and the heading allows. */
function readUnplaced(header: HeaderFound, entry: ColumnRoleEntry, content: ColumnContent): void {
  // Free text beside the table (comments, notes, sources) is the analyst's, whatever it holds.
  if (FREE_TEXT.test(entry.heading)) return;
  const like = resemblance(entry.heading);
  const byKind = KIND_ROLE[content.kind];
  if (byKind && free(header, byKind.role) && (like === null || byKind.agrees.includes(like))) {
    place(header, entry, byKind.role);
    entry.evidence =
      like === null
        ? `from ${contentWords(content)}`
        : `from its heading and ${contentWords(content)}`;
    header.notes.set(entry.column, {
      kind: "content",
      role: byKind.role,
      evidence: entry.evidence,
    });
    return;
  }
  // Figures under a target-like or tolerance-like heading (`Our target`, `Target (Green)`).
  if (
    content.kind === "figures" &&
    (like === "target" || like === "tolerance") &&
    free(header, like)
  ) {
    place(header, entry, like);
    entry.evidence = `from its heading and ${contentWords(content)}`;
    header.notes.set(entry.column, { kind: "content", role: like, evidence: entry.evidence });
  }
}

/** A role read from heading words alone, checked against the entries. */
function checkWordRole(header: HeaderFound, entry: ColumnRoleEntry, content: ColumnContent): void {
  const role = entry.role as ColumnKey;
  const holds = ROLE_HOLDS[role];
  if (!holds || holds.includes(content.kind)) {
    if (content.kind !== "empty")
      entry.evidence = `from its heading's words and ${contentWords(content)}`;
    return;
  }
  // They disagree: the entries win when they name a role that is free, else nothing is read.
  const byKind = KIND_ROLE[content.kind];
  if (header.columns[role] === entry.column) delete header.columns[role];
  entry.role = "notUsed";
  let read = "nothing (not used)";
  if (byKind && free(header, byKind.role)) {
    place(header, entry, byKind.role);
    read = `the ${byKind.role === "ownRating" ? "sheet's own rating" : byKind.role}`;
  }
  entry.evidence = `from its entries: its heading says ${role} but it holds ${KIND_WORDS[content.kind]}, so read as ${read}`;
  header.notes.set(entry.column, {
    kind: "conflict",
    headingSays: role,
    contentSays: KIND_WORDS[content.kind],
    read,
  });
}

/** Entries that plainly belong to another role, under a heading that names its role outright. */
const CONTRADICTS: Partial<Record<ColumnKey, ContentKind[]>> = {
  target: ["polarity", "rating"],
  tolerance: ["polarity", "rating"],
  polarity: ["figures", "rating"],
  ownRating: ["figures", "polarity"],
};

/** The heading wins (it names the role outright), and a finding says what the entries look like. */
function flagContradiction(
  entry: ColumnRoleEntry,
  content: ColumnContent,
  header: HeaderFound
): void {
  const role = entry.role as ColumnKey;
  if (!(CONTRADICTS[role] ?? []).includes(content.kind)) return;
  const read = `the ${role === "ownRating" ? "sheet's own rating" : role}, as its heading says`;
  entry.evidence = `from its heading, though it holds ${KIND_WORDS[content.kind]}`;
  header.notes.set(entry.column, {
    kind: "conflict",
    headingSays: role,
    contentSays: KIND_WORDS[content.kind],
    read,
  });
}

/** Settles the columns the heading did not place, or placed from its words alone. */
export function readColumnsByContent(
  view: GridView,
  header: HeaderFound,
  rows: readonly number[]
): void {
  if (rows.length === 0) return;
  for (const entry of header.entries) {
    if (header.notes.has(entry.column)) continue;
    const unused = header.unused.get(entry.column);
    if (unused !== undefined) {
      // A second column for a role, read from its words (`Tgt` beside `Target`): its entries may
      // show it is something else.
      const checked = CHECKED_BY_CONTENT.has(unused.role as ColumnKey);
      if (unused.why === "duplicate" && checked && header.byWords.has(entry.column)) {
        const content = columnContent(view, rows, entry.column);
        if (!(ROLE_HOLDS[unused.role as ColumnKey] ?? []).includes(content.kind)) {
          header.unused.delete(entry.column);
          entry.role = unused.role as ColumnKey;
          checkWordRole(header, entry, content);
        }
      }
      continue;
    }
    const byWords =
      header.byWords.has(entry.column) && CHECKED_BY_CONTENT.has(entry.role as ColumnKey);
    if (!byWords && CHECKED_BY_CONTENT.has(entry.role as ColumnKey)) {
      flagContradiction(entry, columnContent(view, rows, entry.column), header);
      continue;
    }
    if (entry.role !== "notUsed" && !byWords) continue;
    if (entry.evidence === NOT_USED_BY_ANALYST) continue;
    const content = columnContent(view, rows, entry.column);
    if (byWords) checkWordRole(header, entry, content);
    else readUnplaced(header, entry, content);
  }
}
