import { displayValue, roundHalfAwayFromZero } from "../../src/engine/valueText";

describe("numbers as Excel shows them", () => {
  it.each([
    [2.675, 2, "2.68"],
    [1.005, 2, "1.01"],
    [-2.5, 0, "-3"],
    [-0.4, 0, "0"],
    [9.995, 2, "10.00"],
    [0.22, 2, "0.22"],
    [1898, 0, "1898"],
  ])("%p to %p places is %p", (value, places, text) => {
    expect(roundHalfAwayFromZero(value, places)).toBe(text);
  });

  it("adds % for percentages", () => {
    expect(displayValue({ value: 91, cell: "S!A1", decimals: 0, percent: true })).toBe("91%");
    expect(displayValue({ value: 1.2, cell: "S!A1", decimals: 1, percent: true })).toBe("1.2%");
    expect(displayValue(null)).toBe("");
  });
});
