import type { Finding } from "../../src/engine/types";
import { findingRows, groupFindings, messageWithoutCell } from "../../src/taskpane/findingGroups";

const info = (row: number): Finding => ({
  severity: "info",
  code: "polarity.unknown",
  cell: `KPIs!E${row}`,
  message: `E${row}: polarity 'Info' is not recognised — the row is treated as volumetric.`,
});

describe("findings grouped by kind", () => {
  it("takes the leading cell off a message, and only a cell", () => {
    expect(messageWithoutCell("J12: the number 27% is stored as text.")).toBe(
      "the number 27% is stored as text."
    );
    expect(messageWithoutCell("B2:C4: merged heading.")).toBe("merged heading.");
    expect(messageWithoutCell("Note: something")).toBe("Note: something");
  });

  it("counts the same problem on many rows once, errors first", () => {
    const error: Finding = {
      severity: "error",
      code: "value.notNumber",
      cell: "KPIs!N7",
      message: "N7: the value “tbc” is not a number — type the figure or mark the cell n/a.",
    };
    const findings = [info(3), info(4), info(5), error];
    const kinds = groupFindings(findings);
    expect(kinds.map((k) => [k.severity, k.findings.length])).toEqual([
      ["error", 1],
      ["info", 3],
    ]);
    expect(kinds[1].message).toBe(
      "polarity 'Info' is not recognised — the row is treated as volumetric."
    );
  });

  it("shows a kind met once as its finding, others as a group that expands to its cells", () => {
    const kinds = groupFindings([info(3), info(4)]);
    expect(findingRows(kinds, new Set()).map((r) => r.kind)).toEqual(["group"]);
    const open = findingRows(kinds, new Set([kinds[0].key]));
    expect(open.map((r) => (r.kind === "cell" ? r.finding.cell : r.kind))).toEqual([
      "group",
      "KPIs!E3",
      "KPIs!E4",
    ]);
    expect(findingRows(groupFindings([info(9)]), new Set())[0].kind).toBe("single");
  });
});
