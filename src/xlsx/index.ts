/** ExcelJS adapter: the command line and the browser preview import from here. */
export {
  loadWorkbook,
  workbookToBytes,
  classifyWorkbook,
  clearClassification,
  clearWorkbook,
  WorkbookStateError,
  WorkbookRefusal,
  type ClearOutcome,
  saveCommentary,
  redraftCommentary,
  addToChallengeLog,
  editTargetOf,
  type ClassifyWorkbookOutcome,
} from "./workbookActions";
export { readWorkbookGrid, readSheetGrid } from "./readGrid";
export { classifyInSlices } from "./classifyInSlices";
export { applyPlan } from "./applyPlan";
export { freshLogRows } from "../engine/writePlan";
export { readLogCells, readLogRows } from "./logSheet";
export { summaryOfPeriod } from "./periodSummary";
export { readSnapshot } from "./stateSheet";
