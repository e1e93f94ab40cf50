/**
 * The second quarter on Excel on the web's 5 MB limit: classify the earlier quarter, fill the
 * Challenge log as reviewers would (Trust response, a dated Agreed action, an edited Council
 * challenge on every tenth row, a column of their own), then classify the next quarter, rerun it,
 * save one commentary, redraft it and clear. Each operation's requests are recorded separately;
 * at the end the reviewers' cells are checked, cell for cell.
 */
import { makeIndicatorFixture, quarterLabels, toMemoryWorkbook } from "../fixtures";
import { RecordingHost, type SyncRecord } from "./recorder";
import type { MemorySheet } from "./workbook";

export interface OperationCost {
  operation: string;
  ok: boolean;
  problem?: string;
  syncs: number;
  bytesUp: number;
  bytesDown: number;
  largestRequest: number;
  largestResponse: number;
  /** Requests refused by the payload limit. */
  refused: number;
  ms: number;
}

export interface SecondQuarterCost {
  rows: number;
  operations: OperationCost[];
  /** Every reviewer cell (own column, Trust response, Agreed action and its date format) kept. */
  reviewerCellsKept: boolean;
}

/** What the bench needs of the adapter (loaded by the phase, so a broken adapter is reported). */
export interface AdapterApi {
  classify(ctx: Excel.RequestContext, quarter: string): Promise<unknown>;
  save(ctx: Excel.RequestContext, ref: string, text: string): Promise<unknown>;
  redraft(ctx: Excel.RequestContext, ref: string): Promise<unknown>;
  clear(ctx: Excel.RequestContext): Promise<unknown>;
}

const TRUST =
  "The Trust has reviewed the cases behind this figure with the service manager. ".repeat(2);
const EDIT =
  "Council challenge: explain what has changed since last quarter and when it will recover. ";
const OWN_COLUMN_HEADER = "Reviewer notes";

function problemOf(result: unknown): string | undefined {
  const outcome = (result as { outcome?: { ok: boolean; message?: string } } | undefined)?.outcome;
  return outcome && !outcome.ok ? (outcome.message ?? "failed") : undefined;
}

async function measure(
  host: RecordingHost,
  operation: string,
  batch: (ctx: Excel.RequestContext) => Promise<unknown>
): Promise<OperationCost> {
  const from = host.syncs.length;
  const start = performance.now();
  let problem: string | undefined;
  try {
    problem = problemOf(await host.run(batch));
  } catch (error) {
    const e = error as { code?: string; message?: string };
    problem = `${e.code ?? "Error"}: ${e.message ?? String(error)}`.slice(0, 200);
  }
  const syncs: SyncRecord[] = host.syncs.slice(from);
  return {
    operation,
    ok: problem === undefined,
    problem,
    syncs: syncs.length,
    bytesUp: syncs.reduce((n, s) => n + s.bytesUp, 0),
    bytesDown: syncs.reduce((n, s) => n + s.bytesDown, 0),
    largestRequest: Math.max(0, ...syncs.map((s) => s.bytesUp)),
    largestResponse: Math.max(0, ...syncs.map((s) => s.bytesDown)),
    refused: syncs.filter((s) => s.error?.endsWith("PayloadSizeLimitExceeded")).length,
    ms: performance.now() - start,
  };
}

/** Column of `name` in the log's header row. */
function columnOf(log: MemorySheet, name: string): number {
  const at = (log.values[0] ?? []).indexOf(name);
  if (at < 0) throw new Error(`The Challenge log has no "${name}" column.`);
  return at;
}

/** Types into the log as reviewers would; returns a check that everything typed is still there. */
function typeIntoLog(log: MemorySheet): () => boolean {
  const trust = columnOf(log, "Trust response");
  const action = columnOf(log, "Agreed action");
  const council = columnOf(log, "Council challenge");
  const own = (log.values[0] ?? []).length + 1;
  log.setValue(0, own, OWN_COLUMN_HEADER);
  const typed: { row: number; col: number; value: string | number; format?: string }[] = [];
  for (let r = 1; r < log.values.length; r++) {
    if (log.value(r, 0) === "") continue;
    typed.push({ row: r, col: trust, value: `${TRUST}(${r})` });
    typed.push({ row: r, col: action, value: 46_000 + (r % 300), format: "dd/mm/yyyy" });
    typed.push({ row: r, col: own, value: `Owner ${r % 17}; follow-up due at the next panel.` });
    if (r % 10 === 0) typed.push({ row: r, col: council, value: `${EDIT}(${r})` });
  }
  for (const cell of typed) {
    log.setValue(cell.row, cell.col, cell.value);
    if (cell.format) log.setNumberFormat(cell.row, cell.col, cell.format);
  }
  const refs = typed.map((cell) => log.value(cell.row, 0));
  return () => {
    const now = log; // the same sheet object: the adapter never deletes the log
    return typed.every(
      (cell, i) =>
        now.value(cell.row, 0) === refs[i] &&
        now.value(cell.row, cell.col) === cell.value &&
        (!cell.format || now.numberFormat(cell.row, cell.col) === cell.format)
    );
  };
}

export async function measureSecondQuarter(
  adapter: AdapterApi,
  rows: number
): Promise<SecondQuarterCost> {
  const quarters = 9;
  const fixture = makeIndicatorFixture(rows, quarters);
  const [earlier, later] = quarterLabels(quarters).slice(-2);
  const host = new RecordingHost(toMemoryWorkbook(fixture));
  const operations: OperationCost[] = [];
  operations.push(await measure(host, `classify ${earlier}`, (c) => adapter.classify(c, earlier)));
  const log = host.server.book.sheet("Challenge log");
  const kept = log ? typeIntoLog(log) : () => false;
  // An indicator the log lists (which indicators are of concern depends on the size).
  const firstRef = String(log?.value(1, 0) || fixture.rows[0][0]);
  operations.push(
    await measure(host, `classify ${later} (log full)`, (c) => adapter.classify(c, later)),
    await measure(host, `rerun ${later}`, (c) => adapter.classify(c, later)),
    await measure(host, "save commentary", (c) => adapter.save(c, firstRef, `${EDIT}(saved)`)),
    await measure(host, "redraft", (c) => adapter.redraft(c, firstRef)),
    await measure(host, "clear", (c) => adapter.clear(c))
  );
  return { rows, operations, reviewerCellsKept: kept() };
}
