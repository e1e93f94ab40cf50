import { readFileSync } from "fs";
import { join } from "path";
import { FINDING_CODES, findings, showNumber } from "../../src/engine/findings";

const where = { cell: "Indicators!J12", local: "J12", ref: "A2" };

describe("findings", () => {
  it("documents every code in docs/findings.md, and nothing else", () => {
    const doc = readFileSync(join(__dirname, "../../docs/findings.md"), "utf8");
    const documented = [...doc.matchAll(/^\| `([a-zA-Z]+\.[a-zA-Z]+)` \|/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...FINDING_CODES].sort());
  });

  it("starts cell messages with the cell and keeps the cell and ref", () => {
    const made = [
      findings.notNumber(where, "the value for Q2 2018/19", "abc", true),
      findings.errorValue(where, "the target", "#N/A", false),
      findings.numberAsText(where, "the value for Q2 2018/19", "27%", 27),
      findings.suppressed(where, "the value for Q2 2018/19", "c"),
      findings.outOfRange(
        where,
        "the value for Q2 2018/19",
        105,
        "a percentage must be between 0 and 100",
        true
      ),
      findings.notInteger(where, "the value", 2.5),
      findings.missingValue(where, "Q2 2018/19"),
      findings.notApplicable(where, "Q2 2018/19", "n/a"),
      findings.unknownUnit(where, "Weeks"),
      findings.unknownPolarity(where, "Sideways"),
      findings.missingPolarity(where),
      findings.inferredPolarity(where, "higher", 85, 90),
      findings.polarityContradictsTolerance(where, "higher", 95, 90),
      findings.toleranceWrongSide(where, -5, 95, 90),
      findings.toleranceLooksLikeBand(where, 5, 90),
      findings.duplicateRef(where, "A5"),
      findings.rowWithoutIdentity({ cell: "Indicators!A14", local: "A14" }),
    ];
    for (const f of made) {
      expect(f.message).toMatch(/^[A-Z]+\d+: \S/);
      expect(FINDING_CODES).toContain(f.code);
      expect(f.cell.endsWith(f.message.split(":")[0])).toBe(true);
    }
    expect(made[0]).toEqual({
      severity: "error",
      code: "value.notNumber",
      cell: "Indicators!J12",
      ref: "A2",
      message:
        'J12: the value for Q2 2018/19 is "abc", which is not a number — type the figure, or n/a if there is none.',
    });
    expect(made[1].severity).toBe("warning");
    expect(made[6].message).toBe(
      "J12: no value for Q2 2018/19 — type the figure or mark the cell n/a."
    );
  });

  it("shows numbers without binary noise", () => {
    expect(showNumber(0.1 + 0.2)).toBe("0.3");
    expect(showNumber(91)).toBe("91");
  });
});
