/**
 * The pane's reviewer edits by ref, as prototype-free objects: a ref called "__proto__",
 * "constructor" or "toString" is a plain key, never a property every object inherits.
 */
export type Edits = Readonly<Record<string, string>>;

function empty(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

function copy(source: Readonly<Record<string, string>> | null | undefined): Record<string, string> {
  const edits = empty();
  for (const [ref, text] of Object.entries(source ?? {}))
    if (typeof text === "string") edits[ref] = text;
  return edits;
}

export function editsOf(source: Readonly<Record<string, string>> | null | undefined): Edits {
  return copy(source);
}

export function editFor(edits: Edits, ref: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(edits, ref) ? edits[ref] : undefined;
}

export function withEdit(edits: Edits, ref: string, text: string): Edits {
  const next = copy(edits);
  next[ref] = text;
  return next;
}

export function withoutEdit(edits: Edits, ref: string): Edits {
  const next = copy(edits);
  delete next[ref];
  return next;
}
