// PLACEHOLDER while the commentary module is being written; replaced by the commentary helper.
import type { Classification, CommentaryItem, Indicator, Quarter, ToleranceMode } from "../types";

export interface CommentaryInput {
  indicators: Indicator[];
  classifications: Classification[];
  /** All quarters of the table, chronological. */
  quarters: Quarter[];
  /** The quarter being classified. */
  quarter: Quarter;
  toleranceMode: ToleranceMode;
  smallCohortThreshold: number;
}

export function draftCommentary(input: CommentaryInput): CommentaryItem[] {
  void input;
  return [];
}
