/**
 * The recording transport: every `context.sync()` of the real runtime arrives here as the HTTP
 * request it would send to Excel (URL form of `Excel.run`), is measured, and is answered by the
 * in-memory host. Excel on the web refuses requests and responses over 5 MB; the host does too.
 */
import { type SendRequest, type SendResponse, loadOfficeRuntime } from "./runtime";
import { type RequestBody, RichApiHost } from "./server";
import type { MemoryWorkbook } from "./workbook";

export const HOST_URL = "https://bench-host.invalid/excel";
/** Excel on the web's documented payload limit ("5 MB"), taken at its strictest reading. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

export interface SyncRecord {
  bytesUp: number;
  bytesDown: number;
  actions: number;
  /** Actions by RichApi name, for finding what dominates a request (`Query`, `SetProperty:Values`…). */
  actionNames: Record<string, number>;
  /** Bytes of the action entries by the same names (object paths not included). */
  actionBytes: Record<string, number>;
  kind: "read" | "write" | "cleanup";
  /** Range objects the request creates (object paths of getRange, getCell, getRow…). */
  rangeObjects: number;
  /** Bytes of setters and methods by the sheet they write to (object paths not included). */
  writeBytesBySheet: Record<string, number>;
  error?: string;
}

const RANGE_METHODS =
  /^Get(Range|Ranges|RangeByIndexes|Cell|Row|Column|BoundingRect|Intersection|UsedRange|Entire|Resized|Offset|Absolute|Last|RowsBelow|ColumnsAfter)/;
const MUTATING_METHODS =
  /^(Set|Clear|Add|Delete|Activate|Select|Autofit|Insert|Merge|Unmerge|Calculate)/;

function describe(body: RequestBody): Pick<SyncRecord, "actionNames" | "actionBytes" | "kind"> {
  const actionNames: Record<string, number> = {};
  const actionBytes: Record<string, number> = {};
  let writes = 0;
  let removals = 0;
  for (const action of body.Actions) {
    const key =
      ["", "Instantiate", "Query", "Method", "SetProperty", "Trace"][action.ActionType] ??
      `Type${action.ActionType}`;
    const name = action.ActionType === 3 || action.ActionType === 4 ? `${key}:${action.Name}` : key;
    actionNames[name] = (actionNames[name] ?? 0) + 1;
    actionBytes[name] = (actionBytes[name] ?? 0) + Buffer.byteLength(JSON.stringify(action));
    if (action.ActionType === 4 || (action.ActionType === 3 && MUTATING_METHODS.test(action.Name)))
      writes++;
    if (action.ActionType === 3 && action.Name === "_RemoveReference") removals++;
  }
  const kind =
    removals > 0 && writes === 0 && !body.Actions.some((a) => a.ActionType === 2)
      ? "cleanup"
      : writes > 0
        ? "write"
        : "read";
  return { actionNames, actionBytes, kind };
}

export class RecordingHost {
  readonly server: RichApiHost;
  readonly syncs: SyncRecord[] = [];

  constructor(book: MemoryWorkbook) {
    this.server = new RichApiHost(book);
  }

  /** Runs a batch with `Excel.run(url, batch)` so that its syncs reach this host. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const { Excel, OfficeExtension } = loadOfficeRuntime();
    OfficeExtension.HttpUtility.setCustomSendRequestFunc((request) =>
      Promise.resolve(this.respond(request))
    );
    const result = await Excel.run(HOST_URL, batch);
    await settle();
    return result;
  }

  /**
   * Answers one request as Excel on the web would (also for a runtime in a browser page, whose
   * custom send function reaches here through Playwright).
   */
  respond(request: SendRequest): SendResponse {
    const requestText =
      typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    const body = JSON.parse(requestText) as RequestBody;
    const record: SyncRecord = {
      bytesUp: Buffer.byteLength(requestText),
      bytesDown: 0,
      actions: body.Actions.length,
      rangeObjects: Object.values(body.ObjectPaths).filter(
        (path) => path.ObjectPathType === 3 && RANGE_METHODS.test(path.Name)
      ).length,
      writeBytesBySheet: {},
      ...describe(body),
    };
    this.syncs.push(record);
    let status = 200;
    let responseText: string;
    if (record.bytesUp > PAYLOAD_LIMIT_BYTES) {
      [status, responseText] = [400, limitError("RequestPayloadSizeLimitExceeded")];
      record.writeBytesBySheet = staticWriteBytesBySheet(
        body,
        (key) => this.server.book.sheet(key)?.name ?? key
      );
    } else {
      const response = this.server.process(body);
      record.writeBytesBySheet = this.server.lastWriteBytesBySheet;
      responseText = JSON.stringify(response);
      if (Buffer.byteLength(responseText) > PAYLOAD_LIMIT_BYTES) {
        [status, responseText] = [400, limitError("ResponsePayloadSizeLimitExceeded")];
      } else if (response.Error) record.error = response.Error.Code;
    }
    if (status !== 200)
      record.error = (JSON.parse(responseText) as { error: { code: string } }).error.code;
    record.bytesDown = Buffer.byteLength(responseText);
    return {
      statusCode: status,
      headers: { "content-type": "application/json" },
      body: responseText,
    };
  }
}

/**
 * Attribution for a request the host refused (so never ran): follows each writing action's object
 * path up to the worksheet it names (`getItem("Challenge log")`, `add(…)`, the active sheet).
 */
export function staticWriteBytesBySheet(
  body: RequestBody,
  nameOf: (idOrName: string) => string = (n) => n
): Record<string, number> {
  const sheetOf = (id: number | undefined): string => {
    for (
      let path = id === undefined ? undefined : body.ObjectPaths[String(id)];
      path;
      path = body.ObjectPaths[String(path.ParentObjectPathId)]
    ) {
      const parent = body.ObjectPaths[String(path.ParentObjectPathId)];
      if (parent?.Name === "Worksheets" && path.Name !== "GetActiveWorksheet")
        return nameOf(String(path.ArgumentInfo?.Arguments?.[0] ?? "(sheet)"));
      if (path.Name === "GetActiveWorksheet") return "(active sheet)";
      if (path.ObjectPathType === 6) return "(kept range)";
    }
    return "(workbook)";
  };
  const totals: Record<string, number> = {};
  for (const action of body.Actions) {
    if ((action.ActionType !== 3 && action.ActionType !== 4) || action.Name.startsWith("_"))
      continue;
    const sheet = sheetOf(action.ObjectPathId);
    totals[sheet] = (totals[sheet] ?? 0) + Buffer.byteLength(JSON.stringify(action));
  }
  return totals;
}

function limitError(code: string): string {
  return JSON.stringify({
    error: {
      code,
      message: `The ${code.startsWith("Request") ? "request" : "response"} payload size has exceeded the limit.`,
    },
  });
}

/** Lets Excel.run's fire-and-forget cleanup sync (if any) reach the host before we count. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}
