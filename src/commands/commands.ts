/**
 * Ribbon commands of the shared runtime. The one page the manifest names (FunctionFile, Runtime
 * and the pane all use Taskpane.Url) registers them with the same port the pane uses, so the
 * commands and the pane share one JavaScript runtime and the pane shows what a command did.
 */
import type { WorkbookPort } from "../ports/workbookPort";
import { createCommandHandlers } from "./handlers";
import { publishCommandOutcome } from "./outcomes";
import { showOutcomeDialog } from "./outcomeDialog";

/** Associates every ribbon function with its handler; call once, after Office.onReady. */
export function registerCommands(office: typeof Office, port: WorkbookPort): void {
  const handlers = createCommandHandlers({
    port,
    publish: publishCommandOutcome,
    showPane: async () => {
      if (typeof office.addin?.showAsTaskpane !== "function")
        throw new Error("This version of Office cannot open the pane from a command.");
      await office.addin.showAsTaskpane();
    },
    showMessage: (outcome) => showOutcomeDialog(office, window.location.href, outcome),
  });
  // One literal call per FunctionName in manifest.xml (scripts/manifest/semantics.ts reads them).
  office.actions.associate("classifyQuarter", handlers.classifyQuarter);
  office.actions.associate("clearClassification", handlers.clearClassification);
}
