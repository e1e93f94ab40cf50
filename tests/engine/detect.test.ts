import { detectTable } from "../../src/engine/detect";
import { chooseTable } from "../../src/engine/detectSheet";
import { buildSheet, CANONICAL_HEADER, indicatorRow, workbookOf } from "./support/grid";

describe("finding the table", () => {
  it("finds the header under a title block and maps every column", () => {
    const grid = buildSheet({
      title: [["Children's Services Trust — performance"], ["As at 30 September 2018"], []],
      header: CANONICAL_HEADER,
      rows: [indicatorRow("A1"), indicatorRow("A2")],
    });
    const table = detectTable(grid)!;
    expect(table.layout.headerRow).toBe(3);
    expect(table.layout.firstRow).toBe(4);
    expect(table.layout.lastRow).toBe(5);
    expect(table.layout.columns).toEqual({
      ref: 0,
      indicator: 1,
      area: 2,
      type: 3,
      polarity: 4,
      unit: 5,
      target: 6,
      tolerance: 7,
    });
    expect(table.layout.quarterColumns.map((q) => q.column)).toEqual([8, 9, 10, 11]);
    expect(table.layout.lastColumn).toBe(11);
    expect(table.layout.existingStatusColumn).toBeNull();
  });

  it("orders quarter columns chronologically whatever their order on the sheet", () => {
    const grid = buildSheet({
      header: ["PI ref", "Measure", "2018/19 Q2", "2018-19 Q1", "Q4 17/18", "Quarter 3 2017/18"],
      rows: [
        {
          "PI ref": "A1",
          Measure: "Timeliness",
          "2018/19 Q2": 1,
          "2018-19 Q1": 2,
          "Q4 17/18": 3,
          "Quarter 3 2017/18": 4,
        },
      ],
    });
    const layout = detectTable(grid)!.layout;
    expect(layout.quarterColumns.map((q) => `${q.quarter.label}@${q.column}`)).toEqual([
      "Q3 2017/18@5",
      "Q4 2017/18@4",
      "Q1 2018/19@3",
      "Q2 2018/19@2",
    ]);
  });

  it("needs a ref or indicator column and a quarter column within the first 30 rows", () => {
    expect(
      detectTable(buildSheet({ header: ["Ref", "Indicator", "Target"], rows: [] }))
    ).toBeNull();
    expect(detectTable(buildSheet({ header: ["Comments", "Q2 2018/19"], rows: [] }))).toBeNull();
    const deep = buildSheet({
      title: Array.from({ length: 30 }, () => ["notes"]),
      header: ["Ref", "Q2 2018/19"],
      rows: [["A1", 5]],
    });
    expect(detectTable(deep)).toBeNull();
  });

  it("honours the analyst's column overrides", () => {
    const grid = buildSheet({
      header: ["Serial", "Line item", "Q2 2018/19"],
      rows: [["A1", "Timeliness", 91]],
    });
    expect(detectTable(grid)).toBeNull();
    const table = detectTable(grid, { ref: 0, indicator: 1 })!;
    expect(table.layout.columns).toMatchObject({ ref: 0, indicator: 1 });
    expect(table.indicatorRows).toEqual([1]);
  });

  it("reads section rows, skips blank rows and ends after the last indicator", () => {
    const header = ["Ref", "Indicator", "Target", "Q1 2018/19", "Q2 2018/19"];
    const grid = buildSheet({
      header,
      rows: [
        { $section: "Social Care Pathway" },
        ["A1", "Timeliness", 90, 88, 91],
        "blank",
        "blank",
        ["A2", "Re-referrals", 22, 20, 21],
        { $section: "Children in Care" },
        ["B1", "Stability", 10, 11, 9],
      ],
      footer: [[], ["Source: Trust performance report"]],
    });
    const table = detectTable(grid)!;
    expect(table.indicatorRows).toEqual([2, 5, 7]);
    expect(table.sectionOfRow).toEqual([
      "Social Care Pathway",
      "Social Care Pathway",
      "Children in Care",
    ]);
    expect(table.layout.lastRow).toBe(7);
  });

  it("takes a lone ref as a new indicator, but a lone word as a section", () => {
    const grid = buildSheet({
      header: ["Ref", "Indicator", "Q2 2018/19"],
      rows: [
        { $section: "Block 1" },
        ["A1", "One", 1],
        ["A9"],
        ["CIN 3"],
        { $section: "Workforce" },
        ["W1", "Two", 2],
      ],
    });
    const table = detectTable(grid)!;
    expect(table.indicatorRows).toEqual([2, 3, 4, 6]);
    expect(table.sectionOfRow).toEqual(["Block 1", "Block 1", "Block 1", "Workforce"]);
  });

  it("reports rows inside the table with figures but no ref or name", () => {
    const grid = buildSheet({
      header: ["Ref", "Indicator", "Q2 2018/19"],
      rows: [
        ["A1", "One", 1],
        [null, null, 5],
        ["A2", "Two", 2],
        [null, null, 9],
      ],
    });
    const table = detectTable(grid)!;
    expect(table.rowsWithoutIdentity).toEqual([2]);
  });

  it("finds a status column from an earlier run, and never reads it as data", () => {
    const grid = buildSheet({
      header: [...CANONICAL_HEADER, "Status Q2 2018/19"],
      rows: [
        { ...(indicatorRow("A1") as object), "Status Q2 2018/19": "On or better than target" },
      ],
    });
    const layout = detectTable(grid)!.layout;
    expect(layout.existingStatusColumn).toBe(12);
    expect(layout.lastColumn).toBe(11);
    expect(layout.quarterColumns).toHaveLength(4);
  });

  it("works in sheet coordinates when the used range does not start at A1", () => {
    const grid = buildSheet({
      header: ["Ref", "Indicator", "Q2 2018/19"],
      rows: [["A1", "One", 1]],
      top: 4,
      left: 2,
    });
    const layout = detectTable(grid)!.layout;
    expect(layout.headerRow).toBe(4);
    expect(layout.columns).toEqual({ ref: 2, indicator: 3 });
    expect(layout.quarterColumns[0].column).toBe(4);
  });
});

