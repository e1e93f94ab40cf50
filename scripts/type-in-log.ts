/**
 * What a reviewer does between two runs, for scripts/render-report.sh: types a date in the Agreed
 * action of the Challenge log's first row (a real date cell, dd/mm/yyyy) and a Trust response.
 *   npx tsx scripts/type-in-log.ts classified.xlsx reviewed.xlsx
 */
import fs from "node:fs";
import { LOG_HEADERS } from "../src/engine/challengeLog";
import { loadWorkbook, workbookToBytes } from "../src/xlsx";

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error("usage: type-in-log.ts <classified.xlsx> <reviewed.xlsx>");
  const wb = await loadWorkbook(fs.readFileSync(input));
  const ws = wb.getWorksheet("Challenge log");
  if (!ws) throw new Error(`${input} has no Challenge log sheet`);
  const action = ws.getCell(2, LOG_HEADERS.indexOf("Agreed action") + 1);
  action.value = new Date(Date.UTC(2019, 10, 19));
  action.numFmt = "dd/mm/yyyy";
  ws.getCell(2, LOG_HEADERS.indexOf("Trust response") + 1).value =
    "Audit of case files under way; recovery plan to the December panel.";
  fs.writeFileSync(output, await workbookToBytes(wb));
}

main().catch((error: unknown) => {
  process.stderr.write(`type-in-log: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
