/**
 * Phase: the second quarter at each size, on the real runtime (bench/officejs/secondQuarter.ts).
 */
import { emitResult } from "../child";
import {
  type AdapterApi,
  type SecondQuarterCost,
  measureSecondQuarter,
} from "../officejs/secondQuarter";

export interface SecondQuarterPhase {
  why?: string;
  costs: SecondQuarterCost[];
}

async function loadAdapter(): Promise<AdapterApi> {
  const { classifyInContext } = await import("../../src/excel/classify");
  const { clearInContext } = await import("../../src/excel/clear");
  const { redraftInContext, saveCommentaryInContext } =
    await import("../../src/excel/commentaryEdits");
  const { defaultEngine } = await import("../../src/excel/engineBinding");
  return {
    classify: (ctx, quarter) => classifyInContext(ctx, { quarter, requestLimit: 4_000_000 }),
    save: (ctx, ref, text) =>
      saveCommentaryInContext(ctx, ref, text, defaultEngine.applyCommentaryEdit),
    redraft: (ctx, ref) => redraftInContext(ctx, ref, defaultEngine.redraftRow),
    clear: (ctx) => clearInContext(ctx, defaultEngine.decodeSnapshot),
  };
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  let adapter: AdapterApi;
  try {
    adapter = await loadAdapter();
  } catch (error) {
    emitResult({ why: (error as Error).message.split("\n")[0], costs: [] });
    return;
  }
  const costs: SecondQuarterCost[] = [];
  for (const rows of sizes.length ? sizes : [2_000, 10_000, 20_000, 50_000])
    costs.push(await measureSecondQuarter(adapter, rows));
  emitResult({ costs } satisfies SecondQuarterPhase);
}

void main();
