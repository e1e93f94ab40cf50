/**
 * The state sheet is untrusted input (issue 21): a record naming the analyst's own heading, labels
 * the add-in never writes, a status column that is also the reference column, or labelled cells
 * without the add-in's fill, is refused with nothing to change. Grids are worked out by hand as in
 * stateLocate.test.ts: the run wrote "Status Q2 2018/19" in D1 over refs P1 (A2) and P2 (A3).
 */
import fc from "fast-check";
import type { FormatSnapshot } from "../../src/engine/formatState";
import { locateEarlierRun } from "../../src/engine/stateLocate";
import { isOwnStatusHeading } from "../../src/engine/stateTrust";
import type { CellValue, SheetGrid } from "../../src/engine/types";

const markers = {
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
};
const snapshot: FormatSnapshot = {
  sheet: "S",
  statusColumn: 3,
  statusColumnAdded: true,
  originals: { D1: "{h}", D2: "{a}", D3: "{b}", C2: "{c}", C3: "{d}" },
  markers,
};
const values: CellValue[][] = [
  ["Ref", "Indicator", "Q2 2018/19", "Status Q2 2018/19"],
  ["P1", "One", 95, "On or better than target"],
  ["P2", "Two", 70, "Outside tolerance"],
];
const grid = (v: CellValue[][]): SheetGrid => ({ name: "S", top: 0, left: 0, values: v });
const ownFills = (cell: { row: number; col: number }) =>
  cell.col === 3 ? (cell.row === 1 ? "#8ED1B5" : "#EE8C7A") : null;

describe("the state is untrusted input", () => {
  it("refuses a record whose status heading is the analyst's Indicator heading", () => {
    const crafted: FormatSnapshot = {
      ...snapshot,
      statusColumn: 1,
      markers: { ...markers, statusHeading: "Indicator" },
    };
    const located = locateEarlierRun(crafted, grid(values));
    expect(located.ok).toBe(false);
    expect(!located.ok && located.message).toMatch(
      /"Indicator".*Status Q2 2018\/19.*Nothing was changed/
    );
  });

  it("refuses labels the add-in never writes", () => {
    const crafted: FormatSnapshot = {
      ...snapshot,
      markers: { ...markers, rows: [{ row: 1, ref: "P1", status: "One" }] },
    };
    const located = locateEarlierRun(crafted, grid(values));
    expect(!located.ok && located.message).toMatch(/"One" on row 2.*not one of its status labels/);
  });

  it("refuses a status column that is also the reference column", () => {
    const crafted: FormatSnapshot = {
      ...snapshot,
      markers: { ...markers, refHeading: "Status Q2 2018/19", refColumn: 3 },
    };
    const located = locateEarlierRun(crafted, grid(values));
    expect(!located.ok && located.message).toMatch(
      /column D both as the status column .*reference/
    );
  });

  it("accepts labelled cells with the add-in's fill (either palette), refuses them without", () => {
    expect(locateEarlierRun(snapshot, grid(values), null, ownFills).ok).toBe(true);
    const highContrast = (c: { row: number; col: number }) =>
      c.col === 3 ? (c.row === 1 ? "#009e73" : "#D55E00") : null;
    expect(locateEarlierRun(snapshot, grid(values), null, highContrast).ok).toBe(true);
    const analysts = (c: { row: number; col: number }) => (c.row === 2 ? "#FFFF00" : ownFills(c));
    const located = locateEarlierRun(snapshot, grid(values), null, analysts);
    expect(!located.ok && located.message).toMatch(/D3 holds "Outside tolerance" but not the fill/);
    expect(locateEarlierRun(snapshot, grid(values), null, () => null).ok).toBe(false);
  });

  it("property: a record naming any heading of the analyst's is refused, whatever its columns", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Ref", "Indicator", "Q2 2018/19", "Regional", "Status", "Status of plan"),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (heading, column, added) => {
          const crafted: FormatSnapshot = {
            ...snapshot,
            statusColumn: column,
            statusColumnAdded: added,
            markers: { ...markers, statusHeading: heading },
          };
          const v = values.map((row) => [...row, "Regional"]);
          v[0][4] = "Regional";
          expect(locateEarlierRun(crafted, grid(v)).ok).toBe(false);
        }
      )
    );
  });

  it("knows the headings it writes", () => {
    expect(isOwnStatusHeading("Status Q2 2018/19")).toBe(true);
    expect(isOwnStatusHeading("Status Q4 2023/24")).toBe(true);
    expect(isOwnStatusHeading("Indicator")).toBe(false);
    expect(isOwnStatusHeading("Status of the plan")).toBe(false);
  });
});
