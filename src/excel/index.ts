/** Public surface of the Office.js adapter. */
export { createExcelPort, type ExcelPortDeps } from "./excelPort";
export { classifyInContext, type ClassifyOptions, type ClassifyRun } from "./classify";
export { clearInContext, type ClearRun } from "./clear";
export { officeSettingsStore, memorySettingsStore, sanitiseSettings } from "./settingsStore";
export { translateExcelError, UserFacingError } from "./errors";
export type { ExcelRun, SettingsStore, SyncReport } from "./types";
