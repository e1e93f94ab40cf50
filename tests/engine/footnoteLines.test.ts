/**
 * One-cell lines under the table (a "Source: …" line, a colour key) are notes, listed in the one
 * footnotes finding (docs/layouts.md) — as on Hart District Council's KPI dashboard, where the source line
 * and "Note 1" sit under the last KPI. Before, a one-cell line was dropped without a word.
 */
import { canonicalWorkbook, indicatorRow } from "./support/grid";
import { runOk } from "./support/run";

describe("one-cell lines under the table", () => {
  it("lists a source line and a key after the last indicator as notes, never as indicators", () => {
    const result = runOk(
      canonicalWorkbook([indicatorRow("A1"), indicatorRow("A2")], {
        footer: [
          [],
          ["Source: council KPI dashboard, Q1 2014/15"],
          ["Note 1", "Figures are provisional."],
          ["Key: Green = target met, Amber = slightly below target, Red = below target"],
        ],
      })
    );
    expect(result.indicators.map((i) => i.ref)).toEqual(["A1", "A2"]);
    const notes = result.findings.filter((f) => f.code === "table.footnotes");
    expect(notes).toHaveLength(1);
    // Rows 5–7 of the sheet (header on row 1, two indicators, a blank row); long notes are cut.
    expect(notes[0].cell).toBe("Indicators!A5");
    expect(notes[0].message).toContain('row 5 ("Source: council KPI dashboard');
    expect(notes[0].message).toContain('6 ("Note 1")');
    expect(notes[0].message).toContain('7 ("Key: Green = target met');
  });

  it("keeps a one-cell line that heads indicators as their section, not a note", () => {
    const result = runOk(
      canonicalWorkbook([indicatorRow("A1"), ["Early help"] as never, indicatorRow("A2")], {})
    );
    expect(result.findings.filter((f) => f.code === "table.footnotes")).toEqual([]);
  });
});
