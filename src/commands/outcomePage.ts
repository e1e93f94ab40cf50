/** Entry of outcome.html (src/commands/outcomeDialog.ts): no Office.js, no framework. */
import { showOutcomeMessage } from "./outcomeDialog";

showOutcomeMessage(document, window.location.search);
