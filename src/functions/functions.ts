/**
 * Excel custom functions in the PERF namespace (manifest.xml: the CustomFunctions extension point
 * on the shared-runtime page). At build time custom-functions-metadata-plugin writes functions.json
 * from the JSDoc below and appends one `CustomFunctions.associate(id, function)` per function to
 * this file, so the page registers them as soon as it loads. Each function is a thin async wrapper:
 * the engine code it calls (perfFunctions.ts) loads on the first call, not with the task pane.
 * Input a function cannot use gives #VALUE! with the reason (docs/custom-functions.md).
 */
import type { Argument } from "./perfFunctions";
import { createFormatReader } from "./cellFormats";

type Core = typeof import("./perfFunctions");
let core: Promise<Core> | undefined;
const loadCore = (): Promise<Core> =>
  (core ??= import(/* webpackChunkName: "perf-functions" */ "./perfFunctions"));

const formatsOf = createFormatReader((batch) => Excel.run(batch));

/** The arguments with their cells' number formats and addresses (when they are cell references). */
async function argumentsOf(
  values: readonly unknown[],
  invocation: CustomFunctions.Invocation | undefined,
  withFormats: readonly boolean[]
): Promise<Argument[]> {
  const addresses = values.map((_, i) => invocation?.parameterAddresses?.[i] || null);
  const wanted = addresses.map((a, i) => (withFormats[i] ? a : null));
  const formats = wanted.some(Boolean) ? await formatsOf(wanted) : wanted.map(() => null);
  return values.map((value, i) => ({ value, format: formats[i], address: addresses[i] }));
}

/** Runs a function's core; bad input (or anything unexpected) becomes #VALUE! with a message. */
async function guarded<T>(work: (core: Core) => T | Promise<T>): Promise<T> {
  try {
    return await work(await loadCore());
  } catch (error) {
    const message =
      error instanceof Error && error.name === "FunctionInputError"
        ? error.message
        : `Performance Challenge could not work this out (${error instanceof Error ? error.message : String(error)}). Recalculate, or classify the sheet from the Performance tab.`;
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
}

// The first line of each comment below is the description Excel shows (functions.json): one line.
/**
 * The status of a value against its target and tolerance, by the rules of Classify quarter: On or better than target, Inside tolerance, Outside tolerance, No target specified, or Not classified: and why.
 * @customfunction STATUS
 * @param value The figure for the period, such as N5 (a % format is read as Classify reads it).
 * @param target The target: a number, or text such as ≥90%, below 18%, No target.
 * @param tolerance The tolerance: the worst value still inside it (threshold mode), or a band size.
 * @param polarity Which way is better: Higher is better, Lower is better, H, L, Info…
 * @param [mode] How the tolerance is read: threshold (default), points or percent.
 * @param invocation The cell addresses of the arguments (to read their number formats).
 * @requiresParameterAddresses
 * @returns The status label.
 */
export function status(
  value: unknown,
  target: unknown,
  tolerance: unknown,
  polarity: unknown,
  mode: unknown,
  invocation: CustomFunctions.Invocation
): Promise<string> {
  return guarded(async (core) => {
    const [v, t, tol, p, m] = await argumentsOf(
      [value, target, tolerance, polarity, mode],
      invocation,
      [true, true, true, false, false]
    );
    return core.perfStatus(v, t, tol, p, m.value === null || m.value === undefined ? undefined : m);
  });
}

/**
 * The direction of travel from the previous figure in the commentary's words: Improved or Declined (Increased or Decreased when only reported) very slightly, slightly or significantly, or Unchanged.
 * @customfunction DIRECTION
 * @param current This period's figure, such as N5.
 * @param previous The previous period's figure, such as M5.
 * @param polarity Which way is better: Higher is better, Lower is better, H, L, Info…
 * @param [band] The tolerance band to size the change against, in the figures' units (5, or a cell showing 5%); without it, the change relative to the previous figure.
 * @param invocation The cell addresses of the arguments (to read their number formats).
 * @requiresParameterAddresses
 * @returns The direction and its size.
 */
export function direction(
  current: unknown,
  previous: unknown,
  polarity: unknown,
  band: unknown,
  invocation: CustomFunctions.Invocation
): Promise<string> {
  return guarded(async (core) => {
    const [c, p, pol, b] = await argumentsOf([current, previous, polarity, band], invocation, [
      true,
      true,
      false,
      true,
    ]);
    return core.perfDirection(c, p, pol, b.value === null || b.value === undefined ? undefined : b);
  });
}

/**
 * The Challenge summary's table for a range of statuses: counts by service area, the total, and percentages that add up to 100 (largest remainder). Spills.
 * @customfunction SUMMARY
 * @param statuses The status labels, such as Q5:Q40 (PERF.STATUS results or the add-in's status column).
 * @param [areas] The service area of each status, a range the same size.
 * @param invocation The address of the statuses (to name a cell that is not a status).
 * @requiresParameterAddresses
 * @returns The table: a header row, a row per area, Total, and % of contract measures.
 */
export function summary(
  statuses: unknown[][],
  areas: unknown[][],
  invocation: CustomFunctions.Invocation
): Promise<unknown[][]> {
  return guarded((core) =>
    core.perfSummary(
      { value: statuses, address: invocation?.parameterAddresses?.[0] || null },
      areas === null || areas === undefined ? undefined : { value: areas }
    )
  );
}
