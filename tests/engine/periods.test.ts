/** docs/engine.md periods row and 2a Periods: every label form, ordering, the year a period before. */
import {
  comparePeriods,
  consecutive,
  parsePeriod,
  parsePeriodOption,
  periodYearBefore,
  samePeriod,
  yearlessQuarter,
} from "../../src/engine/periods";
import { dateCellPeriod, bareMonthPeriod } from "../../src/engine/periodHeadings";
import { targetPeriodOf } from "../../src/engine/periodColumns";

describe("period labels", () => {
  it.each([
    ["Q2 (Jul-Sep) 2018/19", "Q2 2018/19"],
    ["Q1 (Apr-Jun) 2022/23", "Q1 2022/23"],
    ["Jul-Sep 2018", "Q2 2018/19"],
    ["Apr-Jun 2022", "Q1 2022/23"],
    ["Oct-Dec 2022", "Q3 2022/23"],
    // January to March belongs to the financial year that began the April before.
    ["Jan-Mar 2023", "Q4 2022/23"],
    ["July to September 2018", "Q2 2018/19"],
    ["Jul - Sep 18", "Q2 2018/19"],
    ["Apr-Jun 2022/23", "Q1 2022/23"],
  ])("reads the calendar-quarter label %s as %s", (text, label) => {
    const period = parsePeriod(text);
    expect(period?.label).toBe(label);
    expect(period?.kind).toBeUndefined();
  });

  it.each([
    ["Sep-18", "Sep 2018", 2018],
    ["Sep 2018", "Sep 2018", 2018],
    ["September 2018", "Sep 2018", 2018],
    ["Sept 18", "Sep 2018", 2018],
    ["Jan-17", "Jan 2017", 2016],
    ["Mar-17", "Mar 2017", 2016],
    ["2017 Jan", "Jan 2017", 2016],
  ])("reads the month %s as %s in financial year %d", (text, label, fy) => {
    const period = parsePeriod(text);
    expect(period).toMatchObject({ label, kind: "month", fy });
  });

  it.each([
    ["2018/19", "2018/19"],
    ["2018-19", "2018/19"],
    ["2018/2019", "2018/19"],
    ["FY 2022/23", "2022/23"],
  ])("reads the year %s as %s", (text, label) => {
    expect(parsePeriod(text)).toMatchObject({
      label,
      kind: "year",
      fy: Number(text.match(/\d{4}/)?.[0]),
    });
  });

  it.each([
    "Jul-Aug 2018",
    "Q2 (Oct-Dec) 2018/19",
    "Feb-Apr 2019",
    "2018/20",
    "Status",
    "Q2 2018",
    "Target",
  ])("refuses %s (not a quarter's months, years that do not follow, or no period)", (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it("gives a yearless Quarter N the year it is told, and none without", () => {
    expect(parsePeriod("Quarter 1")).toBeNull();
    expect(parsePeriod("Quarter 1", 2022)?.label).toBe("Q1 2022/23");
    expect(parsePeriod("Q4", 2022)?.label).toBe("Q4 2022/23");
    expect(yearlessQuarter("Qtr 2 (Jul-Sep)")).toBe(2);
    expect(yearlessQuarter("Qtr 2 (Oct-Dec)")).toBeNull();
  });

  it("reads a bare month with the financial year from elsewhere: Jan-Mar fall in the next calendar year", () => {
    expect(bareMonthPeriod("Apr", 2016)?.label).toBe("Apr 2016");
    expect(bareMonthPeriod("March", 2016)?.label).toBe("Mar 2017");
    expect(bareMonthPeriod("Apr", null)).toBeNull();
  });

  it("reads a date cell shown as a month (serial 42736 is 1 Jan 2017)", () => {
    expect(dateCellPeriod(42736, "mmm-yy")?.label).toBe("Jan 2017");
    expect(dateCellPeriod(42795, "mmmm yyyy")?.label).toBe("Mar 2017");
    // A plain number, or a time, is not a month heading.
    expect(dateCellPeriod(42736, "General")).toBeNull();
    expect(dateCellPeriod(42736, "hh:mm")).toBeNull();
    expect(dateCellPeriod(5, "mmm-yy")).toBeNull();
  });

  it("reads typed periods with stray quotes", () => {
    expect(parsePeriodOption(' "Mar 2017" ')?.label).toBe("Mar 2017");
    expect(parsePeriodOption("Mar-17")?.label).toBe("Mar 2017");
    expect(parsePeriodOption("2022-23")?.label).toBe("2022/23");
    expect(parsePeriodOption("Q2 2018/19")?.label).toBe("Q2 2018/19");
  });
});

describe("period order", () => {
  const p = (text: string) => parsePeriod(text)!;

  it("orders months across the turn of the calendar year", () => {
    const sorted = ["Jan-17", "Nov-16", "Mar-17", "Dec-16", "Feb-17"].map(p).sort(comparePeriods);
    expect(sorted.map((m) => m.label)).toEqual([
      "Nov 2016",
      "Dec 2016",
      "Jan 2017",
      "Feb 2017",
      "Mar 2017",
    ]);
  });

  it("knows the same period a year before, and which periods follow each other", () => {
    expect(periodYearBefore(p("Mar-17")).label).toBe("Mar 2016");
    expect(periodYearBefore(p("2022/23")).label).toBe("2021/22");
    expect(periodYearBefore(p("Q1 2022/23")).label).toBe("Q1 2021/22");
    expect(consecutive(p("Dec-16"), p("Jan-17"))).toBe(true);
    expect(consecutive(p("Q4 2021/22"), p("Q1 2022/23"))).toBe(true);
    expect(consecutive(p("Q1 2022/23"), p("Q4 2022/23"))).toBe(false);
    expect(samePeriod(p("Jul-Sep 2018"), p("Q2 2018/19"))).toBe(true);
    expect(samePeriod(p("Sep 2018"), p("Q2 2018/19"))).toBe(false);
  });
});

describe("target headings for a period", () => {
  it.each([
    ["Target 2022/23", null, "2022/23"],
    ["2022/23 target", null, "2022/23"],
    ["Target Q2 2018/19", null, "Q2 2018/19"],
    ["Q2 target", 2018, "Q2 2018/19"],
    ["Target Mar 2017", null, "Mar 2017"],
  ])("%s (year %s) is the target for %s", (heading, fy, label) => {
    expect(targetPeriodOf(heading, fy)?.label).toBe(label);
  });

  it.each(["Target", "Annual target", "Target (Green)", "Q2 target"])(
    "%s names no period (no year known)",
    (heading) => {
      expect(targetPeriodOf(heading, null)).toBeNull();
    }
  );
});
