/**
 * Tells the pane when the sheet's periods may have changed, so its picker lists the periods the
 * sheet has now (issue 22): any cell change on any worksheet (WorksheetCollection.onChanged,
 * ExcelApi 1.9; a column inserted is a change) and the pane becoming visible again
 * (Office.addin.onVisibilityModeChanged, SharedRuntime 1.1). The pane debounces the calls.
 */
import type { ExcelRun } from "./types";

/** Office.VisibilityMode.taskpane, by value (the enum is absent from some hosts' office.js). */
const TASKPANE = "Taskpane";

export interface WatchDeps {
  run?: ExcelRun;
  office?: typeof Office;
  isSetSupported?: (name: string, version: string) => boolean;
}

async function watchCells(run: ExcelRun, onChange: () => void): Promise<() => Promise<void>> {
  let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
  await run(async (context) => {
    handler = context.workbook.worksheets.onChanged.add(async () => onChange());
    await context.sync();
  });
  return async () => {
    const registered = handler;
    if (!registered) return;
    // Removal must use the context the handler was added with (Excel's events documentation).
    await Excel.run(registered.context, async (context) => {
      registered.remove();
      await context.sync();
    });
  };
}

/**
 * Starts watching; resolves to the function that stops. A host that refuses one of the two
 * events still gets the other; the pane also refreshes after every ribbon command, so a refused
 * event costs only an automatic refresh, never a wrong quarter (the pane shows what it classified).
 */
export async function watchExcelWorkbook(
  onChange: () => void,
  deps: WatchDeps = {}
): Promise<() => void> {
  const run: ExcelRun = deps.run ?? ((batch) => Excel.run(batch));
  const office = deps.office ?? (typeof Office === "undefined" ? undefined : Office);
  const supported = (set: string, version: string): boolean =>
    (
      deps.isSetSupported ??
      ((name, v) => office?.context?.requirements?.isSetSupported(name, v) ?? false)
    )(set, version);
  const stops: Array<() => Promise<void> | void> = [];
  if (supported("ExcelApi", "1.9"))
    stops.push(await watchCells(run, onChange).catch(() => () => Promise.resolve()));
  if (office?.addin?.onVisibilityModeChanged && supported("SharedRuntime", "1.1")) {
    const stop = await office.addin
      .onVisibilityModeChanged((message) => {
        if (String(message.visibilityMode) === TASKPANE) onChange();
      })
      .catch(() => undefined);
    if (stop) stops.push(stop);
  }
  return () => {
    for (const stop of stops) void Promise.resolve(stop()).catch(() => undefined);
  };
}
