/** Public surface of the Office.js adapter. */
export { createExcelPort, type ExcelPortDeps } from "./excelPort";
// classifyInContext: import "./classify" (the pane loads it on demand, excelPort.ts).
export type { ClassifyOptions, ClassifyRun } from "./classify";
export { clearInContext, type ClearRun } from "./clear";
export { officeSettingsStore, memorySettingsStore, sanitiseSettings } from "./settingsStore";
export { translateExcelError, UserFacingError } from "./errors";
export type { ExcelRun, SettingsStore, SyncReport } from "./types";
