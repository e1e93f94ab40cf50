/**
 * @jest-environment jsdom
 */
import {
  outcomeDialogUrl,
  showOutcomeDialog,
  showOutcomeMessage,
} from "../../src/commands/outcomeDialog";
import type { CommandOutcome } from "../../src/commands/outcomes";

const outcome: CommandOutcome = {
  command: "classifyQuarter",
  ok: true,
  message: 'Q2 2018/19 classified on "Indicators": <img src=x onerror=alert(1)> & more',
  at: 1,
};

describe("the ribbon's outcome dialog (where the pane cannot open)", () => {
  it("carries the message beside the commands' page and shows it as text, never HTML", () => {
    const url = outcomeDialogUrl("https://localhost:3000/taskpane.html?_host_Info=x", outcome);
    expect(url.startsWith("https://localhost:3000/outcome.html?message=")).toBe(true);
    document.body.innerHTML = '<p id="outcome"></p>';
    showOutcomeMessage(document, new URL(url).search);
    const shown = document.getElementById("outcome")!;
    expect(shown.textContent).toBe(outcome.message);
    expect(shown.querySelector("img")).toBeNull();
  });

  it("opens an Office dialog, and rejects where the host has none", async () => {
    const opened: string[] = [];
    const office = {
      AsyncResultStatus: { Succeeded: "succeeded" },
      context: {
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
            opened.push(url);
            callback({ status: "succeeded" });
          },
        },
      },
    } as unknown as typeof Office;
    await showOutcomeDialog(office, "https://localhost:3000/taskpane.html", outcome);
    expect(opened).toHaveLength(1);
    await expect(
      showOutcomeDialog({ context: {} } as unknown as typeof Office, "https://x/", outcome)
    ).rejects.toThrow(/cannot show a dialog/);
  });
});
