/**
 * Public surface of the pure engine. Front ends import from here only.
 */
export * from "./types";
export * from "./plan-types";
export { runEngine, inspectWorkbook } from "./run";
export { draftCommentary } from "./commentary";
export { planWrite } from "./writePlan";
export { toSummaryJson, toCommentaryMarkdown } from "./outputs";
export { PALETTES } from "./palette";
