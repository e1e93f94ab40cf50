/**
 * Headings real councils write as questions (Cheshire West and Chester's Council Plan pages:
 * "Are we achieving our target?", "Are we getting better?") are verdicts, not a target or a
 * polarity: the advice must point to RAG and Direction of travel, never to Target or Polarity.
 */
import { resemblance } from "../../src/engine/columnFindings";
import { findings } from "../../src/engine/findings";

describe("what an unread heading resembles", () => {
  it.each<[string, string]>([
    ["Are we achieving our target?", "rating"],
    ["Target met?", "rating"],
    ["On track", "rating"],
    ["Are we getting better?", "direction"],
    ["Improving?", "direction"],
    ["Long term trend", "direction"],
    ["Desired target", "target"],
    ["Good performance looks like", "polarity"],
    ["Amber threshold 2", "tolerance"],
    ["Core cities", "benchmark"],
  ])("%s → %s", (heading, like) => {
    expect(resemblance(heading)).toBe(like);
  });

  it("leaves a heading with no role word alone", () => {
    expect(resemblance("Expected level")).toBeNull();
  });

  it("advises RAG for a verdict column and Direction of travel for an improving column", () => {
    const where = { cell: "Sheet!G4", local: "G4" };
    const rating = findings.columnNotUsed(where, "Are we achieving our target?", "rating");
    expect(rating.message).toContain("looks like the council's own rating column");
    expect(rating.message).toContain("head it RAG (or Status)");
    expect(rating.message).not.toContain("head it Target");
    const direction = findings.columnNotUsed(where, "Are we getting better?", "direction");
    expect(direction.message).toContain("looks like a direction-of-travel column");
    expect(direction.message).toContain("head it Direction of travel (or DoT)");
    expect(direction.message).not.toContain("head it Polarity");
  });
});
