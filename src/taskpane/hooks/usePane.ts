/**
 * The task pane's state and the actions that reach the workbook. Every call goes through the
 * WorkbookPort; every rejection becomes a message the user can read (never a silent failure).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { Finding, RunResult } from "../../engine/types";
import type { TableRescue } from "../../engine/tableRescue";
import type { InspectOutcome, ProgressStep, WorkbookPort } from "../../ports/workbookPort";
import type { CommandOutcome } from "../../commands/outcomes";
import { classifiedMessage } from "../../ports/outcomeWords";
import { CANCELLED_MESSAGE, TOO_LATE_TO_CANCEL } from "../../ports/cancel";
import { mergeClassified, withEdit, withoutEdit, type PeriodEdits } from "../periodEdits";

export type BusyAction = "inspect" | "classify" | "clear" | "save" | "redraft" | "addToLog" | null;

export interface PaneState {
  inspection: InspectOutcome | null;
  quarter: string;
  busy: BusyAction;
  progress: ProgressStep | null;
  result: RunResult | null;
  /** Reviewers' edits by ref AND period (src/taskpane/periodEdits.ts). */
  edits: PeriodEdits;
  /** Refs with a row in the Challenge log for the shown period; null when the host does not say. */
  logRefs: string[] | null;
  /** Findings of a run that could not start (no table, unknown quarter). */
  failureFindings: Finding[];
  /** A sheet with indicator rows but no period column: its columns, offered to be named. */
  rescue: TableRescue | null;
  error: string | null;
  notice: string | null;
  /** Polite live-region text: what just happened. */
  status: string;
}

const INITIAL: PaneState = {
  inspection: null,
  quarter: "",
  busy: "inspect",
  progress: null,
  result: null,
  edits: new Map(),
  logRefs: null,
  failureFindings: [],
  rescue: null,
  error: null,
  notice: null,
  status: "Looking for the indicator table…",
};

export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return "Something went wrong. Try again; if it keeps happening, reopen the workbook.";
}

/** The refusal in short: the finding below gives the detail, the screen below the fix. */
function rescueNotice(rescue: TableRescue): string {
  return `No period column could be read on sheet "${rescue.sheet}". Name each column's period under How the sheet was read, below, then read the sheet again.`;
}

/** Quiet time after the last worksheet change before the periods are read again (ms). */
export const PERIOD_REFRESH_DELAY = 800;

/**
 * The period the picker shows once the sheet's periods are read again: the one someone chose,
 * else the one the pane shows a result for, else the sheet's default (issue 22: the pane never
 * shows one quarter while another is classified). Labels no longer in the sheet are dropped.
 */
export function periodToShow(
  inspection: Extract<InspectOutcome, { ok: true }>,
  chosen: string | undefined,
  shown: string | undefined
): string {
  const listed = new Set(inspection.quarters.map((q) => q.label));
  for (const label of [chosen, shown]) if (label && listed.has(label)) return label;
  return (
    inspection.defaultQuarter?.label ??
    inspection.quarters[inspection.quarters.length - 1]?.label ??
    ""
  );
}

export interface PaneActions {
  setQuarter(label: string): void;
  /** Reads the sheet's periods again (after a ribbon command, a worksheet change, the pane shown). */
  refreshPeriods(): Promise<void>;
  classify(): Promise<void>;
  /** Looks for the table again (after the analyst named columns of a sheet it could not read). */
  inspectAgain(): Promise<void>;
  /** Stops a running Classify before it writes anything. */
  cancel(): void;
  clear(): Promise<void>;
  selectCell(cell: string): Promise<void>;
  saveCommentary(ref: string, text: string): Promise<boolean>;
  redraft(ref: string): Promise<void>;
  /** Adds an indicator's row (its current draft) to the Challenge log; absent when the host cannot. */
  addToChallengeLog?(ref: string): Promise<void>;
  dismissError(): void;
  reportError(error: unknown): void;
  announce(status: string): void;
  /** A ribbon command finished (shared runtime): show its outcome as the pane's own. */
  showCommandOutcome(outcome: CommandOutcome): void;
}

