import { createCommandHandlers } from "../../src/commands/handlers";
import {
  lastCommandOutcome,
  publishCommandOutcome,
  subscribeCommandOutcomes,
  type CommandOutcome,
} from "../../src/commands/outcomes";
import { createExcelPort } from "../../src/excel/excelPort";
import { defaultEngine } from "../../src/excel/engineBinding";
import { memorySettingsStore } from "../../src/excel/settingsStore";
import type { WorkbookPort } from "../../src/ports/workbookPort";
import { fakeRun, WorkbookData } from "./fake";
import { indicatorWorkbook } from "./helpers";

function setup(port: WorkbookPort) {
  const published: CommandOutcome[] = [];
  const showPane = jest.fn(async () => undefined);
  const handlers = createCommandHandlers({ port, publish: (o) => published.push(o), showPane });
  const event = { completed: jest.fn() };
  return { published, showPane, handlers, event };
}

function excelPort(data = indicatorWorkbook(6)) {
  return createExcelPort({
    engine: defaultEngine,
    run: fakeRun(data),
    settings: memorySettingsStore(),
    isSetSupported: () => true,
  });
}

describe("ribbon commands", () => {
  it("classify reports the counts and completes the event", async () => {
    const { published, showPane, handlers, event } = setup(excelPort());
    await handlers.classifyQuarter(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(published[0]).toMatchObject({ command: "classifyQuarter", ok: true });
    expect(published[0].message).toMatch(
      /^Q2 2018\/19 classified on "Indicators": Outside tolerance \d+, Inside tolerance \d+/
    );
    // The pane opens on the result: a manager who clicked with the pane closed sees it.
    expect(showPane).toHaveBeenCalledTimes(1);
  });

  it("classify uses the quarter chosen in the pane's picker, and names it", async () => {
    const port = excelPort();
    port.periodChoice?.set("Q1 2018/19");
    const { published, handlers, event } = setup(port);
    await handlers.classifyQuarter(event);
    expect(published[0]).toMatchObject({ ok: true });
    expect(published[0].classified?.result.quarter.label).toBe("Q1 2018/19");
    expect(published[0].message).toMatch(/^Q1 2018\/19 classified on "Indicators"/);
    // Nobody chose: the latest.
    port.periodChoice?.set(undefined);
    await handlers.classifyQuarter(event);
    expect(published[1].classified?.result.quarter.label).toBe("Q2 2018/19");
  });

  it("where the pane cannot be opened, the outcome is shown as a message instead", async () => {
    const shownMessages: string[] = [];
    const published: CommandOutcome[] = [];
    const event = { completed: jest.fn() };
    const handlers = createCommandHandlers({
      port: excelPort(),
      publish: (o) => published.push(o),
      showPane: async () => Promise.reject(new Error("not supported")),
      showMessage: async (outcome) => void shownMessages.push(outcome.message),
    });
    await handlers.classifyQuarter(event);
    expect(shownMessages).toEqual([published[0].message]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("a failure is published, opens the pane and still completes the event", async () => {
    const data = indicatorWorkbook(3);
    data.cellEditMode = true;
    const { published, showPane, handlers, event } = setup(excelPort(data));
    await handlers.classifyQuarter(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(published[0]).toMatchObject({ ok: false });
    expect(published[0].message).toMatch(/Press Enter or Esc/);
    expect(showPane).toHaveBeenCalledTimes(1);
  });

  it("completes the event even when opening the pane fails", async () => {
    const port = {
      ...excelPort(),
      clear: async () => Promise.reject(new Error("Nothing to clear here.")),
    };
    const published: CommandOutcome[] = [];
    const event = { completed: jest.fn() };
    const handlers = createCommandHandlers({
      port,
      publish: (o) => published.push(o),
      showPane: async () => Promise.reject(new Error("no pane")),
    });
    await handlers.clearClassification(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(published[0]).toMatchObject({
      command: "clearClassification",
      ok: false,
      message: "Nothing to clear here.",
    });
  });

  it("a classification with no table is reported, not thrown", async () => {
    const notes = new WorkbookData();
    notes.fill("Notes", [["Minutes of the meeting"]]);
    const { published, handlers, event } = setup(excelPort(notes));
    await handlers.classifyQuarter(event);
    expect(published[0].ok).toBe(false);
    expect(event.completed).toHaveBeenCalled();
  });

  it("the outcome store hands outcomes to the pane", () => {
    const seen: string[] = [];
    const stop = subscribeCommandOutcomes((o) => seen.push(o.message));
    publishCommandOutcome({ command: "clearClassification", ok: true, message: "done", at: 1 });
    stop();
    publishCommandOutcome({ command: "clearClassification", ok: true, message: "later", at: 2 });
    expect(seen).toEqual(["done"]);
    expect(lastCommandOutcome()?.message).toBe("later");
  });
});
