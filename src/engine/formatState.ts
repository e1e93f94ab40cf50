/**
 * What Clear classification needs to undo a run, stored in the workbook itself (a hidden sheet) so
 * it survives closing and reopening. The engine owns the encoding; adapters own the format JSON.
 *
 * CONTRACT (implementation: xlsx/CLI helper; used by both adapters):
 *   - `originals` maps an A1 address on `sheet` (no sheet prefix, e.g. "N12") to an adapter-specific
 *     JSON string of the cell's format before the first run touched it.
 *   - Merging a new run into an existing snapshot keeps the EARLIEST original of each cell, so a
 *     rerun never records our own fills as "original" (idempotence).
 *   - Encoding groups cells by identical original format and merges addresses into ranges
 *     ("N2:N400,P7"), so the hidden sheet stays small on 50,000-row workbooks; no cell text exceeds
 *     Excel's 32,767-character limit.
 */
export const STATE_SHEET_NAME = "PerfChallenge state";
export const STATE_SCHEMA = "perf-challenge/state@1";

export interface FormatSnapshot {
  sheet: string;
  /** 0-based column of the status column the run wrote, or null. */
  statusColumn: number | null;
  /** True when the status column did not exist before the first run (Clear empties it). */
  statusColumnAdded: boolean;
  /** A1 address (on `sheet`) → adapter JSON of the original format. */
  originals: Record<string, string>;
}
