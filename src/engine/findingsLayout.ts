/**
 * Findings about the layouts real councils keep (docs/layouts.md–3.4): headings, footnotes, the
 * analyst's own rating, text targets, polarity words and placeholder figures.
 */
import type { Finding, Status } from "./types";
import { STATUS_LABEL } from "./types";
import { make, type Where } from "./findingBase";

const ROLE_ADVICE: Record<string, string> = {
  target: "if it holds the target, head it Target (or Target 2022/23)",
  tolerance: "if it holds the tolerance, head it Tolerance (or Amber threshold)",
  polarity: "if it says which direction is better, head it Polarity (or Good is)",
  direction:
    "if it says whether performance improved, head it Direction of travel (or DoT) — it is shown for context and never read as which direction is better",
  rating:
    "if it holds the council's own rating (Red, Amber, Green or On target), head it RAG (or Status) — it is kept, never overwritten, and compared with the product's status",
  indicator: "if it holds the indicator names, head it Indicator (or Key performance indicator)",
  area: "if it holds the service area, head it Service area (or Team)",
  period:
    "periods are read from headings such as Q2 2022/23, Sep 2018 or 2022/23, one kind of period per table (the kind with most columns) — rename it if it should be read",
};

/** "looks like …": the article and words for each resemblance. */
const LIKE_WORDS: Record<string, string> = {
  target: "a target",
  tolerance: "a tolerance",
  polarity: "a polarity",
  direction: "a direction-of-travel",
  rating: "the council's own rating",
  indicator: "an indicator",
  area: "a service area",
  period: "a period",
};

export const layoutFindings = {
  columnNotUsed(where: Where, heading: string, like: string): Finding {
    const advice = ROLE_ADVICE[like] ?? "rename it if the product should read it";
    const kind = LIKE_WORDS[like] ?? like;
    return make(
      "warning",
      "column.notUsed",
      where,
      `the heading "${heading}" looks like ${kind} column but was not read — ${advice}; leave it if it is not needed.`
    );
  },
  columnDuplicate(where: Where, heading: string, role: string, instead: string | null): Finding {
    const used = instead === null ? "" : ` (column ${instead} is used)`;
    return make(
      "warning",
      "column.duplicate",
      where,
      `the heading "${heading}" is a second ${role} column and was not read${used} — remove or rename one of them if the wrong one is used.`
    );
  },
  columnNoHeading(where: Where): Finding {
    return make(
      "warning",
      "column.noHeading",
      where,
      "this column has entries on the indicator rows but no heading, so it is not read — give it a heading on the header row (for example Target), one heading per column."
    );
  },
  thresholdAsTarget(where: Where, heading: string): Finding {
    return make(
      "info",
      "column.thresholdAsTarget",
      where,
      `the column headed "${heading}" was read as the target, because the table has no Target column — head it Target to confirm, or add a Target column beside it if it is a tolerance.`
    );
  },
  benchmarkNotRecognised(where: Where, heading: string): Finding {
    return make(
      "warning",
      "benchmark.notRecognised",
      where,
      `the heading "${heading}" looks like a benchmark but is not one the product reads (National, Statistical neighbours, Regional or an English region name), so it is left out of the commentary — rename it if it should be compared.`
    );
  },
  ownRatingKept(where: Where, heading: string): Finding {
    return make(
      "info",
      "rating.ownColumn",
      where,
      `"${heading}" is the sheet's own rating: it is read and never overwritten, and the product's status goes in a column of its own — nothing to do.`
    );
  },
  ratingDisagrees(where: Where, words: string, ours: Status, why: string): Finding {
    return make(
      "warning",
      "rating.disagrees",
      where,
      `the sheet's own rating says "${words}", but by the rule ${why} the status is ${STATUS_LABEL[ours]} — check the rating, the target or the tolerance.`
    );
  },
  ratingInValueCell(where: Where, count: number, list: string): Finding {
    const cells = count === 1 ? "1 value cell holds" : `${count} value cells hold`;
    return make(
      "info",
      "rating.inValueCell",
      where,
      `${cells} the sheet's own rating beside the figure (${list}): the figure was read as the value and the rating kept to compare with the status; the cells are not changed — nothing to do, or move the ratings to a RAG column of their own.`
    );
  },
  footnotes(where: Where, list: string): Finding {
    return make(
      "info",
      "table.footnotes",
      where,
      `rows read as notes under the table, not indicators: ${list} — if one of them is an indicator, give it a figure in a quarter column.`
    );
  },
  noPolarityColumn(where: Where, count: number): Finding {
    const rows =
      count === 1 ? "1 indicator with a target is" : `${count} indicators with a target are`;
    return make(
      "warning",
      "polarity.noColumn",
      where,
      `the table has no polarity column and no tolerance or comparison (≥, below…) to show which direction is better, so ${rows} not rated — add a column headed Polarity (or Good is) and type Higher is better or Lower is better (H or L) on each row.`
    );
  },
  closeToTarget(where: Where, text: string): Finding {
    return make(
      "warning",
      "polarity.closeToTarget",
      where,
      `polarity "${text}" means close to target is best, which the product does not rate (only higher or lower is better) — the row is not classified; type H or L if one direction is better.`
    );
  },
  noTargetSet(where: Where, text: string): Finding {
    return make(
      "info",
      "target.none",
      where,
      `the target is "${text}", so the indicator is shown as No target specified — type a target when one is agreed.`
    );
  },
  targetContradictsPolarity(where: Where, text: string, polarityWords: string): Finding {
    return make(
      "error",
      "target.contradictsPolarity",
      where,
      `the target "${text}" says the other direction is better than the polarity (${polarityWords}), so the row is not classified — correct the target or the polarity.`
    );
  },
  targetAmbiguous(where: Where, what: string, text: string, why: string): Finding {
    return make(
      "error",
      "target.ambiguous",
      where,
      `${what} "${text}" ${why}, so the row is not classified rather than guessed — write it with its direction (at least 90%, no more than 5%, ≥ 90%, ≤ 5%), or type the figure alone and give the polarity.`
    );
  },
  targetBenchmarkMissing(where: Where, text: string, benchmark: string): Finding {
    return make(
      "error",
      "target.benchmarkMissing",
      where,
      `the target "${text}" refers to the ${benchmark} figure, but the row has none, so it is not classified — add a ${benchmark} column with the figure, or type the target.`
    );
  },
  placeholder(where: Where, what: string, shown: string, history: string): Finding {
    return make(
      "warning",
      "value.placeholder",
      where,
      `${what} is ${shown}, far from the figures before it (${history}) — if it stands for "not yet available", clear the cell or type n/a; otherwise check it.`
    );
  },
};
