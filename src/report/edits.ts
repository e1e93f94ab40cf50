/** The reviewer's edited commentary by ref, in either shape the pane keeps it (object or Map). */
export type ReportEdits = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

export function editedText(edits: ReportEdits | undefined, ref: string): string | undefined {
  if (!edits) return undefined;
  if (edits instanceof Map) return edits.get(ref);
  const record = edits as Readonly<Record<string, string>>;
  return Object.prototype.hasOwnProperty.call(record, ref) ? record[ref] : undefined;
}
