/** The fake Excel used by tests/excel: a request context over an in-memory workbook. */
import type { ExcelRun } from "../../../src/excel/types";
import { FakeRequestContext } from "./context";
import { WorkbookData } from "./state";

export { FakeRequestContext, FakeOfficeError } from "./context";
export { WorkbookData, SheetData } from "./state";

/** The fake as the adapter sees it (an Excel.RequestContext). */
export function asExcel(ctx: FakeRequestContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}

/** An ExcelRun over `data` that records each batch's context for assertions. */
export function fakeRun(data: WorkbookData, contexts: FakeRequestContext[] = []): ExcelRun {
  return async (batch) => {
    const ctx = new FakeRequestContext(data);
    contexts.push(ctx);
    return batch(asExcel(ctx));
  };
}
