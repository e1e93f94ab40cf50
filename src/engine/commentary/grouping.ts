/**
 * Which section of the report an indicator belongs to (SPEC 7, as in the seed): good and improving
 * (on target, or inside tolerance and improving), of concern (outside tolerance, or inside
 * tolerance and not improving), volumetric, and not classified. A contract indicator with no target
 * cannot be judged either way, so it is listed with the not-classified ones, with its facts.
 */
import type { CommentaryGroup, Status } from "../types";
import type { Change } from "./direction";

export const GROUP_ORDER: readonly CommentaryGroup[] = [
  "good",
  "concern",
  "volumetric",
  "notClassified",
];

export function groupOf(
  volumetric: boolean,
  status: Status,
  change: Change | null
): CommentaryGroup {
  if (volumetric) return "volumetric";
  switch (status) {
    case "onTarget":
      return "good";
    case "insideTolerance":
      return change?.kind === "improved" ? "good" : "concern";
    case "outsideTolerance":
      return "concern";
    default:
      return "notClassified";
  }
}
