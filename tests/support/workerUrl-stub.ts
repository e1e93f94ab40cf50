/** Jest has no Web Worker (and no import.meta): the engine client runs the engine in-thread. */
export function startEngineWorker(): Worker | null {
  return null;
}
