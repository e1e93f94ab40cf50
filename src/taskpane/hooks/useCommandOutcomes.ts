/**
 * Shows ribbon command outcomes in the pane (shared runtime): the last one that finished before
 * the pane mounted, then every later one. The pane's own state handles the rest.
 */
import { useEffect, useRef } from "react";
import type { CommandOutcome, CommandOutcomeSource } from "../../commands/outcomes";

export function useCommandOutcomes(
  source: CommandOutcomeSource | undefined,
  show: (outcome: CommandOutcome) => void
): void {
  // The latest `show` without re-subscribing on every render.
  const showRef = useRef(show);
  showRef.current = show;
  useEffect(() => {
    if (!source) return undefined;
    const last = source.last();
    if (last) showRef.current(last);
    return source.subscribe((outcome) => showRef.current(outcome));
  }, [source]);
}
