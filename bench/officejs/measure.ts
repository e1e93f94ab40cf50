/**
 * Measures the adapter's "Classify quarter" on the real Office.js runtime: one fresh in-memory
 * workbook per size, one `Excel.run` (URL form) around `classifyInContext`, every request recorded.
 */
import { makeIndicatorFixture, toMemoryWorkbook } from "../fixtures";
import { RecordingHost, type SyncRecord } from "./recorder";

export interface ClassifyCost {
  rows: number;
  ok: boolean;
  /** Message when classify did not complete (adapter error or failure outcome). */
  problem?: string;
  syncs: number;
  readSyncs: number;
  writeSyncs: number;
  cleanupSyncs: number;
  /** Requests refused by the payload limit (each cost a round trip before the retry). */
  limitErrors: number;
  actions: number;
  maxActionsPerSync: number;
  rangeObjects: number;
  bytesUp: number;
  bytesDown: number;
  largestRequest: number;
  largestResponse: number;
  getCellProperties: number;
  copyFrom: number;
  queries: number;
  /** Bytes of writing actions per target sheet, all syncs together. */
  writeBytesBySheet: Record<string, number>;
  /** Action names that together make up most of the queued actions, largest first. */
  topActions: [string, number][];
  unsupported: string[];
  statusesWritten: number;
  ms: number;
}

export type ClassifyInContext = (
  ctx: Excel.RequestContext,
  options?: Record<string, unknown>
) => Promise<unknown>;

function sum(syncs: SyncRecord[], pick: (s: SyncRecord) => number): number {
  return syncs.reduce((total, s) => total + pick(s), 0);
}

function topActions(syncs: SyncRecord[]): [string, number][] {
  const totals = new Map<string, number>();
  for (const s of syncs)
    for (const [name, n] of Object.entries(s.actionNames))
      totals.set(name, (totals.get(name) ?? 0) + n);
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
}

function bySheet(syncs: SyncRecord[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const s of syncs)
    for (const [sheet, n] of Object.entries(s.writeBytesBySheet))
      totals[sheet] = (totals[sheet] ?? 0) + n;
  return totals;
}

function problemOf(result: unknown): string | undefined {
  const outcome = (result as { outcome?: { ok: boolean; message?: string } } | undefined)?.outcome;
  return outcome && !outcome.ok ? (outcome.message ?? "classify failed") : undefined;
}

/** Counts status texts written in the column after the fixture's table (proof the write landed). */
function statusesWritten(host: RecordingHost, columns: number): number {
  const sheet = host.server.book.sheet("Indicators");
  if (!sheet) return 0;
  let n = 0;
  for (let r = 2; r < sheet.values.length; r++) if (sheet.value(r, columns) !== "") n++;
  return n;
}

export async function measureClassify(
  classify: ClassifyInContext,
  rows: number
): Promise<ClassifyCost> {
  const fixture = makeIndicatorFixture(rows, 9);
  const host = new RecordingHost(toMemoryWorkbook(fixture));
  const start = performance.now();
  let problem: string | undefined;
  try {
    problem = problemOf(await host.run((context) => classify(context, {})));
  } catch (error) {
    const e = error as { code?: string; message?: string };
    problem = `${e.code ?? "Error"}: ${e.message ?? String(error)}`.slice(0, 200);
  }
  const ms = performance.now() - start;
  const syncs = host.syncs;
  return {
    rows,
    ok: problem === undefined,
    problem,
    syncs: syncs.length,
    readSyncs: syncs.filter((s) => s.kind === "read").length,
    writeSyncs: syncs.filter((s) => s.kind === "write").length,
    cleanupSyncs: syncs.filter((s) => s.kind === "cleanup").length,
    limitErrors: syncs.filter((s) => s.error?.endsWith("PayloadSizeLimitExceeded")).length,
    actions: sum(syncs, (s) => s.actions),
    maxActionsPerSync: Math.max(0, ...syncs.map((s) => s.actions)),
    rangeObjects: sum(syncs, (s) => s.rangeObjects),
    bytesUp: sum(syncs, (s) => s.bytesUp),
    bytesDown: sum(syncs, (s) => s.bytesDown),
    largestRequest: Math.max(0, ...syncs.map((s) => s.bytesUp)),
    largestResponse: Math.max(0, ...syncs.map((s) => s.bytesDown)),
    getCellProperties: sum(
      syncs.filter((s) => s.kind === "read"),
      (s) => s.actionNames["Method:GetCellProperties"] ?? 0
    ),
    copyFrom: sum(syncs, (s) => s.actionNames["Method:CopyFrom"] ?? 0),
    queries: sum(syncs, (s) => s.actionNames.Query ?? 0),
    writeBytesBySheet: bySheet(syncs),
    topActions: topActions(syncs),
    unsupported: [...host.server.unsupported],
    statusesWritten: statusesWritten(host, fixture.header.length),
    ms,
  };
}
