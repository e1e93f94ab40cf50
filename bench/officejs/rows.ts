/** Table rows for the Office.js figures, with the reason for each miss taken from the recording. */
import { type Row, atMost, fmt, info } from "../table";
import type { ClassifyCost } from "./measure";

/** Issue 14: ≤ 2 syncs up to 10,000 rows, ≤ ⌈rows / 5,000⌉ + 1 beyond (first and second quarter). */
export const TWO_SYNC_ROWS = 10_000;
export const CHUNK_ROWS = 5_000;
export const MAX_REQUEST_BYTES = 4 * 2 ** 20;
/** Issue 14: the classification alone (status column, fills, state) at 10,000 rows. */
export const CLASSIFICATION_BYTES_PER_ROW = 40;
const LOG_SHEET = "Challenge log";
/**
 * Was 200. Issue 14's ≤ 40 B uploaded a row wins (the lead's decision): fills as packed getRanges
 * addresses cost a few dozen calls at 10,000 alternating rows; 343 measured, bound with a margin.
 */
export const ACTIONS_AT_10K = 375;

export function syncTarget(rows: number): number {
  return rows <= TWO_SYNC_ROWS ? 2 : Math.ceil(rows / CHUNK_ROWS) + 1;
}

/**
 * Upload per row of everything but the Challenge log's own writes: the read request, the status
 * column, fills, mirror copies, summary, state and every object path (addresses included). The
 * log's write actions are reported on their own.
 */
export function classificationBytes(c: ClassifyCost): number {
  return c.bytesUp - (c.writeBytesBySheet[LOG_SHEET] ?? 0);
}

function perRowBySheet(c: ClassifyCost): string {
  return Object.entries(c.writeBytesBySheet)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([sheet, bytes]) => `${sheet} ${(bytes / c.rows).toFixed(1)} B/row`)
    .join(", ");
}

function top(c: ClassifyCost): string {
  return c.topActions.map(([name, n]) => `${name} ${fmt.int(n)}`).join(", ");
}

export function officeRows(costs: ClassifyCost[]): Row[] {
  const rows: Row[] = [];
  for (const c of costs) {
    const n = `Office.js ${fmt.int(c.rows)} rows`;
    const working = c.syncs - c.cleanupSyncs;
    rows.push(
      {
        figure: `${n}: completes`,
        measured: c.ok ? "yes" : "no",
        target: "yes",
        ratio: "",
        pass: c.ok ? "yes" : "NO",
        why: c.problem,
      },
      atMost(
        `${n}: syncs (read + write)`,
        working,
        syncTarget(c.rows),
        fmt.int,
        `${c.readSyncs} read, ${c.writeSyncs} write; ${c.limitErrors} refused by the 5 MB payload limit`
      ),
      atMost(
        `${n}: cleanup round trips`,
        c.cleanupSyncs,
        0,
        fmt.int,
        "Excel.run releases the ranges the batch kept (_KeepReference) in one more request"
      )
    );
    const actionsFigure = `${n}: queued actions`;
    rows.push(
      c.rows === 10_000
        ? atMost(actionsFigure, c.actions, ACTIONS_AT_10K, fmt.int, top(c))
        : info(actionsFigure, fmt.int(c.actions), `(≤ ${ACTIONS_AT_10K} set at 10,000 rows)`),
      c.rows >= 2_000
        ? atMost(
            `${n}: range objects`,
            c.rangeObjects,
            c.rows - 1,
            fmt.int,
            "at least one range object per row"
          )
        : info(`${n}: range objects`, fmt.int(c.rangeObjects), "(none per row)"),
      atMost(`${n}: largest request`, c.largestRequest, MAX_REQUEST_BYTES, fmt.bytes),
      c.rows === TWO_SYNC_ROWS
        ? atMost(
            `${n}: upload per row, classification (all but the log's writes)`,
            classificationBytes(c) / c.rows,
            CLASSIFICATION_BYTES_PER_ROW,
            (v) => `${v.toFixed(1)} B`,
            perRowBySheet(c)
          )
        : info(
            `${n}: upload per row, classification (all but the log's writes)`,
            `${(classificationBytes(c) / c.rows).toFixed(1)} B`,
            `(≤ ${CLASSIFICATION_BYTES_PER_ROW} B set at 10,000 rows)`
          ),
      info(
        `${n}: upload per row, Challenge log`,
        `${((c.writeBytesBySheet[LOG_SHEET] ?? 0) / c.rows).toFixed(1)} B`
      ),
      info(
        `${n}: bytes up / down`,
        `${fmt.bytes(c.bytesUp)} / ${fmt.bytes(c.bytesDown)}`,
        "—",
        `largest response ${fmt.bytes(c.largestResponse)}`
      )
    );
  }
  return rows;
}

/** Clear needs the original formats: read with getCellProperties in the same read, never per cell. */
export function formatRecordRow(c: ClassifyCost): Row {
  const pass = c.getCellProperties > 0 && c.queries < 50;
  const how = c.copyFrom > 0 ? `copyFrom ×${c.copyFrom} to a hidden sheet` : "none seen";
  return {
    figure: `Original formats for Clear (${fmt.int(c.rows)} rows)`,
    measured: `getCellProperties in read ×${c.getCellProperties}; ${how}; ${c.queries} queries`,
    target: "getCellProperties in the read, no per-cell load",
    ratio: "",
    pass: pass ? "yes" : "NO",
    why: pass ? undefined : "formats are not read with getCellProperties in the read sync",
  };
}
