/** ExcelJS adapter: the command line and the browser preview import from here. */
export {
  loadWorkbook,
  workbookToBytes,
  classifyWorkbook,
  applyClassification,
  clearClassification,
  saveCommentary,
  redraftCommentary,
  type ClassifyWorkbookOutcome,
} from "./workbookActions";
export { readWorkbookGrid, readSheetGrid, readWorkbookGridSteps } from "./readGrid";
export { runInSlices } from "./applyPlan";
export { applyPlan } from "./applyPlan";
export { readLogRows } from "./logSheet";
export { readSnapshot } from "./stateSheet";
