/** @jest-environment jsdom */
/**
 * The shared runtime: a ribbon command's outcome shows in the open pane as the pane's own
 * (src/taskpane/hooks/useCommandOutcomes.ts), including one that finished before it mounted.
 */
import "@testing-library/jest-dom";
import { act, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import type { CommandOutcome, CommandOutcomeSource } from "../../src/commands/outcomes";
import { seedLikeResult } from "./runResultFixture";
import { createFakePort } from "./fakePort";

function source(last: CommandOutcome | null = null) {
  const listeners = new Set<(o: CommandOutcome) => void>();
  const store: CommandOutcomeSource & { publish(o: CommandOutcome): void } = {
    last: () => last,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish: (outcome) => listeners.forEach((listener) => listener(outcome)),
  };
  return store;
}

describe("ribbon command outcomes in the pane", () => {
  it("shows the summary of a ribbon Classify, then drops it after a ribbon Clear", async () => {
    const result = seedLikeResult();
    const port = createFakePort(result);
    const outcomes = source();
    render(<App port={port} commandOutcomes={outcomes} />);
    await screen.findByLabelText("Quarter");
    expect(screen.queryByTestId("summary-total")).toBeNull();

    act(() =>
      outcomes.publish({
        command: "classifyQuarter",
        ok: true,
        message: "Q2 2018/19 classified.",
        at: 1,
        classified: { ok: true, result, edits: {} },
      })
    );
    const total = await screen.findByTestId("summary-total");
    expect(total).toHaveTextContent(`Total (${result.summary.total.count})`);
    expect(port.classify).not.toHaveBeenCalled();

    act(() =>
      outcomes.publish({ command: "clearClassification", ok: true, message: "Cleared.", at: 2 })
    );
    expect(screen.queryByTestId("summary-total")).toBeNull();
  });

  it("shows a failure that happened before the pane opened", async () => {
    const port = createFakePort(seedLikeResult());
    const failed: CommandOutcome = {
      command: "classifyQuarter",
      ok: false,
      message: "The sheet is protected. Unprotect Sheet, then classify again.",
      at: 1,
    };
    render(<App port={port} commandOutcomes={source(failed)} />);
    expect(
      await screen.findAllByText("The sheet is protected. Unprotect Sheet, then classify again.")
    ).not.toHaveLength(0);
  });
});