describe("choosing the sheet", () => {
  const cover = buildSheet({ name: "Cover", header: ["Contents"], rows: [] });
  const data = buildSheet({ name: "Indicators", header: ["Ref", "Q2 2018/19"], rows: [["A1", 1]] });
  const other = buildSheet({
    name: "Volumetric",
    header: ["Ref", "Q2 2018/19"],
    rows: [["V1", 1]],
  });

  it("takes the active sheet when it holds a table, else the first that does", () => {
    const pick = (active?: string) => {
      const choice = chooseTable({ ...workbookOf(cover, data, other), activeSheet: active }, {});
      return choice.ok ? choice.table.layout.sheet : null;
    };
    expect(pick("Volumetric")).toBe("Volumetric");
    expect(pick("Cover")).toBe("Indicators");
    expect(pick(undefined)).toBe("Indicators");
  });

  it("takes the named sheet, or fails with one clear line", () => {
    const named = chooseTable(workbookOf(cover, data, other), { sheet: "volumetric" });
    expect(named.ok && named.table.layout.sheet).toBe("Volumetric");
    const missing = chooseTable(workbookOf(cover, data), { sheet: "Nope" });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.failure.kind).toBe("noSheet");
      expect(missing.failure.message).toMatch(/no sheet called "Nope".*Cover, Indicators/);
    }
    const empty = chooseTable(workbookOf(cover), { sheet: "Cover" });
    expect(!empty.ok && empty.failure.kind).toBe("noTable");
  });

  it("reports every sheet when none holds a table", () => {
    const choice = chooseTable(workbookOf(cover), {});
    expect(choice.ok).toBe(false);
    if (!choice.ok) {
      expect(choice.failure.kind).toBe("noTable");
      expect(choice.failure.findings.map((f) => [f.code, f.cell])).toEqual([
        ["table.notFound", "Cover"],
      ]);
      // Never a bare "not found" (issue 19): the forms read and the fix, in an analyst's words.
      expect(choice.failure.message).toMatch(/forms read: Q2 2018\/19, .*Apr 2018 - Mar 2019/);
      expect(choice.failure.message).toMatch(
        /To fix: head the column of indicator names "Indicator"/
      );
      expect(choice.failure.message).toContain("--columns indicator=A,E=2019/20");
      expect(choice.failure.findings[0].message).toContain("--columns indicator=A,E=2019/20");
    }
  });
});
