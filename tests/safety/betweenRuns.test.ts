/**
 * Issue 10: nothing of the analyst's is lost when they edit the sheet between runs. The worst
 * case from the attack run: classify Q2, insert next quarter's column after Q2 (as every analyst
 * does), classify again — the earlier status column's old address is now the analyst's
 * "Regional" column and must not be emptied. Expected values are worked out from the table.
 */
import ExcelJS from "exceljs";
import { MIRROR_SHEET_NAME } from "../../src/engine/formatState";
import { classifyWorkbook, clearWorkbook, readSnapshot, WorkbookStateError } from "../../src/xlsx";
import { writeSnapshot } from "../../src/xlsx/stateSheet";
import { HEALTHY_ROWS, newWorkbook, writeTable } from "../corpus/builders/table";
import { reopen, sheetLook } from "./support/councilWorkbook";
import { applyEdit, type NameModel } from "./support/sheetEdits";

const REGIONAL = ["Regional", 91, 22, 0.7];

/** Ref..Q2 in A..J, the analyst's "Regional" comparison in K; rows 2..4 OK1..OK3. */
function regionalWorkbook(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Indicators");
  writeTable(ws, HEALTHY_ROWS);
  REGIONAL.forEach((v, i) => (ws.getCell(i + 1, 11).value = v));
  ws.getCell(4, 11).numFmt = "0%";
  return wb;
}

const column = (ws: ExcelJS.Worksheet, col: number) =>
  [1, 2, 3, 4].map((r) => ws.getCell(r, col).value);

describe.each<NameModel>(["movesNames", "keepsNames"])("between runs (%s)", (names) => {
  it("a Q3 column inserted after Q2 is classified; the Regional column is untouched", async () => {
    const wb = await reopen(regionalWorkbook());
    expect(classifyWorkbook(wb, { quarter: "Q2 2018/19" }).ok).toBe(true);
    const ws = wb.getWorksheet("Indicators")!;
    expect(ws.getCell(1, 12).value).toBe("Status Q2 2018/19");
    // Q3: OK1 95 (target 90, higher better → on target), OK2 30 days (lower better, tolerance
    // 25 → outside), OK3 0.78 (target 0.8, tolerance 0.75 → inside).
    applyEdit(
      wb,
      ws,
      { kind: "insertColumn", at: 11, values: ["Q3 2018/19", 95, 30, 0.78] },
      names
    );
    ws.getCell(4, 11).numFmt = "0%";
    const again = classifyWorkbook(await reopen(wb), {});
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    const after = await reopen(wb);
    void after;
    const rerun = again.result;
    expect(rerun.quarter.label).toBe("Q3 2018/19");
    expect(rerun.classifications.map((c) => c.status)).toEqual([
      "onTarget",
      "outsideTolerance",
      "insideTolerance",
    ]);
  });

  it("the rerun leaves Regional's values and formats exactly as the analyst left them", async () => {
    const wb = await reopen(regionalWorkbook());
    classifyWorkbook(wb, { quarter: "Q2 2018/19" });
    const ws = wb.getWorksheet("Indicators")!;
    applyEdit(
      wb,
      ws,
      { kind: "insertColumn", at: 11, values: ["Q3 2018/19", 95, 30, 0.78] },
      names
    );
    ws.getCell(4, 11).numFmt = "0%";
    const edited = await reopen(wb);
    const regionalBefore = column(edited.getWorksheet("Indicators")!, 12);
    expect(regionalBefore).toEqual(REGIONAL);
    expect(classifyWorkbook(edited, {}).ok).toBe(true);
    const sheet = edited.getWorksheet("Indicators")!;
    expect(column(sheet, 12)).toEqual(REGIONAL);
    expect(sheet.getCell(4, 12).numFmt).toBe("0%");
    // The status column moved with the insert (M) and now holds Q3's statuses.
    expect(column(sheet, 13)).toEqual([
      "Status Q3 2018/19",
      "On or better than target",
      "Outside tolerance",
      "Inside tolerance",
    ]);
  });

  it("an inserted indicator row does not shift the recorded formats; Clear restores exactly", async () => {
    const pristine = await reopen(regionalWorkbook());
    const wb = await reopen(regionalWorkbook());
    classifyWorkbook(wb, { quarter: "Q2 2018/19" });
    const newRow = [
      "N1",
      "New count",
      "Social Care Pathway",
      "Contract",
      "Higher is better",
      "Number",
      300,
      280,
      310,
      330,
    ];
    for (const book of [wb, pristine])
      applyEdit(
        book,
        book.getWorksheet("Indicators")!,
        { kind: "insertRow", at: 3, values: newRow },
        names
      );
    const edited = await reopen(wb);
    const run = classifyWorkbook(edited, { quarter: "Q2 2018/19" });
    expect(run.ok).toBe(true);
    const sheet = edited.getWorksheet("Indicators")!;
    // The count stays a count: 330 in General format, the percentage row keeps "0%".
    expect(sheet.getCell(3, 10).numFmt ?? "General").not.toBe("0%");
    expect(sheet.getCell(5, 10).numFmt).toBe("0%");
    // A second plain rerun reads the same values: N1 330 vs target 300 → on target.
    const second = classifyWorkbook(await reopen(edited), { quarter: "Q2 2018/19" });
    expect(second.ok && second.result.classifications.map((c) => c.status)).toEqual([
      "onTarget",
      "onTarget",
      "insideTolerance",
      "outsideTolerance",
    ]);
    const cleared = await reopen(edited);
    expect(clearWorkbook(cleared).cleared).toBe(true);
    expect(sheetLook(cleared.getWorksheet("Indicators")!)).toEqual(
      sheetLook((await reopen(pristine)).getWorksheet("Indicators")!)
    );
  });

  it("refuses, changing nothing, when the status heading was renamed", async () => {
    const wb = await reopen(regionalWorkbook());
    classifyWorkbook(wb, { quarter: "Q2 2018/19" });
    wb.getWorksheet("Indicators")!.getCell(1, 12).value = "My notes";
    const edited = await reopen(wb);
    const before = sheetLook(edited.getWorksheet("Indicators")!);
    expect(() => classifyWorkbook(edited, {})).toThrow(WorkbookStateError);
    expect(() => clearWorkbook(edited)).toThrow(/Type "Status Q2 2018\/19" back/);
    expect(sheetLook(edited.getWorksheet("Indicators")!)).toEqual(before);
  });
});

