/**
 * The engine core on a large workbook: every row read and classified, and no finding repeated per
 * cell. The commentary is stubbed; speed itself is `npm run bench`'s job (tests assert behaviour).
 */
import { runEngine } from "../../src/engine/run";
import type { CellValue } from "../../src/engine/types";

jest.mock("../../src/engine/commentary", () => ({ draftCommentary: () => [] }));

function runOk(workbook: Parameters<typeof runEngine>[0]) {
  const outcome = runEngine(workbook);
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.result;
}

describe("performance", () => {
  it("reads and classifies 50,000 rows × 20 %-formatted quarters with no per-cell findings (its speed is measured by npm run bench, not asserted)", () => {
    const quarters = Array.from(
      { length: 20 },
      (_, i) =>
        `Q${(i % 4) + 1} ${2014 + Math.floor(i / 4)}/${String(15 + Math.floor(i / 4)).padStart(2, "0")}`
    );
    const header = [
      "Ref",
      "Indicator",
      "Service area",
      "Polarity",
      "Unit",
      "Target",
      "Tolerance",
      ...quarters,
    ];
    const values: CellValue[][] = [header];
    const formats: (string | undefined)[][] = [[]];
    // Targets and tolerances formatted as percentages too, as an analyst keeps them beside % values.
    const fmtRow = header.map((_, c) => (c >= 5 ? "0.0%" : undefined));
    for (let r = 0; r < 50_000; r++) {
      const row: CellValue[] = [
        `R${r}`,
        `Indicator ${r}`,
        `Area ${r % 7}`,
        r % 2 ? "Higher is better" : "Lower is better",
        "%",
        0.5,
        r % 2 ? 0.45 : 0.55,
      ];
      for (let q = 0; q < 20; q++) row.push(((r * 31 + q * 17) % 100) / 100);
      values.push(row);
      formats.push(fmtRow);
    }
    const workbook = { sheets: [{ name: "Big", top: 0, left: 0, values, formats }] };
    const result = runOk(workbook);
    expect(result.summary.total.count).toBe(50_000);
    // docs/layouts.md (issue 9): the fixture's 0% after figures of 30–90% are placeholder warnings by design.
    expect(result.findings.filter((f) => f.code !== "value.placeholder")).toHaveLength(0);
  });
});
