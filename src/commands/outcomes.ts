/**
 * What the last ribbon command did, for the task pane to show. Function commands cannot show text
 * in Excel themselves (notification messages are an Outlook feature), so a command publishes its
 * outcome here and, on failure, opens the task pane (Office.addin.showAsTaskpane, shared runtime).
 * The store lives on globalThis so the pane and the commands share it even if the bundler gives
 * them separate module copies on the one shared-runtime page.
 */
import type { ClassifyOutcome } from "../ports/workbookPort";

export interface CommandOutcome {
  command: "classifyQuarter" | "clearClassification";
  ok: boolean;
  /** Plain text for the user (never HTML). */
  message: string;
  at: number;
  /** A completed classify: the pane shows its summary as if its own button had been pressed. */
  classified?: Extract<ClassifyOutcome, { ok: true }>;
}

/** What the pane subscribes to (the shared runtime page passes the store; the preview has none). */
export interface CommandOutcomeSource {
  last(): CommandOutcome | null;
  subscribe(listener: (outcome: CommandOutcome) => void): () => void;
}

type Listener = (outcome: CommandOutcome) => void;

interface OutcomeStore {
  last: CommandOutcome | null;
  listeners: Set<Listener>;
}

const KEY = "__perfChallengeCommandOutcomes";

function store(): OutcomeStore {
  const g = globalThis as unknown as Record<string, OutcomeStore | undefined>;
  return (g[KEY] ??= { last: null, listeners: new Set() });
}

export function publishCommandOutcome(outcome: CommandOutcome): void {
  const s = store();
  s.last = outcome;
  for (const listener of s.listeners) listener(outcome);
}

export function lastCommandOutcome(): CommandOutcome | null {
  return store().last;
}

/** Calls `listener` on every outcome from now on; returns the unsubscribe function. */
export function subscribeCommandOutcomes(listener: Listener): () => void {
  store().listeners.add(listener);
  return () => store().listeners.delete(listener);
}

export const commandOutcomeStore: CommandOutcomeSource = {
  last: lastCommandOutcome,
  subscribe: subscribeCommandOutcomes,
};
