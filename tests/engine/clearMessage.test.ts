/** What Clear tells the user: what it restored, what it kept, and rows it could not find. */
import { clearedMessage, NOTHING_TO_CLEAR } from "../../src/engine/clearMessage";
import type { FormatSnapshot } from "../../src/engine/formatState";

const snapshot: FormatSnapshot = {
  sheet: "Indicators",
  statusColumn: 11,
  statusColumnAdded: true,
  originals: {},
};

describe("Clear's message", () => {
  it("says what was restored and kept, and where edits had moved the cells", () => {
    const message = clearedMessage(snapshot, {
      ok: true,
      moves: [
        { from: { row: 0, col: 11 }, to: { row: 0, col: 12 }, json: "{}" },
        { from: { row: 1, col: 11 }, to: { row: 1, col: 12 }, json: "{}" },
      ],
      emptyCells: [{ row: 0, col: 12 }],
      statusColumn: 12,
      statusWidth: null,
      goneRefs: ["P7"],
      moved: true,
    });
    expect(message).toBe(
      'Classification cleared on "Indicators": the original formats of 2 cells are restored, the status column the add-in added is emptied (found where your edits had moved them). Rows no longer in the sheet (deleted or their reference changed): P7. Kept: the Challenge summary and Challenge log sheets, with everything reviewers typed in them.'
    );
  });

  it("says so when there is nothing to clear, or the sheet is gone", () => {
    expect(NOTHING_TO_CLEAR).toMatch(/^Nothing to clear/);
    expect(clearedMessage(snapshot, null)).toMatch(
      /no longer in the workbook.*Kept: the Challenge/
    );
  });
});
