/** Issue 12: Maidstone's collection rates as cumulative quarterly and annual layouts (see periodLayouts.ts). */
import { type PeriodLayout, pct2 } from "./periodLayouts";

/**
 * MBC-FIN: Maidstone, "The Council's Financial position" (Q4 2021/22, Q1 2022/23, Q4 2022/23):
 * collection rates are cumulative through the year and their targets are profiled by quarter.
 * Headed `Q1 (Apr-Jun) 2022/23`; the Basis column marks the cumulative measures.
 */
export function maidstoneCollection(): PeriodLayout {
  return {
    id: "maidstone-collection",
    sheet: "Financial position",
    titleRows: ["Policy and Resources – the Council's financial position"],
    headerRows: [
      [
        "Performance Indicator",
        "Good is",
        "Basis",
        "Q4 (Jan-Mar) 2021/22",
        "Q1 (Apr-Jun) 2022/23",
        "Q4 (Jan-Mar) 2022/23",
        "Q4 (Jan-Mar) 2021/22 target",
        "Q1 (Apr-Jun) 2022/23 target",
        "Q4 (Jan-Mar) 2022/23 target",
      ],
    ],
    rows: [
      [
        "Percentage of Non-domestic Rates Collected (BV 010)",
        "H",
        "Cumulative",
        pct2(97.04),
        pct2(35.8),
        pct2(97.65),
        pct2(95.2),
        pct2(30.97),
        pct2(95.2),
      ],
      [
        "Percentage of Council Tax collected (BV 009)",
        "H",
        "Cumulative",
        pct2(96.7),
        pct2(19.03),
        pct2(96.76),
        pct2(95.75),
        pct2(18.49),
        pct2(95.75),
      ],
    ],
  };
}

/**
 * MBC annual: Maidstone's year-end collection rates (Q4 2021/22 and Q4 2022/23) as annual columns.
 * `targetHeading` lets a test give the target column a heading the product does not know.
 */
export function maidstoneAnnual(targetHeading = "Target"): PeriodLayout {
  return {
    id: targetHeading === "Target" ? "maidstone-annual" : "maidstone-annual-unknown-target",
    sheet: "Annual",
    titleRows: ["Collection rates, year end"],
    headerRows: [["Measure", "Polarity", targetHeading, "2021/22", "2022/23"]],
    rows: [
      [
        "Percentage of Non-domestic Rates Collected (BV 010)",
        "H",
        pct2(95.2),
        pct2(97.04),
        pct2(97.65),
      ],
      ["Percentage of Council Tax collected (BV 009)", "H", pct2(95.75), pct2(96.7), pct2(96.76)],
    ],
  };
}
