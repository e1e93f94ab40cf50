/** The state's written rows, packed (src/engine/packedRows.ts); expected strings worked out by hand. */
import { packRows, unpackRows } from "../../src/engine/packedRows";
import { parseMarkers, serialiseMarkers, type StateMarkers } from "../../src/engine/stateMarkers";

const rows = [
  { row: 4, ref: "ASC 101", status: "On target" },
  { row: 5, ref: "ASC 102", status: "On target" },
  { row: 7, ref: "ASC 1020", status: "Outside tolerance" },
];

describe("packed state rows", () => {
  it("packs runs of rows, refs by what they share with the ref before, statuses by index", () => {
    // ASC 101: shares 0, rest 7 → "07ASC 101"; ASC 102: shares 6, rest "2" → "612";
    // ASC 1020: shares 7, rest "0" → "710".
    expect(packRows(rows)).toEqual({
      runs: [4, 2, 7, 1],
      refs: "07ASC 101612710",
      statuses: ["On target", "Outside tolerance"],
      codes: "001",
    });
    expect(unpackRows(packRows(rows))).toEqual(rows);
  });

  it("keeps long refs, empty refs, refs sharing more than 35 characters and astral characters", () => {
    const long = "X".repeat(40);
    const odd = [
      { row: 0, ref: long, status: "" },
      { row: 1, ref: `${long}1`, status: "" },
      { row: 9, ref: "", status: "a" },
      { row: 3, ref: "\u{1F600}a", status: "a" },
      { row: 4, ref: "\u{1F600}b", status: "b" },
    ];
    const packed = packRows(odd)!;
    // 40 characters of rest: "z" + "14" (40 in base 36) + ".".
    expect(packed.refs.startsWith(`0z14.${long}`)).toBe(true);
    expect(unpackRows(packed)).toEqual(odd);
  });

  it("refuses a damaged packed form instead of guessing", () => {
    const packed = packRows(rows)!;
    expect(unpackRows({ ...packed, codes: "00" })).toBeNull();
    expect(unpackRows({ ...packed, refs: "07ASC 10" })).toBeNull();
    expect(unpackRows({ ...packed, runs: [4, 2] })).toBeNull();
    expect(unpackRows({ ...packed, codes: "009" })).toBeNull();
  });

  it("markers written packed read back the same, and markers written as triples still read", () => {
    const markers: StateMarkers = {
      headerRow: 1,
      statusHeading: "Status Q2 2018/19",
      refColumn: 0,
      refHeading: "Ref",
      nameColumn: 1,
      nameHeading: "Indicator",
      valueColumn: 8,
      valueHeading: "Q2 2018/19",
      rows,
      statusWidth: null,
    };
    const stored = JSON.parse(JSON.stringify(serialiseMarkers(markers))) as unknown;
    expect(parseMarkers(stored)).toEqual(markers);
    const triples = { ...markers, rows: rows.map((r) => [r.row, r.ref, r.status]) };
    expect(parseMarkers(triples)).toEqual(markers);
    expect(parseMarkers({ ...markers, rows: { runs: [1] } })).toBe("bad");
  });
});
