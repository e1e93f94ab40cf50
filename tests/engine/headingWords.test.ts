/**
 * Issue 19, classes 1 and 7: a period anywhere in a heading, the other words deciding the role by
 * concept (docs/periods.md, "How a heading is read"). Statuses are worked out by hand in comments.
 */
import fc from "fast-check";
import { readHeadingWords, roleOnlyHeading } from "../../src/engine/headingWords";
import { parsePeriodSpan } from "../../src/engine/periodRanges";
import { runEngine } from "../../src/engine";
import type { CellValue } from "../../src/engine/types";

function read(heading: string): string {
  const r = readHeadingWords(heading);
  return r === null ? "none" : `${r.period?.label} ${r.role}`;
}

describe("a period anywhere in a heading", () => {
  it.each<[string, string]>([
    ["Outturn 2019/20", "2019/20 result"],
    ["Council 20/21 Q3", "Q3 2020/21 result"],
    ["2021/22 actual", "2021/22 result"],
    ["Actual-2021/22", "2021/22 result"],
    ["Outturn (2019/20)", "2019/20 result"],
    ["Performance 06/07", "2006/07 result"],
    ["YTD Sep-18", "Sep 2018 result"],
    ["FY21", "2020/21 result"],
    ["1 Apr 2020 to 31 Mar 2021", "2020/21 result"],
    ["Apr 2020 – Mar 2021", "2020/21 result"],
    ["(Apr 2021 – Mar 2022)", "2021/22 result"],
    ["Q4 2017/18 (Jan – Mar 2018)", "Q4 2017/18 result"],
    ["2018/19 (Apr 2018 to Mar 2019) target", "2018/19 target"],
    ["Outturn (1 Apr 2020 to 31 Mar 2021)", "2020/21 result"],
    ["Q2 (Jul-Sep) 2018/19 target", "Q2 2018/19 target"],
    ["1 Jul 2020 - 30 Sep 2020", "Q2 2020/21 result"],
    ["01/04/2020 - 31/03/2021", "2020/21 result"],
    ["1 Mar 2017 to 31 Mar 2017", "Mar 2017 result"],
    ["Tgt 2022/23", "2022/23 target"],
    ["Ambition 2023/24", "2023/24 target"],
    ["Q4 (Jan-Mar) 2022/23 target", "Q4 2022/23 target"],
    ["Forecast outturn 2022/23", "2022/23 forecast"],
    ["Projected Q4 2022/23", "Q4 2022/23 forecast"],
    ["England 2021/22", "2021/22 benchmark"],
    ["SN avg 21/22", "2021/22 benchmark"],
    ["Amber threshold 2022/23", "2022/23 tolerance"],
    ["Q2 2022/23 RAG", "Q2 2022/23 rating"],
    ["Comments Q2 2022/23", "Q2 2022/23 comment"],
    ["Target v actual 2021/22", "2021/22 ambiguous"],
    ["Change 2020/21 to 2021/22", "2020/21 ambiguous"],
    ["Children in care at 31 March 2021 who were placed far away", "Mar 2021 ambiguous"],
    ["Indicator", "none"],
    ["2022", "none"],
    ["Q1 2022", "none"],
  ])("%s → %s", (heading, expected) => {
    expect(read(heading)).toBe(expected);
  });

  it("reads a span only when it is exactly a month, a quarter or a financial year", () => {
    expect(parsePeriodSpan("1 apr 2020 to 30 apr 2021")).toBeNull();
    expect(parsePeriodSpan("2 apr 2020 to 31 mar 2021")).toBeNull();
    expect(parsePeriodSpan("jan 2020 - dec 2020")).toBeNull();
    expect(parsePeriodSpan("1 apr 2020 to 30 mar 2021")).toBeNull();
    expect(parsePeriodSpan("1 feb 2020 to 29 feb 2020")?.label).toBe("Feb 2020");
    expect(parsePeriodSpan("2020-10-01 to 2020-12-31")?.label).toBe("Q3 2020/21");
  });

  it("names which benchmark a benchmark heading is", () => {
    expect(readHeadingWords("Statistical neighbours (2021/22)")?.benchmark).toBe("statNeighbours");
    expect(readHeadingWords("England 2021/22")?.benchmark).toBe("national");
    expect(readHeadingWords("North East 2021/22")?.benchmark).toBe("regional");
    expect(readHeadingWords("Comparator 2021/22")?.benchmark).toBeNull();
  });

  it("knows a heading of role words only", () => {
    expect(roleOnlyHeading("Actual")).toBe("result");
    expect(roleOnlyHeading("Targets")).toBe("target");
    expect(roleOnlyHeading("Tgt")).toBe("target");
    expect(roleOnlyHeading("Forecast")).toBe("forecast");
    expect(roleOnlyHeading("Ref")).toBeNull();
    expect(roleOnlyHeading("Performance report")).toBeNull();
    expect(roleOnlyHeading("Performance against targets")).toBeNull();
    expect(roleOnlyHeading("Comments")).toBeNull();
  });
});

