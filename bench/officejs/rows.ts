/** Table rows for the Office.js figures, with the reason for each miss taken from the recording. */
import { type Row, atMost, fmt, info } from "../table";
import type { ClassifyCost } from "./measure";

export const FIRST_READ_LIMIT = 20_000;
export const CHUNK_ROWS = 5_000;
export const MAX_REQUEST_BYTES = 4 * 2 ** 20;
export const UPLOAD_BYTES_PER_ROW = 25;
export const ACTIONS_AT_10K = 200;

export function syncTarget(rows: number): number {
  return rows <= FIRST_READ_LIMIT ? 2 : Math.ceil(rows / CHUNK_ROWS) + 1;
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
        : info(actionsFigure, fmt.int(c.actions), "(≤ 200 set at 10,000 rows)"),
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
      atMost(
        `${n}: upload per row`,
        c.bytesUp / c.rows,
        UPLOAD_BYTES_PER_ROW,
        (v) => `${v.toFixed(1)} B`,
        perRowBySheet(c)
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
