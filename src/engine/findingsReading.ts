/**
 * Findings about how a column was read from its heading words, its header group and its contents
 * (docs/periods.md, "How a heading is read"; docs/findings.md).
 */
import type { Finding } from "./types";
import { make, type Where } from "./findingBase";

export const readingFindings = {
  forecastColumn(where: Where, heading: string, period: string): Finding {
    return make(
      "info",
      "column.forecast",
      where,
      `"${heading}" is a forecast for ${period}: it is listed, never rated and never taken as the latest figure — nothing to do.`
    );
  },
  periodNotPlaced(where: Where, heading: string, period: string, why: string): Finding {
    return make(
      "warning",
      "column.periodNotPlaced",
      where,
      `"${heading}" names ${period} but was not read, because ${why} — if it holds the figures for ${period}, head it ${period} (or Target ${period} for its targets); leave it if it is not needed.`
    );
  },
  readFromContent(where: Where, heading: string, role: string, evidence: string): Finding {
    return make(
      "info",
      "column.readFromContent",
      where,
      `"${heading}" was read as the ${role} column ${evidence} — check How the sheet was read, and change it there if that is wrong.`
    );
  },
  headingContentConflict(
    where: Where,
    heading: string,
    headingSays: string,
    contentSays: string,
    read: string
  ): Finding {
    return make(
      "warning",
      "column.headingContentConflict",
      where,
      `"${heading}" reads as ${headingSays} but its entries look like ${contentSays}; it was read as ${read} — rename the heading, or set the column's role in How the sheet was read.`
    );
  },
};
