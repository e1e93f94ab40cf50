import {
  cellText,
  isFilled,
  readCellNumber,
  toPercentagePoints,
} from "../../src/engine/cellNumber";

describe("reading a cell as a number", () => {
  it("reads numbers with the decimals their format shows", () => {
    expect(readCellNumber(91, undefined)).toEqual({
      kind: "number",
      value: 91,
      decimals: 0,
      percent: false,
      fromText: false,
    });
    expect(readCellNumber(1.25, "0.0")).toMatchObject({ value: 1.25, decimals: 1 });
  });

  it("reads %-formatted fractions as percentage points, without float noise", () => {
    expect(readCellNumber(0.91, "0%")).toMatchObject({
      kind: "number",
      value: 91,
      percent: true,
      decimals: 0,
    });
    expect(readCellNumber(0.07, "0.0%")).toMatchObject({ value: 7, decimals: 1 });
    expect(readCellNumber(0.013, "0.0%")).toMatchObject({ value: 1.3 });
    expect(toPercentagePoints(0.57)).toBe(57);
    expect(toPercentagePoints(1 / 3)).toBe(33.3333333333);
  });

  it.each([
    ["27%", 27, true, 0],
    ["1,898", 1898, false, 0],
    [" 91 ", 91, false, 0],
    ["12.50", 12.5, false, 2],
    ["-3", -3, false, 0],
  ])("uses text %j that reads as a number", (text, value, percent, decimals) => {
    expect(readCellNumber(text, undefined)).toEqual({
      kind: "number",
      value,
      percent,
      decimals,
      fromText: true,
    });
  });

  it.each(["n/a", "N/A", "tbc", "-", "", "   ", "TBC"])("%j means no value", (text) => {
    expect(["noValue", "empty"]).toContain(readCellNumber(text).kind);
  });

  it("treats null as empty", () => {
    expect(readCellNumber(null).kind).toBe("empty");
  });

  it.each(["c", "x", "z", "k", "u", "X"])("%s is a DfE suppression symbol", (symbol) => {
    expect(readCellNumber(symbol)).toEqual({ kind: "suppressed", symbol });
  });

  it("reports Excel errors and other text", () => {
    expect(readCellNumber({ error: "#DIV/0!" })).toEqual({ kind: "error", error: "#DIV/0!" });
    expect(readCellNumber("about ninety").kind).toBe("notNumber");
    expect(readCellNumber("1,89").kind).toBe("notNumber");
    expect(readCellNumber(true).kind).toBe("notNumber");
    expect(readCellNumber(NaN).kind).toBe("notNumber");
    expect(readCellNumber(Infinity).kind).toBe("notNumber");
  });

  it("gives text for names and refs", () => {
    expect(cellText(101)).toBe("101");
    expect(cellText("  A2 ")).toBe("A2");
    expect(cellText({ error: "#N/A" })).toBe("");
    expect(isFilled(" ")).toBe(false);
    expect(isFilled(0)).toBe(true);
  });
});
