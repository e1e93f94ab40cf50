/** The bench's fixtures are realistic and repeatable; its table states verdicts and ratios. */
import { makeIndicatorFixture, quarterLabels, toMemoryWorkbook } from "../../bench/fixtures";
import { atLeast, atMost, fmt, renderMisses, renderTable } from "../../bench/table";

describe("indicator fixtures", () => {
  it("builds N rows × 20 columns with normalised quarter headers, the same every time", () => {
    const fixture = makeIndicatorFixture(120, 9);
    expect(fixture.header).toHaveLength(20);
    expect(fixture.rows).toHaveLength(120);
    expect(fixture.rows.every((row) => row.length === 20)).toBe(true);
    expect(fixture.header.slice(8, 17)).toEqual(quarterLabels(9));
    expect(quarterLabels(5)).toEqual([
      "Q1 2017/18",
      "Q2 2017/18",
      "Q3 2017/18",
      "Q4 2017/18",
      "Q1 2018/19",
    ]);
    expect(makeIndicatorFixture(120, 9)).toEqual(fixture);
    expect(new Set(fixture.rows.map((r) => r[0])).size).toBe(120);
  });

  it("stores percentages as fractions with a % format, as an analyst's sheet does", () => {
    const fixture = makeIndicatorFixture(40, 8);
    const percentRows = fixture.rows.filter((r) => r[5] === "%");
    expect(percentRows.length).toBeGreaterThan(0);
    for (const row of percentRows) {
      const values = row.slice(8, 16).filter((v): v is number => typeof v === "number");
      expect(values.every((v) => v >= 0 && v <= 1)).toBe(true);
    }
    const book = toMemoryWorkbook(fixture);
    const sheet = book.sheet("Indicators")!;
    expect(sheet.value(1, 0)).toBe("Ref");
    const firstPercent = fixture.rows.indexOf(percentRows[0]);
    expect(sheet.numberFormat(firstPercent + 2, 8)).toBe("0%");
    expect(sheet.usedBox(true)).toEqual({ row: 0, col: 0, rows: 42, cols: 19 });
  });
});

describe("bench table", () => {
  it("passes an upper bound at or under the target and states the ratio", () => {
    expect(atMost("syncs", 2, 2, fmt.int)).toMatchObject({
      pass: "yes",
      ratio: "1.00×",
      target: "≤ 2",
    });
    const miss = atMost("syncs", 5, 2, fmt.int, "three chunks");
    expect(miss).toMatchObject({ pass: "NO", ratio: "2.50×", why: "three chunks" });
    expect(atLeast("rate", 500, 1000, fmt.int)).toMatchObject({ pass: "NO", ratio: "0.50×" });
  });

  it("renders one Markdown table and lists only the misses", () => {
    const rows = [atMost("a", 1, 2, fmt.int), atMost("b", 3, 2, fmt.int, "why b")];
    const table = renderTable(rows).split("\n");
    expect(table[0]).toMatch(/^\| Figure +\| Measured +\| Target \/ floor +\| Ratio +\| Pass +\|$/);
    expect(table).toHaveLength(4);
    expect(renderMisses(rows)).toBe("- b: 3 against ≤ 2 (1.50×) — why b");
    expect(renderMisses([rows[0]])).toBe("Every target holds.");
  });
});
