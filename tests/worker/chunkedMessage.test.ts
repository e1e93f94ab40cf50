/** A value split into parts of at most CHUNK_ITEMS items comes back equal, part by part. */
import { ChunkAssembler, CHUNK_ITEMS, splitValue } from "../../src/worker/chunkedMessage";

const longest = (value: unknown): number => {
  if (Array.isArray(value)) return Math.max(value.length, ...value.map(longest));
  if (typeof value === "object" && value !== null)
    return Math.max(0, ...Object.values(value).map(longest));
  return 0;
};

describe("chunked messages", () => {
  it("sends a short value whole, as its skeleton", () => {
    const value = { a: [1, 2, 3], b: "text", c: null };
    const { parts, skeleton } = splitValue(value);
    expect(parts).toEqual([]);
    expect(skeleton).toEqual(value);
  });

  it("splits long arrays, nested ones first, and puts them back in order", () => {
    // 1,201 rows, each with a list of 600 numbers on every 400th row.
    const rows = Array.from({ length: 1_201 }, (_, i) => ({
      ref: `R${i}`,
      values: i % 400 === 0 ? Array.from({ length: 600 }, (_, k) => k) : [i],
      when: new Date(Date.UTC(2024, 0, 1 + (i % 28))),
    }));
    const value = { ok: true, result: { rows, sheet: "Indicators" } };
    const { parts, skeleton } = splitValue(value);
    // Four inner lists of 600 (rows 0, 400, 800, 1,200): 2 parts each; the 1,201 rows: 3 parts.
    expect(parts).toHaveLength(4 * 2 + 3);
    expect(parts.slice(0, 8).every((p) => p.items.every((item) => typeof item === "number"))).toBe(
      true
    );
    for (const part of parts) expect(part.items.length).toBeLessThanOrEqual(CHUNK_ITEMS);
    expect(longest(skeleton)).toBeLessThanOrEqual(CHUNK_ITEMS);
    // Each message is a structured clone of what was sent.
    const received = new ChunkAssembler();
    for (const part of parts) received.add(structuredClone(part));
    expect(received.finish(structuredClone(skeleton))).toEqual(value);
  });

  it("keeps an array of exactly CHUNK_ITEMS items whole", () => {
    const { parts } = splitValue({ list: Array<number>(CHUNK_ITEMS).fill(7) });
    expect(parts).toEqual([]);
  });
});
