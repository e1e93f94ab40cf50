/**
 * A fake Excel.RequestContext that keeps the rules of the real one (learn.microsoft.com, "Excel
 * JavaScript object model" and "Application-specific API model"):
 *   - calls on proxy objects only QUEUE actions; nothing reaches the workbook before sync();
 *   - sync() runs the queue in order; the first failing action rejects the sync, actions before
 *     it stay applied, later ones are dropped;
 *   - a loaded property can be read only after the sync that loaded it (else PropertyNotLoaded);
 *   - requests and responses above the payload limits fail as a whole (nothing applied);
 *   - while a cell is being edited every sync fails with InvalidOperationInCellEditMode.
 * It counts syncs and queued actions so tests can assert the adapter's round-trip budget.
 */
import { FakeOfficeError } from "./base";
import type { WorkbookData } from "./state";
import { FakeWorkbook } from "./worksheet";

export { FakeOfficeError } from "./base";

interface QueuedAction {
  run: () => void;
  /** Characters the action adds to the request (values written). */
  requestChars: number;
  /** Characters the action adds to the response (values loaded), computed when it runs. */
  response?: () => number;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  syncCount = 0;
  /** Actions queued over the context's life, and per sync. */
  actionCount = 0;
  readonly actionsPerSync: number[] = [];
  private queue: QueuedAction[] = [];

  constructor(readonly data: WorkbookData) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(run: () => void, requestChars = 0, response?: () => number): void {
    this.actionCount++;
    this.queue.push({ run, requestChars, response });
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.syncCount++;
    this.actionsPerSync.push(queue.length);
    await Promise.resolve();
    if (this.data.cellEditMode && queue.length > 0) {
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    const request = queue.reduce((sum, a) => sum + a.requestChars, 0);
    if (request > this.data.requestLimit) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    }
    let response = 0;
    for (const action of queue) {
      action.run();
      response += action.response?.() ?? 0;
      if (response > this.data.responseLimit) {
        throw new FakeOfficeError(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit."
        );
      }
    }
  }
}
