/** The preview's sheet view shows numbers as Excel would (docs/engine.md: display rounding as Excel). */
import { formatNumber, roundHalfAway } from "../../src/preview/displayFormat";
import { cellText, columnLetters, parseCellReference } from "../../src/preview/sheetModel";

describe("Excel number formats in the preview", () => {
  it.each([
    [0.91, "0%", "91%"],
    [0.915, "0.0%", "91.5%"],
    [1898, "#,##0", "1,898"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [2.675, "0.00", "2.68"],
    [-5, "0;(0)", "(5)"],
    [-5.5, "0.0", "-5.5"],
    [7, '0 "days"', "7 days"],
    [12345, "£#,##0", "£12,345"],
    [123456789, "#,##0,", "123,457"],
    [91, "General", "91"],
    [1 / 3, undefined, "0.3333333333"],
    [45000, "dd/mm/yyyy", "15/03/2023"],
  ])("%p with %p shows %p", (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });

  it("rounds half away from zero on the decimal value, not the binary one", () => {
    expect(roundHalfAway(2.675, 2)).toBe(2.68);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
  });

  it("reads ExcelJS values: formulas by their result, rich text joined, errors as shown", () => {
    expect(cellText({ formula: "A1*2", result: 0.5 } as never, "0%").text).toBe("50%");
    expect(
      cellText({ richText: [{ text: "Social " }, { text: "care" }] } as never, undefined).text
    ).toBe("Social care");
    expect(cellText({ error: "#N/A" } as never, undefined).text).toBe("#N/A");
    expect(cellText("=HYPERLINK(1)", undefined)).toEqual({ text: "=HYPERLINK(1)", numeric: false });
  });

  it("parses cell references, quoted sheet names included, and names columns", () => {
    expect(parseCellReference("'KPI table'!I7")).toEqual({ sheet: "KPI table", row: 6, col: 8 });
    expect(parseCellReference("Indicators!AA10")).toEqual({ sheet: "Indicators", row: 9, col: 26 });
    expect(parseCellReference("Indicators")).toBeNull();
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
  });
});
