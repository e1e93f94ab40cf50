/** Between steps the bar creeps toward the next step's mark, never reaching it, and stops. */
import { progressHeartbeat, TICK_MS } from "../../src/xlsx/progressHeartbeat";

describe("progress heartbeat", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("reports the step, then moves every tick toward the next mark without reaching it", () => {
    let clock = 0;
    const seen: [string, number][] = [];
    const beat = progressHeartbeat(
      (label, fraction) => seen.push([label, fraction]),
      () => clock
    );
    beat.step("Classifying", 0.35, 0.6);
    expect(seen).toEqual([["Classifying", 0.35]]);
    clock = 100;
    jest.advanceTimersByTime(TICK_MS);
    // 0.35 + 0.25 × (1 − e^(−100/1500)) = 0.35 + 0.25 × 0.0644930 = 0.3661232 → 0.366123
    expect(seen[1]).toEqual(["Classifying", 0.366123]);
    clock = 30_000;
    jest.advanceTimersByTime(TICK_MS);
    // After 30 s the creep is 0.25 × (1 − e^(−20)): 0.6 at a millionth, and never beyond it.
    expect(seen[2][1]).toBeLessThanOrEqual(0.6);
    expect(seen[2][1]).toBeGreaterThan(0.599);
    beat.stop();
    jest.advanceTimersByTime(1_000);
    expect(seen).toHaveLength(3);
  });

  it("a new step replaces the creep of the one before", () => {
    let clock = 0;
    const seen: [string, number][] = [];
    const beat = progressHeartbeat(
      (label, fraction) => seen.push([label, fraction]),
      () => clock
    );
    beat.step("Reading the sheet", 0.15, 0.35);
    beat.step("Classifying", 0.35, 0.6);
    clock = 100;
    jest.advanceTimersByTime(TICK_MS);
    expect(seen.map(([label]) => label)).toEqual([
      "Reading the sheet",
      "Classifying",
      "Classifying",
    ]);
    beat.stop();
  });
});
