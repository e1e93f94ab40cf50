import {
  capitalise,
  cardinalWord,
  joinWithAnd,
  ordinalWord,
  quartersWord,
} from "../../../src/engine/commentary/words";

describe("words", () => {
  it("spells out ordinals", () => {
    expect([1, 2, 3, 4, 5, 8, 9, 12, 20, 21, 33, 100].map(ordinalWord)).toEqual([
      "first",
      "second",
      "third",
      "fourth",
      "fifth",
      "eighth",
      "ninth",
      "twelfth",
      "twentieth",
      "twenty-first",
      "thirty-third",
      "one hundredth",
    ]);
  });

  it("spells out cardinals in British English", () => {
    expect(cardinalWord(7)).toBe("seven");
    expect(cardinalWord(42)).toBe("forty-two");
    expect(cardinalWord(104)).toBe("one hundred and four");
    expect(() => cardinalWord(1000)).toThrow(RangeError);
  });

  it("joins lists with a final 'and' and no Oxford comma", () => {
    expect(joinWithAnd(["a"])).toBe("a");
    expect(joinWithAnd(["a", "b"])).toBe("a and b");
    expect(joinWithAnd(["a", "b", "c"])).toBe("a, b and c");
  });

  it("counts quarters", () => {
    expect(quartersWord(1)).toBe("one quarter");
    expect(quartersWord(7)).toBe("seven quarters");
    expect(capitalise("performance")).toBe("Performance");
  });
});
