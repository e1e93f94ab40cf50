import { LOG_COL, LOG_HEADERS } from "../../src/engine/challengeLog";
import { PALETTES } from "../../src/engine/palette";
import { planWrite, VOLUMETRIC_LABEL } from "../../src/engine/writePlan";
import { STATUS_LABEL } from "../../src/engine/types";
import { makeResult, type RowSpec } from "./writePlanFixture";

const SPECS: RowSpec[] = [
  { ref: "A1", area: "Social Care Pathway", status: "insideTolerance", value: 27 },
  { ref: "A2", area: "Social Care Pathway", status: "onTarget", value: 91 },
  { ref: "B1", area: "Children in Care", status: "outsideTolerance", value: 60 },
  { ref: "B2", area: "Children in Care", status: "notClassified", value: null },
  {
    ref: "E1",
    area: "Social Care Pathway",
    status: "noTarget",
    value: 1898,
    percent: false,
    volumetric: true,
  },
];

describe("planWrite: the indicator sheet", () => {
  const result = makeResult(SPECS, { headerRow: 2 });
  const plan = planWrite(result, { logRows: null });

  it("puts the status column right after the table with the quarter in its heading", () => {
    expect(plan.sheet).toBe("Indicators");
    expect(plan.statusColumn).toBe(result.layout.lastColumn + 1);
    expect(plan.statusHeader).toEqual({ row: 2, text: "Status Q2 2018/19" });
  });

  it("reuses the status column an earlier run left", () => {
    const rerun = planWrite(makeResult(SPECS, { existingStatusColumn: 7 }), { logRows: null });
    expect(rerun.statusColumn).toBe(7);
  });

  it("writes a label on every indicator row, volumetric rows marked as not rated", () => {
    expect(plan.statusCells.map((c) => c.row)).toEqual(result.indicators.map((i) => i.row));
    expect(plan.statusCells[0].text).toBe(STATUS_LABEL.insideTolerance);
    expect(plan.statusCells[3].text).toBe(STATUS_LABEL.notClassified);
    expect(plan.statusCells[4].text).toBe(VOLUMETRIC_LABEL);
  });

  it("fills the quarter's value cell and the status cell of rated rows only", () => {
    const filled = plan.fills.flatMap((g) => g.cells.map((c) => `${g.status}@${c.row},${c.col}`));
    const valueCol = 3;
    expect(filled).toContain(`insideTolerance@3,${valueCol}`);
    expect(filled).toContain(`insideTolerance@3,${plan.statusColumn}`);
    expect(filled).toContain(`outsideTolerance@5,${valueCol}`);
    expect(filled.some((f) => f.startsWith("notClassified"))).toBe(false);
    expect(filled.some((f) => f.includes("@7,"))).toBe(false); // the volumetric row
    for (const group of plan.fills) expect(group.color).toBe(PALETTES.default[group.status]);
  });

  it("uses the chosen palette", () => {
    const contrast = planWrite(result, { logRows: null }, "highContrast");
    for (const group of contrast.fills)
      expect(group.color).toBe(PALETTES.highContrast[group.status]);
  });
});

describe("planWrite: the summary sheet", () => {
  it("lays out areas by status with a total and a percentage row", () => {
    const result = makeResult(SPECS);
    const rows = planWrite(result, { logRows: null }).summarySheet.rows;
    const header = rows.find((r) => r[0] === "Service area");
    expect(header).toEqual([
      "Service area",
      "Outside tolerance",
      "Inside tolerance",
      "On or better than target",
      "No target specified",
      "Not classified",
    ]);
    expect(rows.find((r) => r[0] === "Social Care Pathway")).toEqual([
      "Social Care Pathway",
      0,
      1,
      1,
      0,
      0,
    ]);
    expect(rows.find((r) => r[0] === "Total")).toEqual(["Total", 1, 1, 1, 0, 1]);
    const percent = rows[rows.findIndex((r) => r[0] === "Total") + 1];
    expect(percent.slice(1)).toEqual(["25%", "25%", "25%", "0%", "25%"]);
  });

  it("leaves out the Not classified column when every indicator was classified", () => {
    const result = makeResult(SPECS.filter((s) => s.status !== "notClassified"));
    const header = planWrite(result, { logRows: null }).summarySheet.rows.find(
      (r) => r[0] === "Service area"
    );
    expect(header).not.toContain("Not classified");
  });
});

