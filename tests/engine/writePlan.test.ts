import { LOG_COL, LOG_HEADERS } from "../../src/engine/challengeLog";
import { PALETTES } from "../../src/engine/palette";
import { planWrite, VOLUMETRIC_LABEL } from "../../src/engine/writePlan";
import { STATUS_LABEL } from "../../src/engine/types";
import type { PlanValue } from "../../src/engine/plan-types";
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
  // docs/workbook-output.md: the log lists the concern group (A1 inside tolerance and not improving, B1 outside).
  const LOGGED: RowSpec[] = SPECS.map((s) =>
    s.ref === "A1" || s.ref === "B1" ? { ...s, group: "concern" } : s
  );
  const result = makeResult(LOGGED);
  const log = planWrite(result, { logRows: null }).logSheet;
  const at = (rows: PlanValue[][], ref: string, period = "Q2 2018/19") =>
    rows.find((r) => r[LOG_COL.ref] === ref && r[LOG_COL.period] === period);

  it("has the seed's two-stage columns, a hidden machine draft and the period", () => {
    expect(log.rows[0]).toEqual([...LOG_HEADERS]);
    expect(LOG_HEADERS[LOG_COL.period]).toBe("Period");
    expect(log.hiddenColumns).toEqual([LOG_COL.draft]);
    expect(log.columnWidths).toHaveLength(LOG_HEADERS.length);
  });

  it("lists the indicators of concern only, in table order, each naming its period", () => {
    expect(log.rows.slice(1).map((r) => [r[LOG_COL.ref], r[LOG_COL.period]])).toEqual([
      ["A1", "Q2 2018/19"],
      ["B1", "Q2 2018/19"],
    ]);
    const b1 = log.rows[2];
    expect(b1[LOG_COL.value]).toBe("60%");
    expect(b1[LOG_COL.status]).toBe(STATUS_LABEL.outsideTolerance);
    expect(b1[LOG_COL.council]).toBe("Draft for B1.");
    expect(b1[LOG_COL.draft]).toBe("Draft for B1.");
    expect(b1[LOG_COL.trust]).toBeNull();
  });

  it("keeps Trust response, Agreed action and an edited challenge on a rerun; refreshes unedited drafts", () => {
    const first = log.rows.map((r) => [...r]);
    first[1][LOG_COL.trust] = "We are dip-sampling re-referrals.";
    first[1][LOG_COL.action] = "Report back in Q3.";
    first[2][LOG_COL.council] = "Reviewer's own words for B1.";
    const redrafted = makeResult(LOGGED.map((s) => ({ ...s, draft: `New draft for ${s.ref}.` })));
    const rows = planWrite(redrafted, { logRows: first }).logSheet.rows;
    expect(rows).toHaveLength(3);
    expect(rows[1][LOG_COL.trust]).toBe("We are dip-sampling re-referrals.");
    expect(rows[1][LOG_COL.action]).toBe("Report back in Q3.");
    expect(rows[1][LOG_COL.council]).toBe("New draft for A1.");
    expect(rows[2][LOG_COL.council]).toBe("Reviewer's own words for B1.");
    expect(rows[2][LOG_COL.draft]).toBe("New draft for B1.");
  });

  it("keeps a row of this period when its indicator leaves the concern group, refreshed", () => {
    const first = log.rows.map((r) => [...r]);
    first[1][LOG_COL.trust] = "A1 response.";
    const better = makeResult(
      LOGGED.map((s) => (s.ref === "A1" ? { ...s, status: "onTarget", group: "good" } : s))
    );
    const rows = planWrite(better, { logRows: first }).logSheet.rows;
    expect(rows.map((r) => r[LOG_COL.ref])).toEqual(["Ref", "A1", "B1"]);
    expect(rows[1][LOG_COL.status]).toBe(STATUS_LABEL.onTarget);
    expect(rows[1][LOG_COL.trust]).toBe("A1 response.");
  });

  it("keeps rows of refs no longer in the table where they were", () => {
    const first = log.rows.map((r) => [...r]);
    first[1][LOG_COL.trust] = "A1 response.";
    const smaller = makeResult(LOGGED.filter((s) => s.ref !== "A1"));
    const rows = planWrite(smaller, { logRows: first }).logSheet.rows;
    expect(rows).toEqual(first);
  });

  it("matches rows by ref and period even when the table's order changed", () => {
    const first = log.rows.map((r) => [...r]);
    first[2][LOG_COL.trust] = "B1 response.";
    const reordered = makeResult([...LOGGED].reverse());
    const rows = planWrite(reordered, { logRows: first }).logSheet.rows;
    expect(at(rows, "B1")?.[LOG_COL.trust]).toBe("B1 response.");
    expect(rows).toHaveLength(first.length);
  });

  it("adds a new period's rows after the earlier period's, which stay as they were", () => {
    const first = log.rows.map((r) => [...r]);
    first[1][LOG_COL.trust] = "Q2 response.";
    const next = makeResult(LOGGED);
    next.quarter = { fy: 2018, q: 3, label: "Q3 2018/19" };
    const rows = planWrite(next, { logRows: first }).logSheet.rows;
    expect(rows.slice(0, 3)).toEqual(first);
    expect(rows.slice(3).map((r) => [r[LOG_COL.ref], r[LOG_COL.period], r[LOG_COL.trust]])).toEqual(
      [
        ["A1", "Q3 2018/19", null],
        ["B1", "Q3 2018/19", null],
      ]
    );
  });

  it("adopts rows of a log written before rows named their period, and keeps their typing", () => {
    const old = log.rows.map((r) => r.slice(0, LOG_COL.period));
    old[1][LOG_COL.trust] = "Typed before the upgrade.";
    const rows = planWrite(result, { logRows: old }).logSheet.rows;
    expect(rows).toHaveLength(3);
    expect(rows[1][LOG_COL.period]).toBe("Q2 2018/19");
    expect(rows[1][LOG_COL.trust]).toBe("Typed before the upgrade.");
  });

  it("is stable: planning from its own log gives the same log", () => {
    const again = planWrite(result, { logRows: log.rows }).logSheet.rows;
    expect(again).toEqual(log.rows);
  });
});
