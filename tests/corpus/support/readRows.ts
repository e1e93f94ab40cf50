/** The rows a command-line corpus builder writes, read back from its workbook, so the add-in corpus shares them. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COLUMNS, type RowSpec } from "../builders/table";
import { readWorkbookFile } from "./compareWorkbooks";

export async function rowsOfBuilder(
  build: (dir: string) => Promise<string>,
  sheetName = "Indicators"
): Promise<RowSpec[]> {
  const dir = await mkdtemp(join(tmpdir(), "perf-challenge-addin-corpus-"));
  try {
    const sheet = (await readWorkbookFile(await build(dir))).getWorksheet(sheetName)!;
    const rows: RowSpec[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const spec: RowSpec = { formats: {} };
      COLUMNS.forEach(([key], c) => {
        const { value, numFmt } = row.getCell(c + 1);
        if (value !== null && value !== undefined) spec[key] = value;
        if (numFmt) spec.formats![key] = numFmt;
      });
      rows.push(spec);
    }
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
