/**
 * The ribbon's fallback where the task pane cannot be opened (a host without
 * Office.addin.showAsTaskpane): the outcome's message in a small Office dialog, outcome.html.
 * The message travels in the URL's query and is shown as text, never as HTML.
 */
import type { CommandOutcome } from "./outcomes";

export const OUTCOME_PAGE = "outcome.html";

/** The dialog's address beside the page that runs the commands (same origin, as Office requires). */
export function outcomeDialogUrl(pageUrl: string, outcome: CommandOutcome): string {
  const url = new URL(OUTCOME_PAGE, pageUrl);
  url.searchParams.set("message", outcome.message);
  return url.href;
}

/** Opens the dialog; rejects where the host has no dialogs or refuses this one. */
export function showOutcomeDialog(
  office: typeof Office,
  pageUrl: string,
  outcome: CommandOutcome
): Promise<void> {
  return new Promise((resolve, reject) => {
    const ui = office.context?.ui;
    if (!ui?.displayDialogAsync) {
      reject(new Error("This version of Office cannot show a dialog."));
      return;
    }
    ui.displayDialogAsync(
      outcomeDialogUrl(pageUrl, outcome),
      { height: 30, width: 30, displayInIframe: true },
      (result) =>
        result.status === office.AsyncResultStatus.Succeeded
          ? resolve()
          : reject(new Error(result.error?.message ?? "The dialog did not open."))
    );
  });
}

/** outcome.html's script: writes the message from the query into the page as text. */
export function showOutcomeMessage(doc: Document, search: string): void {
  const message = new URLSearchParams(search).get("message") ?? "";
  const target = doc.getElementById("outcome");
  if (target) target.textContent = message || "The command finished.";
}
