/**
 * Public surface of the pure engine. Front ends import from here only.
 */
export * from "./types";
export * from "./plan-types";
export { runEngine, inspectWorkbook } from "./run";
export type { InspectResult } from "./run";
export { parseQuarterOption, quarterLabel, compareQuarters } from "./quarters";
export { cellAddress, parseCellAddress, columnLetters, quoteSheetName } from "./address";
export { FINDING_CODES } from "./findings";
export type { FindingCode } from "./findings";
export { draftCommentary } from "./commentary";
export { planWrite } from "./writePlan";
export { toSummaryJson, toCommentaryMarkdown } from "./outputs";
export { PALETTES } from "./palette";
