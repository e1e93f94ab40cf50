/**
 * A value sent from the engine's worker as several small messages. The page deserialises each
 * message's structured clone in one main-thread task; a 20,000-row result in one message blocked
 * the page for half a second. Every array longer than CHUNK_ITEMS is replaced by a placeholder and
 * its items are sent in parts of at most CHUNK_ITEMS, innermost arrays first, so each part can be
 * put together as it arrives and no task handles more than one part.
 */

/** Items per part: a part of 20,000-row results deserialises in a few milliseconds. */
export const CHUNK_ITEMS = 500;

/** Key of a placeholder object; no engine value has an own key of this name. */
const SLOT_KEY = "\u0000chunkSlot";

type Placeholder = { [SLOT_KEY]: number };

export type ChunkPart = { slot: number; items: unknown[] };
export type SplitValue = { parts: ChunkPart[]; skeleton: unknown };

function isPlaceholder(value: unknown): value is Placeholder {
  return typeof value === "object" && value !== null && SLOT_KEY in value;
}

/** Objects the engine builds: a Date or a Map travels whole, as structured clone sends it. By tag,
 * not prototype, so an object from another realm (a test's structuredClone) counts too. */
function isPlainObject(value: object): boolean {
  return Object.prototype.toString.call(value) === "[object Object]";
}

/** Splits `value` (plain data: objects, arrays, primitives) into parts and a small skeleton. */
export function splitValue(value: unknown): SplitValue {
  const parts: ChunkPart[] = [];
  let nextSlot = 0;
  const walk = (node: unknown): unknown => {
    if (typeof node !== "object" || node === null) return node;
    if (Array.isArray(node)) {
      const items = node.map(walk);
      if (items.length <= CHUNK_ITEMS) return items;
      const slot = nextSlot++;
      for (let at = 0; at < items.length; at += CHUNK_ITEMS)
        parts.push({ slot, items: items.slice(at, at + CHUNK_ITEMS) });
      return { [SLOT_KEY]: slot };
    }
    if (!isPlainObject(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(node)) out[key] = walk(item);
    return out;
  };
  const skeleton = walk(value);
  return { parts, skeleton };
}

/** Puts parts back together on the receiving side, one part at a time. */
export class ChunkAssembler {
  private readonly slots = new Map<number, unknown[]>();

  private resolve(node: unknown): unknown {
    if (typeof node !== "object" || node === null) return node;
    if (isPlaceholder(node)) {
      const items = this.slots.get(node[SLOT_KEY]) ?? [];
      this.slots.delete(node[SLOT_KEY]);
      return items;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = this.resolve(node[i]);
      return node;
    }
    if (!isPlainObject(node)) return node;
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = this.resolve(record[key]);
    return record;
  }

  /** Adds a part; the arrays it names were complete before it was sent. */
  add(part: ChunkPart): void {
    const items = this.slots.get(part.slot) ?? [];
    if (!this.slots.has(part.slot)) this.slots.set(part.slot, items);
    for (const item of part.items) items.push(this.resolve(item));
  }

  finish(skeleton: unknown): unknown {
    return this.resolve(skeleton);
  }
}
