import { parsePolarity } from "../../src/engine/polarity";

describe("polarity words", () => {
  it.each(["Higher is better", "Higher", "High", "Up", "↑", "higher is better.", "  HIGH  "])(
    "%j is higher",
    (text) => {
      expect(parsePolarity(text)).toEqual({ kind: "known", polarity: "higher" });
    }
  );
  it.each(["Lower is better", "Lower", "Low", "Down", "↓"])("%j is lower", (text) => {
    expect(parsePolarity(text)).toEqual({ kind: "known", polarity: "lower" });
  });
  it("tells blank from unknown", () => {
    expect(parsePolarity(" ")).toEqual({ kind: "blank" });
    expect(parsePolarity("Sideways")).toEqual({ kind: "unknown", text: "Sideways" });
  });
});
