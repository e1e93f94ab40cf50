/**
 * Issue 26, on the bundled sample (the seed's Q2 2018/19 report): the report's grouping of the
 * inside-tolerance indicators, every indicator's group where the report files it, and each new
 * kind of sentence, quoted whole. The full reviewed text is golden.test.ts's; these say which
 * indicator shows which kind, so a change to one rule fails here by name.
 */
import { buildSampleGrid, SAMPLE_HEADER, SAMPLE_HEADER_ROW } from "../../../scripts/sample-data";
import { yearOfHeading } from "../../../src/engine/benchmarkYear";
import { runEngine } from "../../../src/engine/run";
import type { CommentaryItem, RunResult, WorkbookGrid } from "../../../src/engine/types";

function run(grid: WorkbookGrid = buildSampleGrid()): RunResult {
  const outcome = runEngine(grid, {});
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.result;
}

describe("the sample drafted as the council writes it (issue 26)", () => {
  const result = run();
  const item = (ref: string): CommentaryItem => {
    const found = result.commentary.find((c) => c.ref === ref);
    if (!found) throw new Error(`no item ${ref}`);
    return found;
  };
  const says = (ref: string, sentence: string) => expect(item(ref).sentences).toContain(sentence);

  it("groups the report's three inside-tolerance cases as the report does, and says why", () => {
    expect(item("A8").group).toBe("good");
    expect(item("A8").groupReason).toBe(
      "Grouped as good: inside tolerance, almost at target and better than in Q2 2017/18 (though worse than in Q1 2018/19)."
    );
    expect(item("FO2").group).toBe("good");
    expect(item("FO2").groupReason).toBe(
      "Grouped as good: inside tolerance, almost at target, better than all comparators and better than in Q2 2017/18 (though worse than in Q1 2018/19)."
    );
    expect(item("A1").group).toBe("concern");
    expect(item("A1").groupReason).toBe(
      "Grouped as potential concern: just within tolerance, adrift of all comparators, worse than in Q2 2017/18 and worse than in Q1 2018/19."
    );
  });

  it("files every indicator the report files where the report files it", () => {
    // Paragraphs 24–31 (good and improving), 32–34 (potential concern), 35–43 (volumetric).
    const filed: Record<string, string[]> = {
      good: ["A2", "A3", "A8", "A6", "B9", "B14", "FO3", "FO2"],
      concern: ["A1", "A4"],
      volumetric: ["E1", "E34", "E35", "E18", "E19"],
    };
    for (const [group, refs] of Object.entries(filed))
      for (const ref of refs) expect([ref, item(ref).group]).toEqual([ref, group]);
  });

  it("opens with a verdict chosen from the facts", () => {
    expect(item("A8").sentences[0]).toBe(
      "Despite a very slight decline in Q2 2018/19, this remains good performance, almost at target."
    );
    expect(item("A2").sentences[0]).toBe("This is good and improving performance.");
    expect(item("A3").sentences[0]).toBe("This remains good performance.");
    expect(item("A6").sentences[0]).toBe(
      "This is good and improving performance, well ahead of target."
    );
    expect(item("A1").sentences[0]).toBe("This is a potential concern, just within tolerance.");
    expect(item("A4").sentences[0]).toBe(
      "Despite a slight improvement in Q2 2018/19, performance remains a concern."
    );
    expect(item("B10").sentences[0]).toBe("Performance remains a concern.");
    expect(item("E1").sentences[0]).toBe(
      "The figure has increased further in Q2 2018/19, to the highest of the eight quarters recorded."
    );
  });

  it("puts the most telling facts first, not one fixed pattern", () => {
    const kinds = (ref: string) =>
      item(ref).sentences.map((s) =>
        /^This is a \w[\w ]*, consistent/.test(s)
          ? "run"
          : /^This (is|equals) the (best|worst)/.test(s)
            ? "record"
            : /^Compared with/.test(s)
              ? "year"
              : /^There has been/.test(s)
                ? "direction"
                : /comparators|average|neighbours/.test(s)
                  ? "benchmarks"
                  : /target \(/.test(s)
                    ? "status"
                    : "verdict"
      );
    // A2 moved onto target this quarter: its status is told first; the slight last change last.
    expect(kinds("A2")).toEqual(["verdict", "status", "run", "record", "benchmarks", "direction"]);
    // B14 has been on target three quarters: the seven-quarter run and the record lead.
    expect(kinds("B14")).toEqual([
      "verdict",
      "run",
      "record",
      "year",
      "status",
      "direction",
      "benchmarks",
    ]);
    // A1: a year inside tolerance, the worst on record, and adrift of all; the very slight fall last.
    expect(kinds("A1")).toEqual(["verdict", "status", "record", "year", "benchmarks", "direction"]);
  });

  it("says 'comparable with' within the margin and sizes every other benchmark gap", () => {
    says(
      "E19",
      "The figure is well above the national average (64) and the regional average (75), but comparable with statistical neighbours (88)."
    );
    says(
      "B9",
      "Performance is slightly ahead of the national average (70%) and statistical neighbours (69%), but comparable with the regional average (71%)."
    );
    says(
      "A1",
      "Performance is adrift of all comparators: slightly adrift of the national average (21.9%) and the regional average (22.9%), and well adrift of statistical neighbours (20.5%)."
    );
    says(
      "A2",
      "Performance is well ahead of all comparators: the national average (83%), statistical neighbours (86%) and the regional average (85%)."
    );
  });

  it("describes trends that turn, and the size of a run", () => {
    says(
      "A8",
      "There has been a very slight decline of 1 percentage point from 95% in Q1 2018/19, after a significant, consistent improvement over the six quarters before, from 86% in Q3 2016/17."
    );
    says(
      "B9",
      "There has been a slight improvement of 3 percentage points from 69% in Q1 2018/19, recovering most of a slight decline the quarter before, from 73% in Q4 2017/18."
    );
    says(
      "A4",
      "There has been a slight improvement of 2 percentage points from 72% in Q1 2018/19, after a significant, consistent decline over the four quarters before, from 88% in Q1 2017/18."
    );
    says(
      "A2",
      "This is a significant, consistent improvement over the last four quarters, from 78% in Q2 2017/18."
    );
    // The run from Q2 2017/18 says what "Compared with Q2 2017/18" would: it is not repeated.
    expect(item("A2").text).not.toContain("Compared with Q2 2017/18");
  });

  it("words a lower-is-better measure doing well so that it cannot be misread", () => {
    says("A6", "This is better than target by 2.8 percentage points.");
    expect(item("A6").text).not.toMatch(/below target/);
  });
});

describe("benchmark years from the headings (issue 26)", () => {
  /** The sample with its benchmark columns headed as a council's sheet heads them. */
  function withHeadings(headings: [string, string, string]): WorkbookGrid {
    const grid = buildSampleGrid();
    const header = grid.sheets[0].values[SAMPLE_HEADER_ROW];
    const first = SAMPLE_HEADER.length - 3;
    headings.forEach((h, i) => (header[first + i] = h));
    return grid;
  }

  it("names the year once when every heading gives the same one, and notes it is a year's", () => {
    const result = run(
      withHeadings(["England 2018", "Statistical neighbours 2018", "Yorkshire and The Humber 2018"])
    );
    expect(result.findings).toEqual([]);
    const a2 = result.commentary.find((c) => c.ref === "A2") as CommentaryItem;
    expect(a2.sentences).toContain(
      "Performance is well ahead of all the 2018 comparators: the national average (83%), statistical neighbours (86%) and the Yorkshire and The Humber average (85%)."
    );
    expect(a2.sentences).toContain(
      "The comparators are figures for a whole year, not for the quarter."
    );
    // The year's digits trace to the heading cell, as every figure traces to its cell.
    expect(a2.sources).toContain("Indicators!Q4");
  });

  it("names each comparator's own year when the headings differ", () => {
    const result = run(withHeadings(["National 2018", "SN average 2017/18", "Regional"]));
    const a1 = result.commentary.find((c) => c.ref === "A1") as CommentaryItem;
    expect(a1.sentences).toContain(
      "Performance is adrift of all comparators: slightly adrift of the 2018 national average (21.9%) and the regional average (22.9%), and well adrift of the 2017/18 statistical neighbour average (20.5%)."
    );
    expect(a1.sentences).toContain(
      "The comparators with a year are figures for a whole year, not for the quarter."
    );
    expect(a1.sources).toEqual(expect.arrayContaining(["Indicators!Q4", "Indicators!R4"]));
  });

  it("reads a four-digit year or a financial year, and guesses none", () => {
    expect(yearOfHeading("England 2022")).toBe("2022");
    expect(yearOfHeading("North East 2020")).toBe("2020");
    expect(yearOfHeading("SN average 2017/18")).toBe("2017/18");
    expect(yearOfHeading("National 2017-2018")).toBe("2017/18");
    expect(yearOfHeading("Regional (2019/20)")).toBe("2019/20");
    expect(yearOfHeading("National 17/18")).toBe("2017/18");
    expect(yearOfHeading("National")).toBeUndefined();
    expect(yearOfHeading("National 17")).toBeUndefined();
    expect(yearOfHeading("National 2017/19")).toBeUndefined();
  });
});
