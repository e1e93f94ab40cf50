/**
 * The engine finds an earlier run's cells again after the analyst's edits (issue 10). Grids and
 * expected addresses are worked out by hand: the run wrote "Status Q2 2018/19" in D1 over refs
 * A2 = P1 and A3 = P2, with the Q2 values (C) filled.
 */
import type { FormatSnapshot } from "../../src/engine/formatState";
import { locateEarlierRun } from "../../src/engine/stateLocate";
import type { CellValue, SheetGrid } from "../../src/engine/types";
import {
  displayLine,
  hasHiddenCharacters,
  normaliseForMatching,
} from "../../src/engine/textNormalise";

const snapshot: FormatSnapshot = {
  sheet: "S",
  statusColumn: 3,
  statusColumnAdded: true,
  originals: { D1: "{h}", D2: "{a}", D3: "{b}", C2: "{c}", C3: "{d}" },
  markers: {
    headerRow: 0,
    statusHeading: "Status Q2 2018/19",
    refColumn: 0,
    refHeading: "Ref",
    nameColumn: 1,
    nameHeading: "Indicator",
    valueColumn: 2,
    valueHeading: "Q2 2018/19",
    rows: [
      { row: 1, ref: "P1", status: "On or better than target" },
      { row: 2, ref: "P2", status: "Outside tolerance" },
    ],
    statusWidth: 9,
  },
};

const grid = (values: CellValue[][]): SheetGrid => ({ name: "S", top: 0, left: 0, values });

describe("locateEarlierRun", () => {
  it("finds the cells where they were when nothing moved", () => {
    const located = locateEarlierRun(
      snapshot,
      grid([
        ["Ref", "Indicator", "Q2 2018/19", "Status Q2 2018/19"],
        ["P1", "One", 95, "On or better than target"],
        ["P2", "Two", 70, "Outside tolerance"],
      ])
    );
    expect(located.ok && located.moved).toBe(false);
    expect(located.ok && located.emptyCells).toEqual([
      { row: 0, col: 3 },
      { row: 1, col: 3 },
      { row: 2, col: 3 },
    ]);
  });

  it("follows a column inserted before the status column and rows swapped by a sort", () => {
    // Q3 inserted at D: the status column is now E; P2 sorted above P1.
    const located = locateEarlierRun(
      snapshot,
      grid([
        ["Ref", "Indicator", "Q2 2018/19", "Q3 2018/19", "Status Q2 2018/19"],
        ["P2", "Two", 70, 71, "Outside tolerance"],
        ["P1", "One", 95, 96, "On or better than target"],
      ])
    );
    if (!located.ok) throw new Error(located.message);
    const at = (json: string) => located.moves.find((m) => m.json === json)?.to;
    expect(at("{h}")).toEqual({ row: 0, col: 4 });
    expect(at("{a}")).toEqual({ row: 2, col: 4 });
    expect(at("{b}")).toEqual({ row: 1, col: 4 });
    expect(at("{c}")).toEqual({ row: 2, col: 2 });
    expect(at("{d}")).toEqual({ row: 1, col: 2 });
    expect(located.statusColumn).toBe(4);
    expect(located.statusWidth).toBe(9);
  });

  it("prefers the anchored cell when the heading was copied, and refuses without it", () => {
    const values: CellValue[][] = [
      ["Ref", "Indicator", "Q2 2018/19", "Status Q2 2018/19", "Status Q2 2018/19"],
      ["P1", "One", 95, "On or better than target", "On or better than target"],
      ["P2", "Two", 70, "Outside tolerance", "Outside tolerance"],
    ];
    expect(locateEarlierRun(snapshot, grid(values)).ok).toBe(false);
    const anchored = locateEarlierRun(snapshot, grid(values), { row: 0, col: 3 });
    expect(anchored.ok && anchored.statusColumn).toBe(3);
  });

  it("reports a deleted row, and refuses a ref now on two rows", () => {
    const deleted = locateEarlierRun(
      snapshot,
      grid([
        ["Ref", "Indicator", "Q2 2018/19", "Status Q2 2018/19"],
        ["P2", "Two", 70, "Outside tolerance"],
      ])
    );
    expect(deleted.ok && deleted.goneRefs).toEqual(["P1"]);
    const twice = locateEarlierRun(
      snapshot,
      grid([
        ["Ref", "Indicator", "Q2 2018/19", "Status Q2 2018/19"],
        ["P1", "One", 95, "On or better than target"],
        ["P2", "Two", 70, "Outside tolerance"],
        ["P1", "Copy", 95, "On or better than target"],
      ])
    );
    expect(twice.ok).toBe(false);
    expect(!twice.ok && twice.message).toMatch(/P1 now appears on 2 rows \(2, 4\)/);
  });

  it("leaves a status cell the analyst typed over, but still restores its format", () => {
    const located = locateEarlierRun(
      snapshot,
      grid([
        ["Ref", "Indicator", "Q2 2018/19", "Status Q2 2018/19"],
        ["P1", "One", 95, "Agreed with the trust"],
        ["P2", "Two", 70, "Outside tolerance"],
      ])
    );
    expect(located.ok && located.emptyCells).toEqual([
      { row: 0, col: 3 },
      { row: 2, col: 3 },
    ]);
    expect(located.ok && located.moves.some((m) => m.to.row === 1 && m.to.col === 3)).toBe(true);
  });
});

describe("text normalisation", () => {
  it("removes zero-width and bidi characters for matching, control characters for display", () => {
    expect(normaliseForMatching("Q2\u200b 2018/19")).toBe("Q2 2018/19");
    expect(normaliseForMatching("A1\u202e")).toBe("A1");
    expect(hasHiddenCharacters("A1\u200b")).toBe(true);
    expect(hasHiddenCharacters("A1")).toBe(false);
    expect(displayLine("a\u001b[2J\nb\u0007")).toBe("a[2J b");
  });
});
