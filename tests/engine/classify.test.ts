import fc from "fast-check";
import { classifyValue } from "../../src/engine/classify";
import { thresholdFor } from "../../src/engine/tolerance";
import type { Polarity, Status } from "../../src/engine/types";
import { canonicalWorkbook, indicatorRow } from "./support/grid";
import { runOk } from "./support/run";

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const polarity = fc.constantFrom<Polarity>("higher", "lower");
const flip = (p: Polarity): Polarity => (p === "higher" ? "lower" : "higher");

describe("classifyValue", () => {
  it.each<[number, number, number | null, Polarity, Status]>([
    [91, 90, 85, "higher", "onTarget"],
    [90, 90, 85, "higher", "onTarget"],
    [87, 90, 85, "higher", "insideTolerance"],
    [85, 90, 85, "higher", "insideTolerance"],
    [84.9, 90, 85, "higher", "outsideTolerance"],
    [89, 90, null, "higher", "outsideTolerance"],
    [19, 20, 25, "lower", "onTarget"],
    [25, 20, 25, "lower", "insideTolerance"],
    [26, 20, 25, "lower", "outsideTolerance"],
  ])("value %d, target %d, threshold %p, %s -> %s", (value, target, threshold, pol, status) => {
    expect(classifyValue(value, target, threshold, pol)).toBe(status);
  });

  it("gives noTarget without a target", () => {
    expect(classifyValue(50, null, 40, "higher")).toBe("noTarget");
  });

  it("forgives floating noise of 1e-9 relative, and no more", () => {
    expect(classifyValue(89.99999999999, 90, 85, "higher")).toBe("onTarget");
    expect(classifyValue(84.9999999, 90, 85, "higher")).toBe("outsideTolerance");
  });

  it("mirrors: flipping polarity and negating value, target and threshold gives the same status", () => {
    fc.assert(
      fc.property(finite, fc.option(finite), fc.option(finite), polarity, (v, t, th, p) => {
        const mirrored = classifyValue(
          -v,
          t === null ? null : -t,
          th === null ? null : -th,
          flip(p)
        );
        expect(mirrored).toBe(classifyValue(v, t, th, p));
      })
    );
  });

  it("value equal to target is onTarget and equal to threshold is insideTolerance, in all tolerance modes", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: 0.001, max: 50, noNaN: true }),
        polarity,
        fc.constantFrom("threshold", "points", "percent" as const),
        (target, size, pol, mode) => {
          const tolerance =
            mode === "threshold" ? (pol === "higher" ? target - size : target + size) : size;
          const threshold = thresholdFor(mode, target, tolerance, pol)!;
          expect(classifyValue(target, target, threshold, pol)).toBe("onTarget");
          expect(classifyValue(threshold, target, threshold, pol)).toBe("insideTolerance");
        }
      )
    );
  });
});

describe("classifying indicators in a run", () => {
  it("rates the seed's A2 row: 91% against target 90 is on or better than target", () => {
    const result = runOk(canonicalWorkbook([indicatorRow("A2")]), { quarter: "Q2 2018/19" });
    expect(result.classifications[0]).toEqual({
      ref: "A2",
      row: 1,
      status: "onTarget",
      value: result.indicators[0].series[3].value,
      cell: "Indicators!L2",
    });
  });

  it("classifies the chosen quarter, not the latest", () => {
    const result = runOk(canonicalWorkbook([indicatorRow("A2", { "Q1 2018/19": 80 })]), {
      quarter: "2018/19 Q1",
    });
    expect(result.quarter.label).toBe("Q1 2018/19");
    expect(result.classifications[0]).toMatchObject({
      status: "outsideTolerance",
      cell: "Indicators!K2",
    });
  });
});
