/**
 * Loads the real Excel JavaScript runtime (`@microsoft/office-js`, the Excel on the web build) into
 * this realm. It is read from node_modules at run time and never copied or modified: its licence
 * forbids that. Indirect eval runs it in the global scope of the current realm (also inside Jest),
 * so objects the adapter passes in and objects the runtime hands back share one set of prototypes.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export const RUNTIME_FILE = "@microsoft/office-js/dist/excel-web-16.00.js";

/** What the runtime hands a custom transport, and what it expects back (HTTP-shaped). */
export interface SendRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface SendResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** The two entry points the bench uses; @types/office-js declares neither the URL form nor HttpUtility. */
export interface OfficeRuntime {
  Excel: { run<T>(url: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  OfficeExtension: {
    HttpUtility: {
      setCustomSendRequestFunc(send: (request: SendRequest) => Promise<SendResponse>): void;
    };
  };
  file: string;
}

let loaded: OfficeRuntime | null = null;

export function loadOfficeRuntime(): OfficeRuntime {
  if (loaded) return loaded;
  const file = createRequire(__filename).resolve(RUNTIME_FILE);
  const g = globalThis as Record<string, unknown>;
  // The library looks for a browser window; in Node the global object stands in for it.
  g.window ??= globalThis;
  g.navigator ??= { userAgent: "Node.js bench host", language: "en-GB" };
  // Indirect eval on purpose: it runs the library in the global scope of this realm (see above).
  // eslint-disable-next-line no-eval
  const evaluate = eval;
  evaluate(readFileSync(file, "utf8"));
  // No add-in host: Office.context stays undefined, so the runtime treats every API set as present.
  loaded = {
    Excel: g.Excel as OfficeRuntime["Excel"],
    OfficeExtension: g.OfficeExtension as OfficeRuntime["OfficeExtension"],
    file,
  };
  return loaded;
}