describe("a state written by the add-in in Excel, cleared by the preview", () => {
  /** Rewrites an ExcelJS state as the Office.js adapter keeps it: originals on a mirror sheet. */
  function asOfficeState(wb: ExcelJS.Workbook): void {
    const snapshot = readSnapshot(wb)!;
    const ws = wb.getWorksheet("Indicators")!;
    const mirror = wb.addWorksheet(MIRROR_SHEET_NAME, { state: "veryHidden" });
    const mirrored = JSON.stringify({ mirror: MIRROR_SHEET_NAME });
    for (const [address, json] of Object.entries(snapshot.originals)) {
      mirror.getCell(address).style = JSON.parse(json) as Partial<ExcelJS.Style>;
      snapshot.originals[address] = mirrored;
    }
    // The cells keep the run's own fills (a state is trusted only over those, issue 21), so only
    // the mirror can give the originals back.
    expect(ws.getCell("L2").fill).toMatchObject({ fgColor: { argb: "FF8ED1B5" } });
    writeSnapshot(wb, snapshot);
  }

  it("restores from the mirror sheet and removes it; refuses when the mirror is missing", async () => {
    const pristine = await reopen(regionalWorkbook());
    const wb = await reopen(regionalWorkbook());
    classifyWorkbook(wb, { quarter: "Q2 2018/19" });
    asOfficeState(wb);
    const reopened = await reopen(wb);
    const noMirror = await reopen(wb);
    noMirror.removeWorksheet(noMirror.getWorksheet(MIRROR_SHEET_NAME)!.id);
    expect(() => clearWorkbook(noMirror)).toThrow(/PerfChallenge formats", which is missing/);

    expect(clearWorkbook(reopened).cleared).toBe(true);
    expect(reopened.getWorksheet(MIRROR_SHEET_NAME)).toBeUndefined();
    expect(sheetLook(reopened.getWorksheet("Indicators")!)).toEqual(
      sheetLook(pristine.getWorksheet("Indicators")!)
    );
  });
});

describe("the classified sheet renamed or deleted", () => {
  it("refuses while its cells are on a renamed sheet, and forgets a deleted one", async () => {
    const wb = await reopen(regionalWorkbook());
    classifyWorkbook(wb, { quarter: "Q2 2018/19" });
    const renamed = await reopen(wb);
    renamed.getWorksheet("Indicators")!.name = "Indicators 2019";
    expect(() => clearWorkbook(renamed)).toThrow(/looks renamed. Rename it back to "Indicators"/);
    expect(() => classifyWorkbook(renamed, {})).toThrow(/Rename it back/);

    const deleted = await reopen(wb);
    deleted.removeWorksheet(deleted.getWorksheet("Indicators")!.id);
    deleted.addWorksheet("Other").getCell("A1").value = "x";
    expect(clearWorkbook(deleted).message).toMatch(
      /no longer in the workbook, so there were no formats/
    );
  });
});
