/**
 * Per-process caches for pure functions of a cell's text or number. A table repeats a handful of
 * polarity words, units and formats over thousands of rows, so each distinct input is worked out
 * once. Results are shared between rows: callers must treat them as read-only.
 */

/** Beyond this many distinct inputs the cache stops growing (odd sheets stay correct, just slower). */
export const MEMO_LIMIT = 10_000;

/** `fn` with its results kept per input; identical results to calling `fn` directly. */
export function memoise<K, V>(fn: (key: K) => V, limit = MEMO_LIMIT): (key: K) => V {
  const cache = new Map<K, V>();
  return (key: K): V => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = fn(key);
      if (cache.size < limit) cache.set(key, value);
    }
    return value as V;
  };
}
