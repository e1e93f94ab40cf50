import type { Finding } from "../../src/engine/types";
import {
  ROWS_SHOWN,
  findingRows,
  groupFindings,
  messageWithoutCell,
  shortCell,
} from "../../src/taskpane/findingGroups";

const info = (row: number): Finding => ({
  severity: "info",
  code: "polarity.unknown",
  cell: `KPIs!E${row}`,
  message: `E${row}: polarity 'Info' is not recognised — the row is treated as volumetric.`,
});

/** A warning on one cell of row 12, its message naming the cell's own value. */
const decimals = (column: string, value: number): Finding => ({
  severity: "warning",
  code: "value.notInteger",
  cell: `KPIs!${column}12`,
  message: `${column}12: ${value} is not a whole number, but the unit is a count.`,
});

describe("findings grouped by row and kind", () => {
  it("takes the leading cell off a message, and only a cell", () => {
    expect(messageWithoutCell("J12: the number 27% is stored as text.")).toBe(
      "the number 27% is stored as text."
    );
    expect(messageWithoutCell("B2:C4: merged heading.")).toBe("merged heading.");
    expect(messageWithoutCell("Note: something")).toBe("Note: something");
    expect(shortCell("'My sheet'!P12")).toBe("P12");
  });

  it("one card per row for the same kind, listing its cells, even when messages differ", () => {
    const row = ["P", "Q", "R", "S"].map((c, i) => decimals(c, 10.5 + i));
    const kinds = groupFindings(row);
    expect(kinds).toHaveLength(1);
    expect(kinds[0].cards).toHaveLength(1);
    expect(kinds[0].cards[0].findings.map((f) => shortCell(f.cell))).toEqual([
      "P12",
      "Q12",
      "R12",
      "S12",
    ]);
    expect(kinds[0].cards[0].message).toBe("10.5 is not a whole number, but the unit is a count.");
  });

  it("errors first; a kind on many rows shows its first rows and 'N more like this'", () => {
    const error: Finding = {
      severity: "error",
      code: "value.notNumber",
      cell: "KPIs!N7",
      message: "N7: the value “tbc” is not a number — type the figure or mark the cell n/a.",
    };
    const many = [3, 4, 5, 6, 7, 8].map(info);
    const kinds = groupFindings([...many, error]);
    expect(kinds.map((k) => [k.severity, k.cards.length])).toEqual([
      ["error", 1],
      ["info", 6],
    ]);
    const closed = findingRows(kinds, new Set());
    expect(closed.map((r) => (r.kind === "card" ? r.card.findings[0].cell : r.hidden))).toEqual([
      "KPIs!N7",
      "KPIs!E3",
      "KPIs!E4",
      "KPIs!E5",
      6 - ROWS_SHOWN,
    ]);
    const open = findingRows(kinds, new Set([kinds[1].key]));
    expect(open.filter((r) => r.kind === "card")).toHaveLength(7);
    expect(open[open.length - 1]).toMatchObject({ kind: "more", expanded: true });
  });

  it("findings with no row (the sheet, the workbook) are cards of their own", () => {
    const sheetWide: Finding = {
      severity: "info",
      code: "table.footnotes",
      cell: "KPIs",
      message: "a",
    };
    const book: Finding = { severity: "info", code: "table.footnotes", cell: "", message: "b" };
    expect(groupFindings([sheetWide, book])[0].cards).toHaveLength(2);
  });
});
