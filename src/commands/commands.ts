/**
 * Ribbon commands of the shared runtime. Loaded by the task pane page (manifest: FunctionFile,
 * Runtime and the pane all use Taskpane.Url), so the commands and the pane share one JavaScript
 * runtime and the pane can show what a command did.
 */
import { createExcelPort } from "../excel";
import { createCommandHandlers } from "./handlers";
import { publishCommandOutcome } from "./outcomes";

Office.onReady(() => {
  const handlers = createCommandHandlers({
    port: createExcelPort(),
    publish: publishCommandOutcome,
    showPane: () => Office.addin.showAsTaskpane(),
  });
  Office.actions.associate("classifyQuarter", handlers.classifyQuarter);
  Office.actions.associate("clearClassification", handlers.clearClassification);
});
