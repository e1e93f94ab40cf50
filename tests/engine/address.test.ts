import {
  addressMaker,
  cellAddress,
  columnIndex,
  columnLetters,
  localAddress,
  parseCellAddress,
  quoteSheetName,
} from "../../src/engine/address";
import fc from "fast-check";

describe("column letters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%i <-> %s", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it("round-trips every Excel column", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16383 }), (i) => columnIndex(columnLetters(i)) === i)
    );
  });

  it("rejects what is not a column", () => {
    expect(columnLetters(-1)).toBe("");
    expect(columnIndex("A1")).toBe(-1);
    expect(columnIndex("")).toBe(-1);
  });
});

describe("cell addresses", () => {
  it("writes plain sheet names bare and 1-based rows", () => {
    expect(cellAddress("Indicators", 1, 13)).toBe("Indicators!N2");
    expect(localAddress(11, 9)).toBe("J12");
  });

  it("quotes sheet names the way Excel does", () => {
    expect(cellAddress("Challenge log", 0, 0)).toBe("'Challenge log'!A1");
    expect(quoteSheetName("O'Brien data")).toBe("'O''Brien data'");
    expect(quoteSheetName("2018-19")).toBe("'2018-19'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("Data_2018")).toBe("Data_2018");
  });

  it("addressMaker gives the same addresses as cellAddress", () => {
    const make = addressMaker("Q2 data");
    expect(make(4, 27)).toBe(cellAddress("Q2 data", 4, 27));
  });

  it("parses addresses back, quoted or not", () => {
    expect(parseCellAddress("Indicators!N2")).toEqual({ sheet: "Indicators", row: 1, col: 13 });
    expect(parseCellAddress("'Challenge log'!A1")).toEqual({
      sheet: "Challenge log",
      row: 0,
      col: 0,
    });
    expect(parseCellAddress("'O''Brien'!$B$3")).toEqual({ sheet: "O'Brien", row: 2, col: 1 });
    expect(parseCellAddress("J12")).toEqual({ sheet: null, row: 11, col: 9 });
    expect(parseCellAddress("Sheet!12")).toBeNull();
    expect(parseCellAddress("'unclosed!A1")).toBeNull();
  });

  it("round-trips any sheet name and cell", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.nat(1048575),
        fc.nat(16383),
        (name, row, col) => {
          const parsed = parseCellAddress(cellAddress(name, row, col));
          expect(parsed).toEqual({ sheet: name, row, col });
        }
      )
    );
  });
});
