import type { Quarter } from "../../src/engine/types";
import { periodToShow } from "../../src/taskpane/hooks/usePane";
import { createPeriodChoice } from "../../src/ports/periodChoice";
import { sheetReadingNeedsAttention } from "../../src/taskpane/sheetAttention";
import { seedLikeResult } from "./runResultFixture";

const quarters = (labels: string[]): Quarter[] =>
  seedLikeResult()
    .quarters.slice(0, 1)
    .flatMap((q) => labels.map((label) => ({ ...q, label })));

describe("the picker after the sheet's periods are read again (issue 22)", () => {
  const inspection = {
    ok: true as const,
    sheet: "Indicators",
    quarters: quarters(["Q1 2018/19", "Q2 2018/19", "Q3 2018/19"]),
    defaultQuarter: quarters(["Q3 2018/19"])[0],
  };

  it("shows the chosen quarter, else the one classified, else the sheet's default", () => {
    expect(periodToShow(inspection, "Q1 2018/19", "Q2 2018/19")).toBe("Q1 2018/19");
    expect(periodToShow(inspection, undefined, "Q2 2018/19")).toBe("Q2 2018/19");
    expect(periodToShow(inspection, undefined, undefined)).toBe("Q3 2018/19");
    // A label the sheet no longer has is passed over.
    expect(periodToShow(inspection, "Q4 2017/18", "Q9 2099/00")).toBe("Q3 2018/19");
  });

  it("keeps a choice for the ribbon until it is cleared", () => {
    const choice = createPeriodChoice();
    expect(choice.get()).toBeUndefined();
    choice.set("Q1 2018/19");
    expect(choice.get()).toBe("Q1 2018/19");
    choice.set("");
    expect(choice.get()).toBeUndefined();
  });
});

describe("How the sheet was read needs attention", () => {
  it("when a contract indicator has no polarity or a finding is about the columns", () => {
    const result = seedLikeResult();
    const calm = {
      ...result,
      indicators: result.indicators.map((i) => ({ ...i, polarity: i.polarity ?? "higher" })),
      findings: result.findings.filter((f) => !/^(column|quarter|period)\./.test(f.code)),
    };
    expect(sheetReadingNeedsAttention(calm)).toBe(false);
    const unrated = {
      ...calm,
      indicators: calm.indicators.map((i, n) =>
        n === 0 ? { ...i, type: "contract" as const, polarity: null } : i
      ),
    };
    expect(sheetReadingNeedsAttention(unrated)).toBe(true);
    const columnFinding = {
      ...calm,
      findings: [
        ...calm.findings,
        {
          severity: "info" as const,
          code: "column.notUsed",
          cell: "Indicators!C1",
          message: "C1: …",
        },
      ],
    };
    expect(sheetReadingNeedsAttention(columnFinding)).toBe(true);
  });
});
