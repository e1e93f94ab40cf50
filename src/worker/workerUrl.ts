/**
 * Starts the engine's worker. webpack 5 sees `new Worker(new URL(…, import.meta.url))` and emits
 * the worker as its own file (no extra webpack entry). Jest maps this module to a stub (no Worker
 * in Node), so the engine then runs in the test's thread.
 */
export function startEngineWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  return new Worker(new URL("./engineWorker.ts", import.meta.url), { name: "engine-worker" });
}
