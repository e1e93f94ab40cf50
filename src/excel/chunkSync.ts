/**
 * One read sync of a chunk on Excel on the web's 5 MB limit: counted in the report; a refusal for
 * size gives the smaller chunk to retry with (never below MIN_CHUNK_ROWS), anything else throws.
 */
import { isPayloadLimitError } from "./errors";
import { MIN_CHUNK_ROWS, type SyncReport } from "./types";

/** null when the chunk was read; else the number of rows to retry with. */
export async function syncReadChunk(
  context: Excel.RequestContext,
  report: SyncReport,
  size: number
): Promise<number | null> {
  report.syncs++;
  report.readSyncs++;
  try {
    await context.sync();
    return null;
  } catch (error) {
    if (isPayloadLimitError(error) && size > MIN_CHUNK_ROWS)
      return Math.max(MIN_CHUNK_ROWS, Math.floor(size / 2));
    throw error;
  }
}
