/**
 * Reviewers' edits belong to an indicator AND a period: an edit written for Q2 2018/19 is never
 * shown as Q1's text. The pane keeps them in a Map keyed by ref + period (a Map, so refs such as
 * "__proto__" are safe keys). An edit of another period is only offered ("use it here?").
 */

/** Edits by `editKey(ref, period)`. */
export type PeriodEdits = ReadonlyMap<string, PeriodEdit>;

export interface PeriodEdit {
  ref: string;
  period: string;
  text: string;
}

/** An edit written for another period, offered (never applied) in this one. */
export interface OfferedEdit {
  period: string;
  text: string;
}

// A control character cannot occur in a ref or a period label read from a cell's display text.
export const editKey = (ref: string, period: string): string => `${period}\u0001${ref}`;

export function withEdit(
  edits: PeriodEdits,
  ref: string,
  period: string,
  text: string
): PeriodEdits {
  // An indicator with no ref has no key of its own here: its edit would be every ref-less
  // indicator's. Its text is edited in the Challenge log sheet instead (CommentaryCard says so).
  if (ref.trim() === "") return edits;
  const next = new Map(edits);
  next.delete(editKey(ref, period)); // re-insert last: the newest edit is the one offered elsewhere
  next.set(editKey(ref, period), { ref, period, text });
  return next;
}

export function withoutEdit(edits: PeriodEdits, ref: string, period: string): PeriodEdits {
  const next = new Map(edits);
  next.delete(editKey(ref, period));
  return next;
}

/** The period's own edits, by ref (what its cards, Copy and the report show). */
export function editsFor(edits: PeriodEdits, period: string): Map<string, string> {
  const own = new Map<string, string>();
  for (const edit of edits.values()) if (edit.period === period) own.set(edit.ref, edit.text);
  return own;
}

/** For each ref without an edit in `period`: the newest edit written for another period. */
export function offersFor(edits: PeriodEdits, period: string): Map<string, OfferedEdit> {
  const own = editsFor(edits, period);
  const offers = new Map<string, OfferedEdit>();
  for (const edit of edits.values())
    if (edit.period !== period && !own.has(edit.ref))
      offers.set(edit.ref, { period: edit.period, text: edit.text });
  return offers;
}

/**
 * Merges a classification's edits (by ref, as the workbook holds them) for `period`.
 * `editedFor` names the period each edit was written for when the host records it; otherwise an
 * edit whose text the pane already holds for another period keeps that period (the workbook's
 * log does not say), and any other edit is taken as this period's. This period's edits that the
 * workbook no longer holds are dropped (redrafted elsewhere); other periods' are kept.
 */
export function mergeClassified(
  edits: PeriodEdits,
  period: string,
  fromWorkbook: Record<string, string>,
  editedFor: Record<string, string> = {}
): PeriodEdits {
  const known = new Map<string, string>(); // ref|text -> period the pane saw it written for
  for (const edit of edits.values())
    if (edit.period !== period) known.set(`${edit.ref}\u0001${edit.text}`, edit.period);
  let next: PeriodEdits = new Map([...edits].filter(([, edit]) => edit.period !== period));
  for (const [ref, text] of Object.entries(fromWorkbook)) {
    // Own keys only: a ref such as "constructor" must not read Object.prototype's.
    const recorded = Object.prototype.hasOwnProperty.call(editedFor, ref)
      ? editedFor[ref]
      : undefined;
    const writtenFor =
      (typeof recorded === "string" ? recorded : undefined) ??
      known.get(`${ref}\u0001${text}`) ??
      period;
    next = withEdit(next, ref, writtenFor, text);
  }
  return next;
}
