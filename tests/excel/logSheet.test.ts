/**
 * The Challenge log's cell plan (src/excel/logSheet.ts): only our columns' changed cells, planned
 * rows lined up with the rows read (the engine keeps them in order and adds new ones after), a
 * reviewer's Trust response / Agreed action of an existing row never rewritten.
 * Expected writes worked out by hand from the rows below.
 */
import { LOG_HEADERS } from "../../src/engine/challengeLog";
import type { PlanValue } from "../../src/engine/plan-types";
import { logChanges } from "../../src/excel/logSheet";

const HEADER: PlanValue[] = [...LOG_HEADERS, "Owner"];

const PERIOD = "Q2 2018/19";

/** A log row in our order (period in K); `extra` goes in the reviewer's column L. */
function row(ref: string, value: string, council: string, draft: string, extra?: string) {
  return [
    ref,
    `Name ${ref}`,
    "Area",
    value,
    "On target",
    "Steady",
    council,
    null,
    null,
    draft,
    PERIOD,
    extra ?? null,
  ];
}

function asObject(changes: Map<number, Map<number, PlanValue>>): Record<string, PlanValue> {
  const out: Record<string, PlanValue> = {};
  for (const [col, rows] of changes) for (const [r, v] of rows) out[`${r},${col}`] = v;
  return out;
}

describe("Challenge log cell plan", () => {
  it("writes nothing when the run changes nothing", () => {
    const existing = [HEADER, row("A1", "5", "d1", "fp-1", "Kim"), row("A2", "7", "d2", "fp-2")];
    const plan = existing.map((r) => r.slice(0, 11));
    expect(asObject(logChanges(existing, 3, plan))).toEqual({});
  });

  it("lines planned rows up with the rows read, in their order, and writes only changed cells", () => {
    // The reviewer sorted the log: A2 is now above A1 (the engine keeps that order).
    const existing = [
      HEADER,
      row("A2", "7", "d2", "fp-2", "Lee"),
      row("A1", "5", "d1", "fp-1", "Kim"),
    ];
    const plan = [
      [...LOG_HEADERS],
      // A rerun: A1's value and draft change; A2 unchanged; A3 is new.
      ["A2", "Name A2", "Area", "7", "On target", "Steady", "d2", null, null, "fp-2", PERIOD],
      [
        "A1",
        "Name A1",
        "Area",
        "6",
        "On target",
        "Steady",
        "d1 new",
        "typed trust",
        46368,
        "fp-1b",
        PERIOD,
      ],
      ["A3", "Name A3", "Area", "9", "On target", "Steady", "d3", null, null, "fp-3", PERIOD],
    ];
    expect(asObject(logChanges(existing, 3, plan))).toEqual({
      // A1 is on sheet row 2: Value (D), Council challenge (G), draft (J); never H or I.
      "2,3": "6",
      "2,6": "d1 new",
      "2,9": "fp-1b",
      // A3 goes below the used rows (row 3), every non-empty cell of ours.
      "3,0": "A3",
      "3,1": "Name A3",
      "3,2": "Area",
      "3,3": "9",
      "3,4": "On target",
      "3,5": "Steady",
      "3,6": "d3",
      "3,9": "fp-3",
      "3,10": PERIOD,
    });
  });

  it("puts Period right of a reviewer's column on a log written before rows named it", () => {
    const existing = [
      [...LOG_HEADERS.slice(0, 10), "Owner"],
      [...row("A1", "5", "d1", "fp-1").slice(0, 10), "Kim"],
    ];
    const plan = [[...LOG_HEADERS], row("A1", "5", "d1", "fp-1").slice(0, 11)];
    // Owner (K, index 10) is the reviewer's: Period goes to L (index 11), heading and cell.
    expect(asObject(logChanges(existing, 2, plan))).toEqual({ "0,11": "Period", "1,11": PERIOD });
  });

  it("finds our columns by header when a reviewer inserted one before them", () => {
    const header = ["Owner", ...LOG_HEADERS];
    const existing = [header, ["Kim", ...row("A1", "5", "d1", "fp-1").slice(0, 11)]];
    const plan = [[...LOG_HEADERS], row("A1", "8", "d1", "fp-1").slice(0, 11)];
    // Value is column E (index 4) on this sheet; column A (the reviewer's) is never written.
    expect(asObject(logChanges(existing, 2, plan))).toEqual({ "1,4": "8" });
  });

  it("writes a missing header of ours", () => {
    const header = [...LOG_HEADERS];
    header[5] = null as unknown as (typeof LOG_HEADERS)[number];
    const plan = [[...LOG_HEADERS]];
    expect(asObject(logChanges([header], 1, plan))).toEqual({ "0,5": "Direction of travel" });
  });
});
