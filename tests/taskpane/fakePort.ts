/**
 * A WorkbookPort for component tests: answers from a RunResult, records every call (jest.fn), and
 * lets a test make any method reject to check the pane shows the message.
 */
import type { RunResult } from "../../src/engine/types";
import {
  DEFAULT_SETTINGS,
  type ClearOutcome,
  type WorkbookPort,
  type WorkbookSettings,
} from "../../src/ports/workbookPort";

export interface FakePort extends WorkbookPort {
  inspect: jest.Mock<ReturnType<WorkbookPort["inspect"]>, Parameters<WorkbookPort["inspect"]>>;
  classify: jest.Mock<ReturnType<WorkbookPort["classify"]>, Parameters<WorkbookPort["classify"]>>;
  clear: jest.Mock<Promise<ClearOutcome>, []>;
  selectCell: jest.Mock<Promise<void>, [string]>;
  saveCommentary: jest.Mock<Promise<void>, [string, string]>;
  redraft: jest.Mock<Promise<string>, [string]>;
  getSettings: jest.Mock<Promise<WorkbookSettings>, []>;
  saveSettings: jest.Mock<Promise<WorkbookSettings>, [Partial<WorkbookSettings>]>;
}

export function createFakePort(result: RunResult, edits: Record<string, string> = {}): FakePort {
  let settings: WorkbookSettings = { ...DEFAULT_SETTINGS };
  const defaultQuarter = result.quarters[result.quarters.length - 1];
  return {
    host: "preview",
    inspect: jest.fn(async () => ({
      ok: true as const,
      sheet: result.sheet,
      quarters: result.quarters,
      defaultQuarter,
    })),
    classify: jest.fn(async (quarter, onProgress) => {
      onProgress?.({ label: "Reading the sheet", fraction: 0.25 });
      onProgress?.({ label: "Writing statuses", fraction: 0.75 });
      const chosen = result.quarters.find((q) => q.label === quarter) ?? defaultQuarter;
      return { ok: true as const, result: { ...result, quarter: chosen }, edits: { ...edits } };
    }),
    clear: jest.fn(async (): Promise<ClearOutcome> => ({
      cleared: true,
      message:
        'Classification cleared on "Indicators": the original formats of 12 cells are restored.',
    })),
    selectCell: jest.fn<Promise<void>, [string]>(async () => undefined),
    saveCommentary: jest.fn<Promise<void>, [string, string]>(async () => undefined),
    redraft: jest.fn(async (ref: string) => `Fresh draft for ${ref}.`),
    getSettings: jest.fn(async () => ({ ...settings })),
    saveSettings: jest.fn(
      async (partial: Partial<WorkbookSettings>) => (settings = { ...settings, ...partial })
    ),
  };
}
