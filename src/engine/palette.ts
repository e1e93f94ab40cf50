/**
 * Status fills. Chosen so that every pair of fills stays distinguishable under deuteranopia and
 * protanopia (simulated), and black text on every fill meets WCAG contrast (AAA for the default,
 * AA for high contrast). The status label is always written too, so colour is never the only
 * carrier. Rationale, hex values and measured contrast ratios: docs/palette.md.
 */
import type { PaletteName } from "./plan-types";
import type { Status } from "./types";

/** `notClassified` is listed for legends only: no fill is ever written for it. */
export const PALETTES: Record<PaletteName, Record<Status, string>> = {
  // Light tints of the Okabe–Ito bluish green, yellow and vermillion, with a pale neutral grey.
  default: {
    onTarget: "#8ED1B5",
    insideTolerance: "#FFE07A",
    outsideTolerance: "#EE8C7A",
    noTarget: "#EEEEEE",
    notClassified: "#FFFFFF",
  },
  // The Okabe–Ito colours themselves: stronger separation, black text still at WCAG AA.
  highContrast: {
    onTarget: "#009E73",
    insideTolerance: "#F0E442",
    outsideTolerance: "#D55E00",
    noTarget: "#BBBBBB",
    notClassified: "#FFFFFF",
  },
};

/** Statuses that get a fill; `notClassified` is left unfilled (its label says why). */
export function statusHasFill(status: Status): boolean {
  return status !== "notClassified";
}
