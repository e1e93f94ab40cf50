/**
 * The Challenge log on the ExcelJS adapter (command line, preview): a log written before rows
 * named their period keeps a reviewer's column, and Add to challenge log adds one row. Expected
 * rows worked out by hand from the fixture: A1 (inside tolerance, 26% → 27% with lower better) and
 * A4 (outside tolerance) are of concern in Q2 2018/19; A2 is on target.
 */
import type ExcelJS from "exceljs";
import { LOG_COL, LOG_HEADERS } from "../../src/engine/challengeLog";
import { addToChallengeLog, classifyWorkbook, editTargetOf } from "../../src/xlsx";
import { readLogRows } from "../../src/xlsx/logSheet";
import { canonicalWorkbook } from "./fixtures";

function classified(wb: ExcelJS.Workbook) {
  const outcome = classifyWorkbook(wb, { quarter: "Q2 2018/19" });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome;
}

describe("Challenge log (ExcelJS adapter)", () => {
  it("takes over a log without a Period column, keeping a reviewer's column and their typing", () => {
    const wb = canonicalWorkbook();
    const log = wb.addWorksheet("Challenge log");
    log.addRow([...LOG_HEADERS.slice(0, LOG_COL.period), "Owner"]);
    const a4 = LOG_HEADERS.slice(0, LOG_COL.period).map(() => null) as (string | null)[];
    a4[LOG_COL.ref] = "A4";
    a4[LOG_COL.council] = "Old draft";
    a4[LOG_COL.draft] = "Old draft";
    a4[LOG_COL.trust] = "Typed before the upgrade.";
    log.addRow([...a4, "Kim"]);
    classified(wb);
    const rows = readLogRows(wb) ?? [];
    // Owner stays in K (index 10); Period goes to L (index 11).
    expect(rows[0][10]).toBe("Owner");
    expect(rows[0][11]).toBe("Period");
    expect(rows.slice(1).map((r) => [r[LOG_COL.ref], r[10] ?? null, r[11]])).toEqual([
      ["A4", "Kim", "Q2 2018/19"],
      ["A1", null, "Q2 2018/19"],
    ]);
    expect(rows[1][LOG_COL.trust]).toBe("Typed before the upgrade.");
  });

  it("adds an indicator the log does not list, once, with its current draft", () => {
    const wb = canonicalWorkbook();
    const { result, logRefs } = classified(wb);
    expect(logRefs).toEqual(["A1", "A4"]);
    const fresh = editTargetOf(result, "A2").fresh!;
    expect(addToChallengeLog(wb, fresh)).toBe(true);
    expect(addToChallengeLog(wb, fresh)).toBe(false);
    const rows = readLogRows(wb) ?? [];
    expect(rows.map((r) => r[LOG_COL.ref])).toEqual(["Ref", "A1", "A4", "A2"]);
    expect(rows[3][LOG_COL.council]).toBe(result.commentary.find((c) => c.ref === "A2")!.text);
    expect(rows[3][LOG_COL.period]).toBe("Q2 2018/19");
    expect(classified(wb).logRefs).toEqual(["A1", "A4", "A2"]);
  });
});
