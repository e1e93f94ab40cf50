/** CLI and engine rows compare against floors measured in the same run and explain misses. */
import { cliRows, cliScalingRow, engineRows, median } from "../../bench/otherRows";
import type { XlsxPass } from "../../bench/phases/xlsx";

const pass = (mode: string, ms: number, exitCode?: number): XlsxPass => ({
  mode,
  ms,
  peakRssMiB: 300,
  baselineRssMiB: 100,
  exitCode,
});

describe("CLI rows", () => {
  it("compares the CLI's median with 1.5 × the ExcelJS floor's median", () => {
    const floor = [pass("exceljs", 1000), pass("exceljs", 1200), pass("exceljs", 900)];
    const within = cliRows(
      "x",
      floor,
      [pass("cli", 1400, 0), pass("cli", 1450, 0), pass("cli", 9000, 0)],
      []
    );
    const cli = within.find((r) => r.figure.startsWith("CLI classify"))!;
    expect(cli).toMatchObject({ pass: "yes", ratio: "1.45×" });
    const over = cliRows("x", floor, [pass("cli", 1600, 0)], []).find((r) =>
      r.figure.startsWith("CLI classify")
    )!;
    expect(over.pass).toBe("NO");
    expect(over.why).toMatch(/over/);
  });

  it("says the CLI was not measured when no pass completed", () => {
    const rows = cliRows(
      "x",
      [pass("exceljs", 1000)],
      [{ ...pass("cli", 5, 2), stderr: "no table" }],
      []
    );
    expect(rows.find((r) => r.figure.startsWith("CLI classify"))).toMatchObject({
      pass: "n/a",
      why: "no table",
    });
  });

  it("judges peak memory against 1.2 × ExcelJS's at the target size only", () => {
    const floor = [{ ...pass("exceljs", 1000), peakRssMiB: 500 }];
    const heavy = [{ ...pass("cli", 1400, 0), peakRssMiB: 650 }];
    const judged = cliRows("x", floor, heavy, []);
    // 650 / 500 = 1.30 > 1.2
    expect(judged.find((r) => r.figure.startsWith("CLI peak memory"))).toMatchObject({
      pass: "NO",
      ratio: "1.30×",
    });
    const reported = cliRows("x", floor, heavy, [], false);
    expect(reported.find((r) => r.figure.startsWith("CLI peak memory"))?.pass).toBe("info");
    expect(reported.find((r) => r.figure.startsWith("CLI classify"))).toMatchObject({
      pass: "info",
      ratio: "1.40×",
    });
  });

  it("calls the CLI linear when the largest size costs no more per indicator than 20,000", () => {
    const at = (ms: number, rss: number): XlsxPass[] => [
      { ...pass("cli", ms, 0), peakRssMiB: rss, baselineRssMiB: 100 },
    ];
    // Per 1,000: 2,000 → 500 ms, 50 MiB; 20,000 → 300 ms, 30 MiB; 100,000 → 330 ms, 33 MiB (1.10×).
    const linear = cliScalingRow([
      { indicators: 2_000, passes: at(1_000, 200) },
      { indicators: 20_000, passes: at(6_000, 700) },
      { indicators: 100_000, passes: at(33_000, 3_400) },
    ]);
    expect(linear).toMatchObject({ pass: "yes", ratio: "1.10×" });
    // 100,000 at 45 s is 450 ms per 1,000: 1.5 × the 300 ms of 20,000.
    const steeper = cliScalingRow([
      { indicators: 20_000, passes: at(6_000, 700) },
      { indicators: 100_000, passes: at(45_000, 3_100) },
    ]);
    expect(steeper).toMatchObject({ pass: "NO", ratio: "1.50×" });
    const failed = cliScalingRow([
      { indicators: 20_000, passes: at(6_000, 700) },
      { indicators: 100_000, passes: [{ ...pass("cli", 10, 1) }] },
    ]);
    expect(failed.pass).toBe("n/a");
  });

  it("takes the middle value as the median", () => {
    expect(median([3, 1, 2])).toBe(2);
  });
});

describe("engine rows", () => {
  it("rates indicator-quarters per second with and without the commentary", () => {
    const rows = engineRows({
      indicators: 1000,
      quarters: 8,
      engineMs: 10,
      commentaryMs: 6,
      loopMs: 0.1,
      classified: 1000,
      commentaryItems: 1000,
    });
    // 8,000 cells in 4 ms: 2 M/s, short of the 3 M/s issue 14 asks for without the commentary.
    expect(rows.find((r) => r.figure.startsWith("Engine without commentary"))).toMatchObject({
      measured: "2,000,000/s",
      target: "≥ 3,000,000/s",
      pass: "NO",
    });
    expect(rows.find((r) => r.figure.startsWith("Engine with commentary"))).toMatchObject({
      measured: "800,000/s",
      pass: "NO",
    });
    expect(rows.find((r) => r.figure.startsWith("Engine on the sample"))?.pass).toBe("n/a");
  });

  it("judges the sample by one whole run's time: under a millisecond", () => {
    const base = { indicators: 1000, quarters: 8, engineMs: 10, commentaryMs: 6, loopMs: 0.1 };
    const sample = (ms: number) =>
      engineRows({
        ...base,
        classified: 1000,
        commentaryItems: 1000,
        sample: { indicators: 25, quarters: 8, sentences: 115, commentaryItems: 25, ms },
      }).find((r) => r.figure.startsWith("Engine on the sample"));
    expect(sample(0.4)).toMatchObject({ pass: "yes", target: "≤ 1.0 ms" });
    // 200 cells in 1.5 ms: 133,333 a second, said where the miss is explained.
    expect(sample(1.5)).toMatchObject({ pass: "NO", why: "133,333 indicator-periods/s" });
  });

  it("reports an engine that could not be loaded instead of a number", () => {
    const rows = engineRows(undefined, "engine not loadable");
    expect(rows).toEqual([expect.objectContaining({ pass: "n/a", why: "engine not loadable" })]);
  });
});
