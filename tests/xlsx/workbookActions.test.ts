/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS objects, not Office.js proxies */
import ExcelJS from "exceljs";
import { LOG_COL } from "../../src/engine/challengeLog";
import { STATE_SHEET_NAME } from "../../src/engine/formatState";
import { PALETTES } from "../../src/engine/palette";
import { STATUS_LABEL } from "../../src/engine/types";
import {
  classifyWorkbook,
  editTargetOf,
  clearClassification,
  loadWorkbook,
  redraftCommentary,
  saveCommentary,
  workbookToBytes,
} from "../../src/xlsx";
import { readLogRows } from "../../src/xlsx/logSheet";
import {
  canonicalWorkbook,
  describeWorkbook,
  FORMULA_LIKE_NAME,
  HEADERS,
  INDICATORS,
  sheetValues,
} from "./fixtures";

/** Save and load again, as a user's next session would see the file. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await workbookToBytes(wb));
}

function classified(wb: ExcelJS.Workbook, quarter?: string) {
  const outcome = classifyWorkbook(wb, { quarter });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome;
}

const STATUS_COL = HEADERS.length + 1; // 1-based, right after the table
const Q2_COL = HEADERS.length;

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill && fill.pattern === "solid" ? (fill.fgColor?.argb ?? "").slice(2) : undefined;
}

describe("classifyWorkbook", () => {
  it("writes a status column, fills, the two sheets and a very hidden state", async () => {
    const wb = canonicalWorkbook();
    const { result } = classified(wb);
    const out = await roundTrip(wb);
    const ws = out.getWorksheet("Indicators") as ExcelJS.Worksheet;
    expect(ws.getCell(1, STATUS_COL).value).toBe(`Status ${result.quarter.label}`);
    INDICATORS.forEach((spec, i) => {
      const status = ws.getCell(i + 2, STATUS_COL);
      const value = ws.getCell(i + 2, Q2_COL);
      if (spec.type === "Volumetric") {
        expect(status.value).toMatch(/Volumetric/);
        expect(fillOf(value)).toBeUndefined();
        return;
      }
      expect(status.value).toBe(STATUS_LABEL[spec.expected]);
      expect(`#${fillOf(status)}`).toBe(PALETTES.default[spec.expected]);
      expect(`#${fillOf(value)}`).toBe(PALETTES.default[spec.expected]);
    });
    expect(out.getWorksheet("Challenge summary")).toBeDefined();
    const log = out.getWorksheet("Challenge log") as ExcelJS.Worksheet;
    expect(log.getColumn(LOG_COL.draft + 1).hidden).toBe(true);
    expect(out.getWorksheet(STATE_SHEET_NAME)?.state).toBe("veryHidden");
  });

  it("never changes a value of the analyst's table", async () => {
    const wb = canonicalWorkbook();
    const before = sheetValues(wb.getWorksheet("Indicators") as ExcelJS.Worksheet);
    classified(wb);
    const after = sheetValues(
      (await roundTrip(wb)).getWorksheet("Indicators") as ExcelJS.Worksheet
    );
    for (const [address, value] of Object.entries(before)) expect(after[address]).toEqual(value);
    const added = Object.keys(after).filter((a) => !(a in before));
    for (const address of added) expect(address).toMatch(/^L\d+$/);
  });

  it("stores text beginning with = as text, never as a formula", async () => {
    const wb = canonicalWorkbook();
    (wb.getWorksheet("Indicators") as ExcelJS.Worksheet).getCell("B2").value = FORMULA_LIKE_NAME;
    classified(wb);
    const out = await roundTrip(wb);
    const logCell = (out.getWorksheet("Challenge log") as ExcelJS.Worksheet).getCell(
      2,
      LOG_COL.indicator + 1
    );
    expect(logCell.value).toBe(FORMULA_LIKE_NAME);
    expect(logCell.type).toBe(ExcelJS.ValueType.String);
    const source = (out.getWorksheet("Indicators") as ExcelJS.Worksheet).getCell("B2");
    expect(source.type).toBe(ExcelJS.ValueType.String);
  });

  it("is idempotent: classifying twice leaves the same workbook as once", async () => {
    const once = canonicalWorkbook();
    classified(once);
    const twice = canonicalWorkbook();
    classified(twice);
    const reopened = await roundTrip(twice);
    classified(reopened);
    expect(describeWorkbook(await roundTrip(reopened))).toEqual(
      describeWorkbook(await roundTrip(once))
    );
  });

  it("moves the fills when another quarter is classified", async () => {
    const wb = canonicalWorkbook();
    classified(wb, "Q1 2018/19");
    const q1 = await roundTrip(wb);
    classified(q1, "Q2 2018/19");
    const out = await roundTrip(q1);
    const direct = canonicalWorkbook();
    classified(direct, "Q2 2018/19");
    const expected = describeWorkbook(await roundTrip(direct));
    expect(describeWorkbook(out)["Indicators"]).toEqual(expected["Indicators"]);
  });

  it("clears the earlier sheet when another sheet is classified", async () => {
    const wb = canonicalWorkbook();
    const copy = wb.addWorksheet("Copy");
    (wb.getWorksheet("Indicators") as ExcelJS.Worksheet).eachRow((row) => copy.addRow(row.values));
    const before = describeWorkbook(await roundTrip(wb))["Indicators"];
    expect(classifyWorkbook(wb, { sheet: "Indicators" }).ok).toBe(true);
    const reopened = await roundTrip(wb);
    expect(classifyWorkbook(reopened, { sheet: "Copy" }).ok).toBe(true);
    const after = describeWorkbook(await roundTrip(reopened));
    expect(after["Indicators"]).toEqual(before);
    const copySheet = (await roundTrip(reopened)).getWorksheet("Copy") as ExcelJS.Worksheet;
    expect(copySheet.getCell(1, STATUS_COL).value).toBe("Status Q2 2018/19");
  });

  it("reports a workbook without an indicator table", () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["Nothing to see"]);
    const outcome = classifyWorkbook(wb, {});
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.kind).toBe("noTable");
  });
});

describe("clearClassification", () => {
  it("restores every format exactly and empties the status column it added", async () => {
    const original = await roundTrip(canonicalWorkbook());
    const before = describeWorkbook(original)["Indicators"];
    classified(original);
    const reopened = await roundTrip(original);
    expect(clearClassification(reopened)).toBe(true);
    const after = describeWorkbook(await roundTrip(reopened));
    expect(after["Indicators"]).toEqual(before);
    expect(after[STATE_SHEET_NAME]).toBeUndefined();
    expect(after["Challenge summary"]).toBeDefined();
    expect(after["Challenge log"]).toBeDefined();
  });

  // Changed deliberately (issue 10/11): a sheet of our state's name that the add-in did not
  // write is the analyst's, so classify refuses rather than overwrite it (it used to be emptied).
  it("says when there was nothing to clear, and never overwrites a foreign sheet of the state's name", async () => {
    expect(clearClassification(canonicalWorkbook())).toBe(false);
    const wb = canonicalWorkbook();
    wb.addWorksheet(STATE_SHEET_NAME).getCell("A1").value = "somebody's notes";
    expect(clearClassification(wb)).toBe(false);
    expect(() => classifyWorkbook(wb, {})).toThrow(/did not write.*Rename/);
    expect(wb.getWorksheet(STATE_SHEET_NAME)!.getCell("A1").value).toBe("somebody's notes");
    wb.removeWorksheet(wb.getWorksheet(STATE_SHEET_NAME)!.id);
    expect(classifyWorkbook(wb, {}).ok).toBe(true);
    expect(clearClassification(await roundTrip(wb))).toBe(true);
  });
});

describe("reviewer edits in the Challenge log", () => {
  it("keeps an edit, Trust response and Agreed action across a rerun; redraft puts the draft back", async () => {
    const wb = canonicalWorkbook();
    // A2 is on target, so not listed (docs/workbook-output.md): the edit adds its row, which then stays.
    const { result } = classified(wb);
    saveCommentary(
      wb,
      "A2",
      "The council challenges the stretch target.",
      editTargetOf(result, "A2")
    );
    const log = wb.getWorksheet("Challenge log") as ExcelJS.Worksheet;
    const a2Row = (readLogRows(wb) ?? []).findIndex((r) => r[LOG_COL.ref] === "A2") + 1;
    expect(a2Row).toBeGreaterThan(1);
    log.getCell(a2Row, LOG_COL.trust + 1).value = "The trust will sample assessments.";
    log.getCell(a2Row, LOG_COL.action + 1).value = "Report in Q3.";
    const reopened = await roundTrip(wb);
    const { edits } = classified(reopened);
    expect(edits).toEqual({ A2: "The council challenges the stretch target." });
    const rows = readLogRows(reopened) ?? [];
    const a2 = rows.find((r) => r[LOG_COL.ref] === "A2") ?? [];
    expect(a2[LOG_COL.trust]).toBe("The trust will sample assessments.");
    expect(a2[LOG_COL.action]).toBe("Report in Q3.");
    const draft = redraftCommentary(reopened, "A2");
    expect(draft).toBe(a2[LOG_COL.draft]);
    expect(classified(reopened).edits).toEqual({});
  });

  it("explains when there is no log yet", () => {
    expect(() => saveCommentary(canonicalWorkbook(), "A2", "x")).toThrow(
      /Classify the quarter first/
    );
  });
});

describe("loadWorkbook", () => {
  it("rejects bytes that are not a workbook with a plain message", async () => {
    await expect(loadWorkbook(new TextEncoder().encode("not a zip"))).rejects.toThrow(
      /not an Excel workbook/
    );
  });
});

describe("sheets the analyst already calls Challenge summary and Challenge log", () => {
  it("are left alone; ours go beside them and are found again on a rerun", async () => {
    const wb = canonicalWorkbook();
    wb.addWorksheet("Challenge summary").addRow(["Summary for the Chief Executive"]);
    wb.addWorksheet("Challenge log").addRow(["Date", "Challenge", "Owner"]);
    const before = describeWorkbook(wb);
    const { result } = classified(wb);
    const reopened = await roundTrip(wb);
    saveCommentary(reopened, "A2", "Edited after the meeting.", editTargetOf(result, "A2"));
    const { edits } = classified(reopened);
    const after = describeWorkbook(await roundTrip(reopened));
    expect(after["Challenge summary"]).toEqual(before["Challenge summary"]);
    expect(after["Challenge log"]).toEqual(before["Challenge log"]);
    expect(Object.keys(after)).toEqual(
      expect.arrayContaining(["Challenge summary (2)", "Challenge log (2)"])
    );
    expect(Object.keys(after).filter((name) => name.startsWith("Challenge log"))).toHaveLength(2);
    expect(edits).toEqual({ A2: "Edited after the meeting." });
  });
});

describe("a zip file that is not a workbook", () => {
  it("is refused as not a workbook", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("readme.txt", "not a spreadsheet");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(loadWorkbook(bytes)).rejects.toThrow(/not an Excel workbook/);
  });
});
