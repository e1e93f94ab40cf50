/** Sheets the classification writes; never read as analyst data. */
import { LOG_SHEET_NAME } from "../engine/challengeLog";
import { STATE_SHEET_NAME } from "../engine/formatState";
import { SUMMARY_SHEET_NAME } from "../engine/summarySheet";

export const OWN_SHEET_NAMES: readonly string[] = [
  SUMMARY_SHEET_NAME,
  LOG_SHEET_NAME,
  STATE_SHEET_NAME,
];
export { LOG_SHEET_NAME, STATE_SHEET_NAME, SUMMARY_SHEET_NAME };
