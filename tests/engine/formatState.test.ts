import fc from "fast-check";
import {
  decodeSnapshot,
  encodeSnapshot,
  mergeSnapshots,
  STATE_CELL_LIMIT,
  STATE_SCHEMA,
  type FormatSnapshot,
} from "../../src/engine/formatState";
import { localAddress } from "../../src/engine/address";

const address = fc
  .tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 60 }))
  .map(([r, c]) => localAddress(r, c));
const format = fc.oneof(
  fc.constantFrom(
    "{}",
    '{"fill":{"type":"pattern","pattern":"solid","fgColor":{"argb":"FFFF0000"}}}',
    '{"numFmt":"0%"}'
  ),
  fc.json(),
  fc.string()
);
const snapshot: fc.Arbitrary<FormatSnapshot> = fc.record({
  sheet: fc.string({ minLength: 1, maxLength: 31 }),
  statusColumn: fc.option(fc.integer({ min: 0, max: 16000 }), { nil: null }),
  statusColumnAdded: fc.boolean(),
  originals: fc.dictionary(address, format, { maxKeys: 200 }),
});

describe("format state encoding", () => {
  it("decodes what it encodes", () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        expect(decodeSnapshot(encodeSnapshot(s))).toEqual(s);
      })
    );
  });

  it("keeps every cell text under Excel's limit", () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        for (const row of encodeSnapshot(s))
          for (const cell of row) expect(cell.length).toBeLessThanOrEqual(STATE_CELL_LIMIT);
      })
    );
  });

  it("merges a 50,000-row column of one format into one range", () => {
    const originals: Record<string, string> = {};
    for (let r = 1; r <= 50000; r++) {
      originals[localAddress(r, 13)] = "{}";
      originals[localAddress(r, 14)] = "{}";
    }
    originals["P7"] = '{"font":{"bold":true}}';
    const rows = encodeSnapshot({
      sheet: "Indicators",
      statusColumn: 14,
      statusColumnAdded: true,
      originals,
    });
    expect(rows).toHaveLength(3);
    expect(rows.slice(1)).toEqual(
      expect.arrayContaining([
        ["N2:O50001", "{}"],
        ["P7", '{"font":{"bold":true}}'],
      ])
    );
  });

  it("splits a long format and a long range list across cells and rows", () => {
    const longFormat = JSON.stringify({ note: "x".repeat(70000) });
    const originals: Record<string, string> = {};
    for (let r = 0; r < 20000; r += 2) originals[localAddress(r, 0)] = longFormat;
    const s: FormatSnapshot = {
      sheet: "S",
      statusColumn: null,
      statusColumnAdded: false,
      originals,
    };
    const rows = encodeSnapshot(s);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows[1].length).toBeGreaterThan(2);
    expect(decodeSnapshot(rows)).toEqual(s);
  });

  it("returns null for a damaged or foreign sheet", () => {
    const good = encodeSnapshot({
      sheet: "S",
      statusColumn: 3,
      statusColumnAdded: true,
      originals: { A1: "{}" },
    });
    expect(decodeSnapshot(null)).toBeNull();
    expect(decodeSnapshot([])).toBeNull();
    expect(decodeSnapshot([["Somebody else's notes"]])).toBeNull();
    expect(decodeSnapshot([[STATE_SCHEMA, "{not json"]])).toBeNull();
    expect(decodeSnapshot([[STATE_SCHEMA, '{"sheet":5}']])).toBeNull();
    expect(decodeSnapshot([good[0], ["not-an-address", "{}"]])).toBeNull();
    expect(decodeSnapshot([good[0], ["A1:XFD1048576", "{}"]])).toBeNull();
    expect(decodeSnapshot([good[0], [42, 17]])).toBeNull();
  });

  it("tolerates numbers and blanks where the host returned them", () => {
    const rows: unknown[][] = [
      ...encodeSnapshot({
        sheet: "S",
        statusColumn: 3,
        statusColumnAdded: true,
        originals: { A1: "{}" },
      }),
      [null, null],
    ];
    expect(decodeSnapshot(rows)?.originals).toEqual({ A1: "{}" });
  });
});

describe("merging snapshots", () => {
  it("keeps the earliest original of every cell and adds new cells", () => {
    fc.assert(
      fc.property(snapshot, fc.dictionary(address, format), (earlier, later) => {
        const merged = mergeSnapshots(earlier, { ...earlier, originals: later });
        for (const [cell, json] of Object.entries(earlier.originals))
          expect(merged.originals[cell]).toBe(json);
        for (const cell of Object.keys(later)) expect(merged.originals).toHaveProperty([cell]);
        expect(Object.keys(merged.originals).length).toBe(
          new Set([...Object.keys(earlier.originals), ...Object.keys(later)]).size
        );
      })
    );
  });

  it("is idempotent: merging the same run twice changes nothing", () => {
    fc.assert(
      fc.property(snapshot, snapshot, (a, b) => {
        const once = mergeSnapshots(a, b);
        expect(mergeSnapshots(once, b)).toEqual(once);
      })
    );
  });

  it("remembers that the status column was added by the first run", () => {
    const first: FormatSnapshot = {
      sheet: "S",
      statusColumn: 9,
      statusColumnAdded: true,
      originals: {},
    };
    const rerun: FormatSnapshot = {
      sheet: "S",
      statusColumn: 9,
      statusColumnAdded: false,
      originals: {},
    };
    expect(mergeSnapshots(first, rerun).statusColumnAdded).toBe(true);
  });

  it("starts afresh for another sheet", () => {
    const first: FormatSnapshot = {
      sheet: "S",
      statusColumn: 9,
      statusColumnAdded: true,
      originals: { A1: "x" },
    };
    const other: FormatSnapshot = {
      sheet: "T",
      statusColumn: 2,
      statusColumnAdded: true,
      originals: { B1: "y" },
    };
    expect(mergeSnapshots(first, other)).toEqual(other);
  });
});