describe("planWrite: the challenge log", () => {
  const result = makeResult(SPECS);
  const log = planWrite(result, { logRows: null }).logSheet;

  it("has the seed's two-stage columns and a hidden machine draft", () => {
    expect(log.rows[0]).toEqual([...LOG_HEADERS]);
    expect(log.hiddenColumns).toEqual([LOG_COL.draft]);
    expect(log.columnWidths).toHaveLength(LOG_HEADERS.length);
  });

  it("drafts one row per indicator with value as the cell shows it", () => {
    expect(log.rows.slice(1).map((r) => r[LOG_COL.ref])).toEqual(SPECS.map((s) => s.ref));
    const a2 = log.rows[2];
    expect(a2[LOG_COL.value]).toBe("91%");
    expect(a2[LOG_COL.status]).toBe(STATUS_LABEL.onTarget);
    expect(a2[LOG_COL.council]).toBe("Draft for A2.");
    expect(a2[LOG_COL.draft]).toBe("Draft for A2.");
    expect(a2[LOG_COL.trust]).toBeNull();
    expect(log.rows[5][LOG_COL.value]).toBe("1898");
  });

  it("keeps Trust response, Agreed action and an edited challenge on a rerun; refreshes unedited drafts", () => {
    const first = log.rows.map((r) => [...r]);
    first[1][LOG_COL.trust] = "We are dip-sampling re-referrals.";
    first[1][LOG_COL.action] = "Report back in Q3.";
    first[2][LOG_COL.council] = "Reviewer's own words for A2.";
    const redrafted = makeResult(SPECS.map((s) => ({ ...s, draft: `New draft for ${s.ref}.` })));
    const rows = planWrite(redrafted, { logRows: first }).logSheet.rows;
    expect(rows[1][LOG_COL.trust]).toBe("We are dip-sampling re-referrals.");
    expect(rows[1][LOG_COL.action]).toBe("Report back in Q3.");
    expect(rows[1][LOG_COL.council]).toBe("New draft for A1.");
    expect(rows[2][LOG_COL.council]).toBe("Reviewer's own words for A2.");
    expect(rows[2][LOG_COL.draft]).toBe("New draft for A2.");
  });

  it("keeps rows of refs no longer in the table at the bottom", () => {
    const first = log.rows.map((r) => [...r]);
    first[3][LOG_COL.trust] = "B1 response.";
    const smaller = makeResult(SPECS.filter((s) => s.ref !== "B1"));
    const rows = planWrite(smaller, { logRows: first }).logSheet.rows;
    expect(rows).toHaveLength(first.length);
    expect(rows[rows.length - 1][LOG_COL.ref]).toBe("B1");
    expect(rows[rows.length - 1][LOG_COL.trust]).toBe("B1 response.");
  });

  it("matches rows by ref even when the table's order changed", () => {
    const first = log.rows.map((r) => [...r]);
    first[4][LOG_COL.trust] = "B2 response.";
    const reordered = makeResult([...SPECS].reverse());
    const rows = planWrite(reordered, { logRows: first }).logSheet.rows;
    const b2 = rows.find((r) => r[LOG_COL.ref] === "B2");
    expect(b2?.[LOG_COL.trust]).toBe("B2 response.");
    expect(rows).toHaveLength(first.length);
  });

  it("is stable: planning from its own log gives the same log", () => {
    const again = planWrite(result, { logRows: log.rows }).logSheet.rows;
    expect(again).toEqual(log.rows);
  });
});
