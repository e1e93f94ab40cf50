/**
 * The ribbon's function commands, independent of Office globals so they can be tested: each one
 * calls the port, publishes what happened, opens the pane on that outcome (a manager who clicks
 * the button with the pane closed sees what happened: issue 22), and ALWAYS completes the event
 * (Office keeps the button busy until `completed()` is called).
 */
import { classifiedMessage } from "../ports/outcomeWords";
import type { WorkbookPort } from "../ports/workbookPort";
import type { CommandOutcome } from "./outcomes";

export interface CommandEvent {
  completed(): void;
}

export interface CommandDeps {
  port: WorkbookPort;
  publish(outcome: CommandOutcome): void;
  /** Opens the task pane on the outcome (Office.addin.showAsTaskpane). */
  showPane(): Promise<void>;
  /** Where the pane cannot be opened: shows the outcome's message another way (a dialog). */
  showMessage?(outcome: CommandOutcome): Promise<void>;
}

export { classifiedMessage };

function messageOf(error: unknown): string {
  return error instanceof Error && error.message
    ? error.message
    : "Something went wrong. Try again, or open the Challenge pane for details.";
}

type WorkOutcome = Pick<CommandOutcome, "ok" | "message" | "classified">;

export function createCommandHandlers(deps: CommandDeps) {
  async function runCommand(
    command: CommandOutcome["command"],
    event: CommandEvent,
    work: () => Promise<WorkOutcome>
  ) {
    try {
      let outcome: WorkOutcome;
      try {
        outcome = await work();
      } catch (error) {
        outcome = { ok: false, message: messageOf(error) };
      }
      const published: CommandOutcome = { command, ...outcome, at: Date.now() };
      deps.publish(published);
      await deps.showPane().catch(() => deps.showMessage?.(published).catch(() => undefined));
    } finally {
      event.completed();
    }
  }

  return {
    classifyQuarter: (event: CommandEvent) =>
      runCommand("classifyQuarter", event, async () => {
        // The quarter chosen in the pane's picker, else the sheet's latest (issue 22).
        const outcome = await deps.port.classify(deps.port.periodChoice?.get());
        return outcome.ok
          ? { ok: true, message: classifiedMessage(outcome.result), classified: outcome }
          : { ok: false, message: outcome.message };
      }),
    clearClassification: (event: CommandEvent) =>
      runCommand("clearClassification", event, async () => {
        const outcome = await deps.port.clear();
        return { ok: true, message: outcome.message };
      }),
  };
}
