/**
 * The page's engine client and the worker, joined by a fake Worker that copies each message with
 * structured clone and delivers it later, as a browser does: a 1,200-indicator run comes back in
 * parts no longer than CHUNK_ITEMS, equal to the run done in this thread, and planWrite names the
 * kept result instead of sending 1,200 classifications back.
 */
import { makeIndicatorFixture, toEngineGrid } from "../../bench/fixtures";
import { runEngine } from "../../src/engine/run";
import { planWrite } from "../../src/engine/writePlan";
import { CHUNK_ITEMS } from "../../src/worker/chunkedMessage";
import type { EngineRequest, EngineResponse } from "../../src/worker/protocol";

const toWorker: EngineRequest[] = [];
const toPage: EngineResponse[] = [];

class FakeWorker {
  onmessage: ((event: { data: EngineResponse }) => void) | null = null;
  onerror: (() => void) | null = null;
  postMessage(message: EngineRequest): void {
    const copy = structuredClone(message);
    toWorker.push(copy);
    setTimeout(() => workerScope.onmessage?.({ data: copy }), 0);
  }
  terminate(): void {}
}

const page = new FakeWorker();
const workerScope = {
  onmessage: null as ((event: { data: EngineRequest }) => void) | null,
  postMessage(message: EngineResponse): void {
    // Kept apart from the copy delivered: the page puts parts together in place.
    toPage.push(structuredClone(message));
    const copy = structuredClone(message);
    setTimeout(() => page.onmessage?.({ data: copy }), 0);
  },
};

jest.mock("../../src/worker/workerUrl", () => ({ startEngineWorker: () => page }));

beforeAll(() => {
  (globalThis as unknown as { self: unknown }).self = workerScope;
  jest.isolateModules(() => {
    require("../../src/worker/engineWorker");
  });
});

const longestArray = (value: unknown): number => {
  if (Array.isArray(value)) return Math.max(value.length, ...value.map(longestArray));
  if (typeof value === "object" && value !== null)
    return Math.max(0, ...Object.values(value).map(longestArray));
  return 0;
};

it("runs and plans in the worker, in parts, without sending the result back", async () => {
  const { createEngineClient } = await import("../../src/worker/engineClient");
  const grid = toEngineGrid(makeIndicatorFixture(1_200, 4));
  const client = createEngineClient();
  const outcome = await client.runEngine(grid, {});
  const expected = runEngine(grid, {});
  expect(outcome).toEqual(expected);
  if (!outcome.ok || !expected.ok) throw new Error("the fixture should classify");
  expect(outcome.result.classifications).toHaveLength(1_200);
  // Every message to the page held no array longer than a part.
  expect(toPage.length).toBeGreaterThan(2 * Math.ceil(1_200 / CHUNK_ITEMS));
  for (const message of toPage) expect(longestArray(message)).toBeLessThanOrEqual(CHUNK_ITEMS);

  const plan = await client.planWrite(outcome.result, { logRows: null }, "default");
  expect(plan).toEqual(planWrite(expected.result, { logRows: null }, "default"));
  const planRequest = toWorker.find((m) => "op" in m && m.op === "planWrite");
  expect(planRequest && "result" in planRequest && planRequest.result).toEqual({ keptFrom: 1 });
});
