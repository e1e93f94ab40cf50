/**
 * docs/layouts.md (issue 9): every column accounted for. For any header row, each non-empty heading is
 * listed in layout.columnRoles; one that was not used either gets a finding at its heading cell or
 * resembles no role at all (free text such as "Comments"). Nothing is silently dropped.
 */
import fc from "fast-check";
import { runEngine } from "../../src/engine/run";
import { resemblance } from "../../src/engine/columnFindings";
import { columnLetters } from "../../src/engine/address";
import type { CellValue } from "../../src/engine/types";

/** Headings real councils use, headings that look like a role but are not read, and free text. */
const HEADINGS = [
  "Ref",
  "PI ref",
  "Key performance indicators",
  "Team",
  "Service area",
  "Good is",
  "Polarity",
  "H/L",
  "Direction",
  "DoT",
  "Trend",
  "RAG",
  "Status",
  "Status Q2 2022/23",
  "Target",
  "Target 2022/23",
  "2022/23 target",
  "Target (Green)",
  "Threshold",
  "Tolerance",
  "Amber threshold",
  "Unit",
  "National",
  "England 2022",
  "North East 2022",
  "Yorkshire and the Humber",
  "Statistical neighbours",
  "Core cities",
  "Shire counties average",
  "Top quartile",
  "Q1 2022/23",
  "Q2 2022/23",
  "Q2 2022/23",
  "Quarter 1",
  "Sep-22",
  "2021/22 outturn",
  "Target Q2",
  "Good performance",
  "Measure description",
  "Comments",
  "Commentary",
  "Lead officer",
  "Numerator",
  "Cohort",
];

const headerRows = fc.array(fc.constantFrom(...HEADINGS), { minLength: 0, maxLength: 14 });

describe("every column accounted for", () => {
  it("lists every heading, and reports each unused heading that looks like a role", () => {
    fc.assert(
      fc.property(headerRows, fc.boolean(), (extra, overrideTarget) => {
        const header: CellValue[] = ["Indicator", "Q1 2022/23", ...extra];
        const row: CellValue[] = ["Timeliness", 91, ...extra.map(() => 90)];
        const result = runEngine(
          { sheets: [{ name: "KPIs", top: 0, left: 0, values: [header, row] }] },
          overrideTarget ? { columnOverrides: { target: 2 } } : {}
        );
        if (!result.ok) throw new Error(result.failure.message);
        const roles = result.result.layout.columnRoles ?? [];
        const reported = new Set(result.result.findings.map((f) => f.cell));
        header.forEach((heading, col) => {
          const entry = roles.find((r) => r.column === col);
          if (!entry)
            throw new Error(`column ${columnLetters(col)} ("${String(heading)}") is not listed`);
          if (entry.role !== "notUsed") return;
          const cell = `KPIs!${columnLetters(col)}1`;
          if (!reported.has(cell) && resemblance(String(heading)) !== null)
            throw new Error(`"${String(heading)}" at ${cell} was dropped without a finding`);
        });
      }),
      { numRuns: 400 }
    );
  });

  it("reads MBC's two-row header: the quarter above pairs with Value, Target and Status below", () => {
    const result = runEngine({
      sheets: [
        {
          name: "S",
          top: 0,
          left: 0,
          values: [
            ["Performance Indicator", "Q2 2021/22", null, null],
            [null, "Value", "Target", "Status"],
            ["Percentage of priority 1 enforcement cases dealt with in time", 100, 95, "Green"],
          ],
        },
      ],
    });
    if (!result.ok) throw new Error(result.failure.message);
    // Issue 19: before, C and D were unheaded (`column.noHeading`) and the target was never read.
    expect(result.result.layout.columnRoles?.map((e) => [e.heading, e.role])).toEqual([
      ["Performance Indicator", "indicator"],
      ["Value Q2 2021/22", "period"],
      ["Target Q2 2021/22", "target"],
      ["Status Q2 2021/22", "ownRating"],
    ]);
    expect(result.result.layout.columns.target).toBe(2);
    expect(result.result.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      "rating.ownColumn@S!D2",
      "polarity.noColumn@S!A2",
    ]);
  });

  it("never lists a heading it did not see, and keeps the columns in sheet order", () => {
    const result = runEngine({
      sheets: [
        {
          name: "KPIs",
          top: 2,
          left: 1,
          values: [
            ["Ref", "Key performance indicators", "Threshold", "Q1 2022/23", null, "Comments"],
            ["A1", "Timeliness", 18, 16.1, null, "On track"],
          ],
        },
      ],
    });
    if (!result.ok) throw new Error(result.failure.message);
    const roles = result.result.layout.columnRoles?.map(({ column, heading, role }) => ({
      column,
      heading,
      role,
    }));
    expect(roles).toEqual([
      { column: 1, heading: "Ref", role: "ref" },
      { column: 2, heading: "Key performance indicators", role: "indicator" },
      { column: 3, heading: "Threshold", role: "target" },
      { column: 4, heading: "Q1 2022/23", role: "period" },
      { column: 6, heading: "Comments", role: "notUsed" },
    ]);
  });
});
