/**
 * Phase: Office.js cost of the adapter's classify at each size, on the real runtime. Falls back to
 * the probe batch (and says so) while the adapter cannot be loaded.
 */
import { emitResult } from "../child";
import { type ClassifyCost, type ClassifyInContext, measureClassify } from "../officejs/measure";
import { runProbe } from "../officejs/probe";

export interface OfficeJsPhase {
  subject: "adapter" | "probe";
  why?: string;
  costs: ClassifyCost[];
  probeSyncs?: number;
}

async function loadAdapter(): Promise<ClassifyInContext | string> {
  try {
    const adapter = (await import("../../src/excel/classify")) as {
      classifyInContext?: ClassifyInContext;
    };
    return adapter.classifyInContext ?? "src/excel/classify.ts exports no classifyInContext";
  } catch (error) {
    return `adapter not loadable: ${(error as Error).message.split("\n")[0]}`;
  }
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const adapter = await loadAdapter();
  if (typeof adapter === "string") {
    const probe = await runProbe();
    emitResult({
      subject: "probe",
      why: adapter,
      costs: [],
      probeSyncs: probe.host.syncs.length,
    } satisfies OfficeJsPhase);
    return;
  }
  const costs: ClassifyCost[] = [];
  for (const rows of sizes.length ? sizes : [20, 2_000, 10_000, 20_000, 50_000])
    costs.push(await measureClassify(adapter, rows));
  emitResult({ subject: "adapter", costs } satisfies OfficeJsPhase);
}

void main();
