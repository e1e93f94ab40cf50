/**
 * The corpus through the add-in (Office.js adapter over the fake Excel): the faulty rows classify as
 * they do on the command line, and a password-protected sheet is refused with a message that says
 * what to do — before or after an earlier run, for Classify and for Clear — without changing
 * anything, including what reviewers typed in the Challenge log.
 */
import { createExcelPort } from "../../src/excel/excelPort";
import { defaultEngine } from "../../src/excel/engineBinding";
import { memorySettingsStore } from "../../src/excel/settingsStore";
import type { WorkbookPort } from "../../src/ports/workbookPort";
import { fakeRun, type WorkbookData } from "../excel/fake";
import { sheetSnapshot } from "../excel/helpers";
import { fakeCorpusWorkbook } from "./builders/fakeExcel";
import { HEALTHY_ROWS, QUARTER, type RowSpec } from "./builders/table";
import { errorValues, noValues, percentRange, textNumbers } from "./builders/values";
import { findingProblems, localCell } from "./support/findingChecks";
import { rowsOfBuilder } from "./support/readRows";

const FAULT_ROWS: RowSpec[] = [
  ...HEALTHY_ROWS,
  { ...HEALTHY_ROWS[0], ref: "T1", q2: "92%" },
  { ...HEALTHY_ROWS[0], ref: "E1", q2: { error: "#DIV/0!" } },
  { ...HEALTHY_ROWS[0], ref: "P1", q2: 120 },
];

function portFor(data: WorkbookData): WorkbookPort {
  return createExcelPort({
    engine: defaultEngine,
    run: fakeRun(data),
    settings: memorySettingsStore(),
    isSetSupported: () => true,
  });
}

/** Everything on every sheet, so "changed nothing" covers sheets the run might have added. */
function workbookSnapshot(data: WorkbookData): Record<string, unknown> {
  return Object.fromEntries(
    data.sheets.map((s) => [
      s.name,
      { visibility: s.visibility, cells: sheetSnapshot(data, s.name) },
    ])
  );
}

describe("corpus through the add-in", () => {
  it.each([textNumbers, noValues, errorValues, percentRange].map((c) => [c.fault, c] as const))(
    "%s: same findings and statuses as on the command line",
    async (_fault, corpusCase) => {
      const rows = await rowsOfBuilder(corpusCase.build);
      const outcome = await portFor(fakeCorpusWorkbook(rows)).classify(QUARTER);
      if (!outcome.ok) throw new Error(outcome.message);
      const statuses = Object.fromEntries(
        outcome.result.classifications.map((c) => [c.ref, c.status])
      );
      expect(statuses).toMatchObject(corpusCase.expect.statuses ?? {});
      expect(findingProblems(outcome.result.findings, corpusCase.expect.findings ?? [])).toEqual(
        []
      );
      for (const f of outcome.result.findings) expect(f.message).toContain(localCell(f.cell));
    }
  );
});

describe("a password-protected sheet (add-in)", () => {
  it("is refused on the first run with a message saying what to do, changing nothing", async () => {
    const data = fakeCorpusWorkbook(FAULT_ROWS, { protectedSheet: true });
    const before = workbookSnapshot(data);
    await expect(portFor(data).classify(QUARTER)).rejects.toThrow(/protected.*Unprotect/i);
    expect(workbookSnapshot(data)).toEqual(before);
  });

  it("still lets the pane find the table (reading is allowed)", async () => {
    const data = fakeCorpusWorkbook(FAULT_ROWS, { protectedSheet: true });
    const inspected = await portFor(data).inspect();
    expect(inspected.ok && inspected.quarters.map((q) => q.label)).toEqual(["Q1 2018/19", QUARTER]);
  });

  it("is refused on a rerun and by Clear after the analyst protected it, keeping the earlier run and the log", async () => {
    const data = fakeCorpusWorkbook(FAULT_ROWS);
    const port = portFor(data);
    expect((await port.classify(QUARTER)).ok).toBe(true);
    await port.saveCommentary("OK1", "Reviewed with the Trust on 3 October.");
    data.sheet("Indicators")!.protected = true;
    const before = workbookSnapshot(data);
    await expect(port.classify(QUARTER)).rejects.toThrow(/Unprotect/i);
    expect(workbookSnapshot(data)).toEqual(before);
    await expect(port.clear()).rejects.toThrow(/Unprotect/i);
    expect(workbookSnapshot(data)).toEqual(before);
  });
});
