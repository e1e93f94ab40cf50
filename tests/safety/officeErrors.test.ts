/**
 * Errors from Office.js reach the user as a message that says what to do; they are never swallowed
 * into the console. Every host failure the issue names (protected sheet, cell edit mode, invalid
 * argument, payload limits, and an unknown one) is injected at the first and at a later sync of
 * every port method, then followed to the ribbon command that shows it.
 */
import { createCommandHandlers } from "../../src/commands/handlers";
import type { CommandOutcome } from "../../src/commands/outcomes";
import { createExcelPort } from "../../src/excel/excelPort";
import { defaultEngine } from "../../src/excel/engineBinding";
import { memorySettingsStore } from "../../src/excel/settingsStore";
import type { ExcelRun } from "../../src/excel/types";
import type { WorkbookPort } from "../../src/ports/workbookPort";
import { asExcel, FakeOfficeError, FakeRequestContext, type WorkbookData } from "../excel/fake";
import { indicatorWorkbook } from "../excel/helpers";

/** Host failures as Office.js reports them (code, message). */
const HOST_ERRORS: [string, string, RegExp][] = [
  [
    "AccessDenied",
    "The cell or chart you're trying to change is on a protected sheet.",
    /unprotect/i,
  ],
  ["InvalidOperation", "You can't perform this operation on a protected sheet.", /unprotect/i],
  ["InvalidOperationInCellEditMode", "Excel is in cell-editing mode.", /enter or esc/i],
  [
    "InvalidArgument",
    "The argument is invalid or missing or has an incorrect format.",
    /check|try again/i,
  ],
  [
    "RequestPayloadSizeLimitExceeded",
    "The request payload size has exceeded the limit.",
    /remove|smaller|try again/i,
  ],
  [
    "ResponsePayloadSizeLimitExceeded",
    "The response payload size has exceeded the limit.",
    /remove|smaller|try again/i,
  ],
  ["GeneralException", "An internal error has occurred.", /try again/i],
  ["SomethingNew", "", /try again/i],
];

/** Words that tell the user what to do next. */
const ACTION = /\b(try again|unprotect|press|remove|check|update|save|close|reopen|use|select)\b/i;

/** An ExcelRun whose every context fails at sync number `failAt` with `error`; contexts are recorded. */
function failingRun(
  data: WorkbookData,
  error: Error,
  failAt: number,
  contexts: FakeRequestContext[] = []
): ExcelRun {
  class FailingContext extends FakeRequestContext {
    override async sync(): Promise<void> {
      if (this.syncCount + 1 >= failAt) {
        this.syncCount++;
        throw error;
      }
      return super.sync();
    }
  }
  return async (batch) => {
    const ctx = new FailingContext(data);
    contexts.push(ctx);
    return batch(asExcel(ctx));
  };
}

async function classifiedWorkbook(): Promise<WorkbookData> {
  const data = indicatorWorkbook(6);
  const run: ExcelRun = async (batch) => batch(asExcel(new FakeRequestContext(data)));
  const port = createExcelPort({
    engine: defaultEngine,
    run,
    settings: memorySettingsStore(),
    isSetSupported: () => true,
  });
  const outcome = await port.classify("Q2 2018/19");
  if (!outcome.ok) throw new Error(outcome.message);
  return data;
}

const METHODS: [string, (port: WorkbookPort) => Promise<unknown>][] = [
  ["inspect", (port) => port.inspect()],
  ["classify", (port) => port.classify("Q2 2018/19")],
  ["clear", (port) => port.clear()],
  ["selectCell", (port) => port.selectCell("Indicators!J3")],
  // P2 has a log row for Q2 2018/19 (P1 has none: the edit would stop at the engine's own message
  // before any second sync, now that the log's keys come with the first).
  ["saveCommentary", (port) => port.saveCommentary("P2", "Edited")],
  ["redraft", (port) => port.redraft("P2")],
];

let consoleSpies: jest.SpyInstance[];

beforeEach(() => {
  consoleSpies = (["error", "warn", "log", "info", "debug"] as const).map((name) =>
    jest.spyOn(console, name).mockImplementation(() => undefined)
  );
});

afterEach(() => {
  for (const spy of consoleSpies) {
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  }
});

describe("Office.js errors reach the user as a message that says what to do", () => {
  const cases = HOST_ERRORS.flatMap(([code, text, advice]) =>
    METHODS.flatMap(([method, call]) =>
      [1, 2].map((failAt) => [code, method, failAt, text, advice, call] as const)
    )
  );

  it.each(cases)("%s during %s (sync %d)", async (code, _method, failAt, text, advice, call) => {
    const data = await classifiedWorkbook();
    const contexts: FakeRequestContext[] = [];
    const run = failingRun(data, new FakeOfficeError(code, text), failAt, contexts);
    const port = createExcelPort({
      engine: defaultEngine,
      run,
      settings: memorySettingsStore(),
      isSetSupported: () => true,
    });
    let caught: unknown;
    try {
      await call(port);
    } catch (error) {
      caught = error;
    }
    if (caught === undefined) {
      // Success is right only if the method finished before the failing sync.
      expect(Math.max(0, ...contexts.map((c) => c.syncCount))).toBeLessThan(failAt);
      return;
    }
    expect(caught).toBeInstanceOf(Error);
    const message = (caught as Error).message;
    expect(message).toMatch(ACTION);
    expect(message).toMatch(advice);
    expect(message).not.toMatch(/^\s*$|RichApi|stack|at .*\.ts:\d+/);
    expect(message).not.toBe(text);
  });

  it("a failure meets every method at the first sync (the table above is not vacuous)", async () => {
    const data = await classifiedWorkbook();
    const port = createExcelPort({
      engine: defaultEngine,
      run: failingRun(data, new FakeOfficeError("AccessDenied", "protected sheet"), 1),
      settings: memorySettingsStore(),
      isSetSupported: () => true,
    });
    for (const [, call] of METHODS) await expect(call(port)).rejects.toThrow(/unprotect/i);
  });
});

describe("a ribbon command shows the failure to the user", () => {
  it.each(["classifyQuarter", "clearClassification"] as const)(
    "%s publishes the message and opens the pane",
    async (command) => {
      const data = await classifiedWorkbook();
      data.sheet("Indicators")!.protected = true;
      const port = createExcelPort({
        engine: defaultEngine,
        run: failingRun(data, new FakeOfficeError("AccessDenied", "protected sheet"), 1),
        settings: memorySettingsStore(),
        isSetSupported: () => true,
      });
      const published: CommandOutcome[] = [];
      const showPane = jest.fn(async () => undefined);
      const completed = jest.fn();
      await createCommandHandlers({ port, publish: (o) => published.push(o), showPane })[command]({
        completed,
      });
      expect(published).toHaveLength(1);
      expect(published[0]).toMatchObject({ command, ok: false });
      expect(published[0].message).toMatch(/unprotect/i);
      expect(showPane).toHaveBeenCalledTimes(1);
      expect(completed).toHaveBeenCalledTimes(1);
    }
  );
});
