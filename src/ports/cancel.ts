/**
 * Cancel for a long Classify: the run stops at the next step that has written nothing yet (after
 * reading, after the engine, after planning). Once writing has begun it finishes, so a workbook is
 * never left half classified; the pane then says it was too late to stop.
 */
export const CANCELLED_MESSAGE =
  "Classification cancelled before anything was written: the workbook is unchanged.";

export const TOO_LATE_TO_CANCEL =
  "The results were already being written when Cancel was pressed, so the run was completed.";

export class RunCancelled extends Error {
  constructor() {
    super(CANCELLED_MESSAGE);
    this.name = "RunCancelled";
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RunCancelled();
}
