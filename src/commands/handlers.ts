/**
 * The ribbon's function commands, independent of Office globals so they can be tested: each one
 * calls the port, publishes what happened, opens the pane when it failed, and ALWAYS completes
 * the event (Office keeps the button busy until `completed()` is called).
 */
import { STATUS_LABEL, STATUS_ORDER, type RunResult } from "../engine/types";
import type { WorkbookPort } from "../taskpane/port";
import type { CommandOutcome } from "./outcomes";

export interface CommandEvent {
  completed(): void;
}

export interface CommandDeps {
  port: WorkbookPort;
  publish(outcome: CommandOutcome): void;
  /** Opens the task pane so the user sees a failure (Office.addin.showAsTaskpane). */
  showPane(): Promise<void>;
}

/** "Q2 2018/19 classified: Outside tolerance 2, Inside tolerance 5, …" */
export function classifiedMessage(result: RunResult): string {
  const total = result.summary.total;
  const parts = STATUS_ORDER.filter((s) => s !== "notClassified" || total.notClassified > 0).map(
    (s) => `${STATUS_LABEL[s]} ${total[s]}`
  );
  return `${result.quarter.label} classified on "${result.sheet}": ${parts.join(", ")}.`;
}

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
      deps.publish({ command, ...outcome, at: Date.now() });
      if (!outcome.ok) await deps.showPane().catch(() => undefined);
    } finally {
      event.completed();
    }
  }

  return {
    classifyQuarter: (event: CommandEvent) =>
      runCommand("classifyQuarter", event, async () => {
        const outcome = await deps.port.classify(undefined);
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