const PERIODS = [
  "2019/20",
  "2021/22",
  "Q2 2018/19",
  "2018/19 Q2",
  "Sep 2018",
  "Jul-Sep 2018",
  "1 Apr 2020 to 31 Mar 2021",
];
/** Words that are no role and no period: a council's name, a note marker. */
const NEUTRAL = fc.constantFrom("Council", "Darlington", "LA", "(provisional)", "*", "Borough");
const ROLES = fc.constantFrom(
  ["Actual", "result"],
  ["Outturn", "result"],
  ["Target", "target"],
  ["Tgt", "target"],
  ["Forecast", "forecast"],
  ["England", "benchmark"]
);

describe("properties of heading words", () => {
  it("wrapping a period heading in non-role words never changes its period or role", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PERIODS),
        ROLES,
        fc.array(NEUTRAL, { maxLength: 2 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom("lower", "upper", "title"),
        (period, [roleWord, role], extra, roleFirst, extraFirst, casing) => {
          const bare = readHeadingWords(
            roleFirst ? `${roleWord} ${period}` : `${period} ${roleWord}`
          );
          const parts = roleFirst ? [roleWord, period] : [period, roleWord];
          const wrapped = extraFirst ? [...extra, ...parts] : [...parts, ...extra];
          let text = wrapped.join(" ");
          if (casing === "lower") text = text.toLowerCase();
          if (casing === "upper") text = text.toUpperCase();
          const got = readHeadingWords(text);
          expect(got?.period?.label).toBe(bare?.period?.label);
          expect(got?.role).toBe(role);
          expect(bare?.role).toBe(role);
        }
      )
    );
  });

  it("a dash of any kind reads the same", () => {
    fc.assert(
      fc.property(fc.constantFrom("-", "–", "—", "−"), (dash) => {
        expect(read(`Apr 2020 ${dash} Mar 2021`)).toBe("2020/21 result");
        expect(read(`Outturn 2019${dash}20`)).toBe("2019/20 result");
      })
    );
  });
});

function run(values: CellValue[][]): { period: string; statuses: string[]; findings: string[] } {
  const result = runEngine({ sheets: [{ name: "S", top: 0, left: 0, values }] });
  if (!result.ok) throw new Error(result.failure.message);
  return {
    period: result.result.quarter.label,
    statuses: result.result.classifications.map((c) => c.status),
    findings: result.result.findings.map((f) => `${f.code}@${f.cell}`),
  };
}

describe("a sheet whose headings carry words around the period", () => {
  it("reads Outturn/Council/actual years, a Tgt for one year and never a forecast", () => {
    // Years 2019/20, 2020/21, 2021/22 (the latest with figures); `Tgt 2021/22` is the only period
    // target, so it is the table's target. The 2022/23 forecast is never the latest figure.
    // CP1 (lower is better): 19 against 20 → on target. CP2 (higher): 84 against 90 → outside.
    const got = run([
      [
        "Ref",
        "Indicator",
        "Polarity",
        "Outturn 2019/20",
        "Council 20/21",
        "2021/22 actual",
        "Tgt 2021/22",
        "Forecast 2022/23",
      ],
      ["CP1", "Re-referrals within 12 months (%)", "L", 22, 21, 19, 20, 12],
      ["CP2", "Assessments within 45 days (%)", "H", 80, 82, 84, 90, 99],
    ]);
    expect(got.period).toBe("2021/22");
    expect(got.statuses).toEqual(["onTarget", "outsideTolerance"]);
    expect(got.findings).toContain("column.forecast@S!H1");
  });

  it("reads date-range headings as financial years", () => {
    // 2020/21 and 2021/22; the latest is 2021/22: 19 ≤ 20 (lower is better) → on target.
    const got = run([
      [
        "Ref",
        "Indicator",
        "Polarity",
        "Target",
        "1 Apr 2020 to 31 Mar 2021",
        "Apr 2021 – Mar 2022",
      ],
      ["CP1", "Re-referrals within 12 months (%)", "L", 20, 22, 19],
    ]);
    expect(got.period).toBe("2021/22");
    expect(got.statuses).toEqual(["onTarget"]);
  });

  it("does not take a heading that compares two figures for a period", () => {
    const got = run([
      ["Ref", "Indicator", "Polarity", "Target", "2020/21", "2021/22", "Change 2020/21 to 2021/22"],
      ["CP1", "Re-referrals within 12 months (%)", "L", 20, 22, 19, -3],
    ]);
    expect(got.period).toBe("2021/22");
    expect(got.statuses).toEqual(["onTarget"]);
    expect(got.findings).toContain("column.periodNotPlaced@S!G1");
  });
});

describe("a period inside another column's heading", () => {
  it.each<[string, string]>([
    ["Indicator (2021/22 definitions)", "2021/22 column"],
    ["Numerator 2021/22", "2021/22 column"],
    ["Rank 2021/22", "2021/22 column"],
    ["Performance measure 2021/22", "2021/22 column"],
    ["No. of children 2021/22", "2021/22 result"],
  ])("%s → %s", (heading, expected) => {
    expect(read(heading)).toBe(expected);
  });

  it("reads the indicator column, not a period, from `Indicator (2021/22 definitions)`", () => {
    const got = run([
      ["Ref", "Indicator (2021/22 definitions)", "Polarity", "Target", "2020/21", "2021/22"],
      ["CP1", "Re-referrals within 12 months (%)", "L", 20, 22, 19],
    ]);
    expect(got.period).toBe("2021/22");
    expect(got.statuses).toEqual(["onTarget"]);
  });
});
