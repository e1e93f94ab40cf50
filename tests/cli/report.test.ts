import { parseCliArgs, UsageError } from "../../src/cli/args";
import { findingsText, summaryTableText } from "../../src/cli/report";
import type { Finding } from "../../src/engine/types";
import { makeResult } from "../engine/writePlanFixture";

describe("the printed summary table", () => {
  const result = makeResult([
    { ref: "A1", area: "Social Care Pathway", status: "insideTolerance", value: 27 },
    { ref: "B1", area: "Children in Care", status: "onTarget", value: 91 },
    { ref: "B2", area: "Children in Care", status: "outsideTolerance", value: 50 },
  ]);
  const lines = summaryTableText(result).split("\n");

  it("right-aligns every figure under the end of its heading", () => {
    const header = lines[0];
    const ends = [
      "Outside tolerance",
      "Inside tolerance",
      "On or better than target",
      "No target specified",
    ].map((h) => header.indexOf(h) + h.length);
    for (const line of lines.filter((l) => /\d/.test(l))) {
      const figureEnds = [...line.matchAll(/\d+( \(\d+%\))?/g)].map(
        (m) => (m.index ?? 0) + m[0].length
      );
      expect(figureEnds).toEqual(ends);
    }
  });

  it("shows counts and percentages on the Total row", () => {
    const total = lines[lines.length - 1];
    expect(total).toMatch(/^Total/);
    const { total: counts, percent } = result.summary;
    expect(total).toContain(`${counts.onTarget} (${percent.onTarget}%)`);
  });
});

describe("the printed findings", () => {
  const finding = (severity: Finding["severity"], n: number): Finding => ({
    severity,
    code: "x",
    cell: `S!A${n}`,
    message: `A${n}: ${severity} ${n}`,
  });

  it("counts by severity and lists errors first, then says how many more", () => {
    const text = findingsText([finding("info", 1), finding("warning", 2), finding("error", 3)], 2);
    expect(text.split("\n")[0]).toBe("Findings: 1 error, 1 warning, 1 note.");
    expect(text).toMatch(/error\s+A3: error 3\n\s+warning\s+A2: warning 2\n\s+… and 1 more/);
  });

  it("says none when there are none", () => {
    expect(findingsText([])).toBe("Findings: none.");
  });
});

describe("argument parsing", () => {
  it("reads every option", () => {
    const args = parseCliArgs([
      "classify",
      "in.xlsx",
      "-o",
      "out.xlsx",
      "-q",
      "Q2 2018/19",
      "-s",
      "PIs",
      "-t",
      "points",
      "-j",
      "s.json",
      "-c",
      "c.md",
      "-p",
      "highContrast",
    ]);
    expect(args).toEqual({
      command: "classify",
      input: "in.xlsx",
      out: "out.xlsx",
      quarter: "Q2 2018/19",
      sheet: "PIs",
      toleranceMode: "points",
      json: "s.json",
      commentary: "c.md",
      palette: "highContrast",
    });
  });

  it("rejects an empty value and a second input", () => {
    expect(() => parseCliArgs(["classify", "a.xlsx", "--out", " "])).toThrow(UsageError);
    expect(() => parseCliArgs(["classify", "a.xlsx", "b.xlsx", "--out", "c.xlsx"])).toThrow(
      /one input/
    );
  });
});