export function usePane(port: WorkbookPort, autoClassify = false): [PaneState, PaneActions] {
  const [state, setState] = useState<PaneState>(INITIAL);
  const stateRef = useRef(state);
  const running = useRef<AbortController | null>(null);
  stateRef.current = state;
  const patch = useCallback((next: Partial<PaneState>) => setState((s) => ({ ...s, ...next })), []);
  const fail = useCallback(
    (error: unknown) =>
      patch({ busy: null, progress: null, error: messageOf(error), status: messageOf(error) }),
    [patch]
  );

  const runClassify = useCallback(
    async (quarter: string) => {
      patch({
        busy: "classify",
        error: null,
        notice: null,
        progress: { label: "Starting", fraction: 0 },
        status: "Classifying…",
      });
      const controller = new AbortController();
      running.current = controller;
      try {
        const outcome = await port.classify(
          quarter || undefined,
          // Drawn in the same task (no second hop through React's scheduler): on a busy
          // machine each hop can wait, and the bar must move at least every 250 ms.
          (step) => flushSync(() => patch({ progress: step, status: `${step.label}…` })),
          controller.signal
        );
        if (outcome.ok) {
          const period = outcome.result.quarter.label;
          setState((s) => ({
            ...s,
            busy: null,
            progress: null,
            result: outcome.result,
            edits: mergeClassified(s.edits, period, outcome.edits, outcome.editedFor),
            logRefs: outcome.logRefs ?? null,
            failureFindings: [],
            rescue: null,
            quarter: period,
            status: controller.signal.aborted
              ? `${TOO_LATE_TO_CANCEL} ${classifiedMessage(outcome.result)}`
              : classifiedMessage(outcome.result),
          }));
        } else {
          patch({
            busy: null,
            progress: null,
            result: null,
            failureFindings: outcome.findings,
            rescue: outcome.rescue ?? null,
            notice: outcome.rescue ? rescueNotice(outcome.rescue) : outcome.message,
            status: outcome.rescue ? rescueNotice(outcome.rescue) : outcome.message,
          });
        }
      } catch (error) {
        if (controller.signal.aborted)
          patch({ busy: null, progress: null, status: CANCELLED_MESSAGE });
        else fail(error);
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [port, patch, fail]
  );

  /** Finds the table; `isCurrent` says whether the answer is still wanted when it comes. */
  const runInspect = useCallback(
    async (isCurrent: () => boolean, classifyAfter: boolean) => {
      let inspection;
      try {
        inspection = await port.inspect();
      } catch (error) {
        if (isCurrent()) fail(error);
        return;
      }
      if (!isCurrent()) return;
      if (inspection.ok) {
        const quarter = periodToShow(
          inspection,
          port.periodChoice?.get(),
          stateRef.current.result?.quarter.label
        );
        patch({
          inspection,
          quarter,
          busy: null,
          failureFindings: [],
          rescue: null,
          notice: null,
          status: `Indicator table found on sheet ${inspection.sheet}.`,
        });
        if (classifyAfter) void runClassify(quarter);
      } else {
        const notice = inspection.rescue ? rescueNotice(inspection.rescue) : inspection.message;
        patch({
          inspection,
          busy: null,
          failureFindings: inspection.findings,
          rescue: inspection.rescue ?? null,
          notice,
          status: notice,
        });
      }
    },
    [port, patch, fail, runClassify]
  );

  useEffect(() => {
    let cancelled = false;
    void runInspect(() => !cancelled, autoClassify);
    return () => {
      cancelled = true;
    };
  }, [runInspect, autoClassify]);

  // Only the latest refresh applies; a refresh never interrupts the pane's own work.
  const refreshes = useRef(0);
  const refreshPeriods = useCallback(async () => {
    const ticket = ++refreshes.current;
    let inspection: InspectOutcome;
    try {
      inspection = await port.inspect();
    } catch {
      // A background read refused (Excel in cell-edit mode, say): the list stays as it was and
      // the next change, command or showing of the pane reads it again; no error bar for it.
      return;
    }
    if (ticket !== refreshes.current) return;
    setState((s) => {
      if (s.busy === "classify" || s.busy === "clear") return s;
      if (!inspection.ok)
        return {
          ...s,
          inspection,
          notice: inspection.rescue ? rescueNotice(inspection.rescue) : inspection.message,
          failureFindings: inspection.findings,
          rescue: inspection.rescue ?? null,
        };
      const chosen = port.periodChoice?.get();
      if (chosen && !inspection.quarters.some((q) => q.label === chosen))
        port.periodChoice?.set(undefined);
      const quarter = periodToShow(inspection, port.periodChoice?.get(), s.result?.quarter.label);
      // A notice of "no table" from an earlier read no longer holds once the table is back.
      const wasRefused = s.inspection !== null && !s.inspection.ok;
      const notice = wasRefused ? null : s.notice;
      const failureFindings = wasRefused ? [] : s.failureFindings;
      return { ...s, inspection, quarter, notice, failureFindings, rescue: null };
    });
  }, [port]);

  // Worksheet changes and the pane becoming visible: read the periods again once things settle.
  useEffect(() => {
    if (!port.watchWorkbook) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => void) | undefined;
    let unmounted = false;
    const later = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => void refreshPeriods(), PERIOD_REFRESH_DELAY);
    };
    port.watchWorkbook(later).then(
      (stopWatching) => (unmounted ? stopWatching() : (stop = stopWatching)),
      () => undefined
    );
    return () => {
      unmounted = true;
      clearTimeout(timer);
      stop?.();
    };
  }, [port, refreshPeriods]);

  const actions: PaneActions = {
    setQuarter: (label) => {
      port.periodChoice?.set(label);
      patch({ quarter: label });
    },
    refreshPeriods,
    classify: () => runClassify(stateRef.current.quarter),
    inspectAgain: async () => {
      patch({ busy: "inspect", error: null, status: "Reading the sheet again…" });
      await runInspect(() => true, false);
    },
    cancel: () => {
      if (!running.current || running.current.signal.aborted) return;
      running.current.abort();
      patch({ status: "Cancelling…" });
    },
    clear: async () => {
      patch({ busy: "clear", error: null, status: "Clearing the classification…" });
      try {
        const outcome = await port.clear();
        // Reviewers' edits stay in the Challenge log, so the pane keeps them too.
        patch({
          busy: null,
          result: null,
          logRefs: null,
          status: outcome.message,
        });
      } catch (error) {
        fail(error);
      }
    },
    selectCell: async (cell) => {
      try {
        await port.selectCell(cell);
        patch({ status: `Selected ${cell}.` });
      } catch (error) {
        fail(error);
      }
    },
    saveCommentary: async (ref, text) => {
      patch({ busy: "save", error: null, status: `Saving the commentary for ${ref}…` });
      try {
        await port.saveCommentary(ref, text);
        setState((s) => ({
          ...s,
          busy: null,
          edits: s.result ? withEdit(s.edits, ref, s.result.quarter.label, text) : s.edits,
          // A saved edit lives in the log's row for the indicator (added when it had none).
          logRefs: s.logRefs && !s.logRefs.includes(ref) ? [...s.logRefs, ref] : s.logRefs,
          status: `Commentary for ${ref} saved.`,
        }));
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    redraft: async (ref) => {
      patch({ busy: "redraft", error: null, status: `Redrafting the commentary for ${ref}…` });
      try {
        const draft = await port.redraft(ref);
        setState((s) => {
          const edits = s.result ? withoutEdit(s.edits, ref, s.result.quarter.label) : s.edits;
          const result = s.result && {
            ...s.result,
            commentary: s.result.commentary.map((item) =>
              item.ref === ref ? { ...item, text: draft } : item
            ),
          };
          return {
            ...s,
            busy: null,
            edits,
            result,
            status: `Commentary for ${ref} redrafted from the workbook.`,
          };
        });
      } catch (error) {
        fail(error);
      }
    },
    addToChallengeLog: port.addToChallengeLog
      ? async (ref) => {
          patch({ busy: "addToLog", error: null, status: `Adding ${ref} to the Challenge log…` });
          try {
            const added = await port.addToChallengeLog!(ref);
            setState((s) => ({
              ...s,
              busy: null,
              logRefs: s.logRefs && !s.logRefs.includes(ref) ? [...s.logRefs, ref] : s.logRefs,
              status: added
                ? `${ref} added to the Challenge log.`
                : `${ref} was already in the Challenge log.`,
            }));
          } catch (error) {
            fail(error);
          }
        }
      : undefined,
    dismissError: () => patch({ error: null }),
    reportError: fail,
    announce: (status) => patch({ status }),
    showCommandOutcome: (outcome) => {
      // The command may have followed a change of the sheet's periods (a column inserted).
      void refreshPeriods();
      const shown = { busy: null, progress: null, status: outcome.message };
      if (!outcome.ok) patch({ ...shown, error: outcome.message });
      else if (outcome.classified) {
        const { result, edits, editedFor } = outcome.classified;
        const period = result.quarter.label;
        setState((s) => ({
          ...s,
          ...shown,
          error: null,
          notice: null,
          result,
          edits: mergeClassified(s.edits, period, edits, editedFor),
          logRefs: outcome.classified?.logRefs ?? null,
          failureFindings: [],
          quarter: period,
        }));
      } else if (outcome.command === "clearClassification")
        patch({ ...shown, error: null, result: null, logRefs: null });
    },
  };
  return [state, actions];
}
