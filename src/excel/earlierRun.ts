/**
 * The earlier run in an Office.js workbook, found before anything is written: its state, whether
 * the mirror of its formats is there, and where its cells are now (src/engine/stateLocate.ts).
 * When certainty is lost — damaged state, mirror missing, cells not found — a UserFacingError says
 * what to do and nothing is changed.
 */
import type { FormatSnapshot } from "../engine/formatState";
import type { Located } from "../engine/stateLocate";
import type { SheetGrid } from "../engine/types";
import { UserFacingError } from "./errors";
import { isMirrored } from "./formatMirror";
import { FORMAT_MIRROR_SHEET } from "./types";

export type EarlierRun =
  | { kind: "none" }
  | { kind: "gone"; snapshot: FormatSnapshot }
  | { kind: "found"; snapshot: FormatSnapshot; located: Extract<Located, { ok: true }> };

const SCHEMA_PREFIX = "perf-challenge/state@";

export const DAMAGED_STATE =
  'The hidden record of the last classification (sheet "PerfChallenge state") is damaged, so the original formats of the classified cells are not known. Nothing was changed: open a copy saved before the last classification and classify that.';
export const MIRROR_MISSING =
  'The original formats of the last classification cannot be restored here: the hidden sheet "PerfChallenge formats" that keeps them is missing (or the workbook was classified by the command line or the browser preview, which keep them differently — use Clear classification in the browser preview). Nothing was changed.';
const FOREIGN_STATE =
  'This workbook has a sheet called "PerfChallenge state" that the add-in did not write; the add-in keeps its own record under that name and will not overwrite yours. Rename that sheet, then try again. Nothing was changed.';

export interface StateLookup {
  stateRows: readonly (readonly unknown[])[] | null;
  sheetNames: readonly string[];
  decode(rows: readonly (readonly unknown[])[] | null): FormatSnapshot | null;
  /** The snapshot's sheet as it is now (read by the caller, possibly with another sync). */
  readSheet(name: string): Promise<SheetGrid | null>;
  locate(snapshot: FormatSnapshot, grid: SheetGrid): Located;
}

/** Nothing recorded, or the snapshot; throws when the record cannot be trusted. */
export function decodeState(
  lookup: Pick<StateLookup, "stateRows" | "decode">
): FormatSnapshot | null {
  const rows = lookup.stateRows;
  if (!rows || rows.length === 0) return null;
  const snapshot = lookup.decode(rows);
  if (snapshot) return snapshot;
  const first = rows[0]?.[0];
  const ours = typeof first === "string" && first.startsWith(SCHEMA_PREFIX);
  throw new UserFacingError(ours ? DAMAGED_STATE : FOREIGN_STATE, "StateNotCertain");
}

export function sheetGoneMessage(sheet: string): string {
  return `The classified sheet "${sheet}" is no longer in the workbook (renamed or deleted), so its formats cannot be restored. Rename it back to "${sheet}" and try again.`;
}

/**
 * The earlier run. `current` is the sheet about to be classified: when the earlier run's sheet is
 * gone but its cells are found on `current`, the sheet was renamed, and classifying it would take
 * the earlier fills for the analyst's own, so that is refused too.
 */
export async function findEarlierRun(
  lookup: StateLookup,
  current: SheetGrid | null = null
): Promise<EarlierRun> {
  const snapshot = decodeState(lookup);
  if (!snapshot) return { kind: "none" };
  if (!lookup.sheetNames.includes(snapshot.sheet)) {
    if (current && lookup.locate(snapshot, current).ok)
      throw new UserFacingError(sheetGoneMessage(snapshot.sheet), "ItemNotFound");
    return { kind: "gone", snapshot };
  }
  if (!lookup.sheetNames.includes(FORMAT_MIRROR_SHEET) || !isMirrored(snapshot))
    throw new UserFacingError(MIRROR_MISSING, "StateNotCertain");
  const grid = (await lookup.readSheet(snapshot.sheet)) ?? {
    name: snapshot.sheet,
    top: 0,
    left: 0,
    values: [],
  };
  const located = lookup.locate(snapshot, grid);
  if (!located.ok) throw new UserFacingError(located.message, "StateNotCertain");
  return { kind: "found", snapshot, located };
}
