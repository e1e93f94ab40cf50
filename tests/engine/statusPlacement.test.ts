/** The status column never lands on a cell that holds something, blanks typed as spaces included. */
import { CANONICAL_HEADER, buildSheet, indicatorRow, workbookOf } from "./support/grid";
import { runOk } from "./support/run";

describe("where the status column goes", () => {
  const lastHeading = CANONICAL_HEADER.length - 1;

  it("goes right after the table when nothing is beside it", () => {
    const result = runOk(
      workbookOf(buildSheet({ header: CANONICAL_HEADER, rows: [indicatorRow("A1")] }))
    );
    expect(result.layout.lastColumn).toBe(lastHeading);
  });

  it("goes past a header cell holding only spaces", () => {
    const result = runOk(
      workbookOf(buildSheet({ header: [...CANONICAL_HEADER, "   "], rows: [indicatorRow("A1")] }))
    );
    expect(result.layout.lastColumn).toBe(lastHeading + 1);
  });
});
