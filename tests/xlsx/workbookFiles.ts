/** Saving, reading back and comparing workbooks in the tests (not a test file). */
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "perf-challenge-"));
}

export async function saveTo(wb: ExcelJS.Workbook, dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

export async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/**
 * Every cell of every sheet: value and style, for "nothing else changed" comparisons. An empty cell
 * that only carries its row's format looks the same as no cell at all, so it is not listed.
 */
export function describeWorkbook(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (r) => {
      const rowStyle = JSON.stringify((r as unknown as { style?: object }).style ?? {});
      r.eachCell({ includeEmpty: true }, (cell) => {
        const value =
          cell.value instanceof Object ? JSON.parse(JSON.stringify(cell.value)) : cell.value;
        const style = JSON.parse(JSON.stringify(cell.style ?? {}));
        if (
          value === null &&
          (Object.keys(style).length === 0 || JSON.stringify(style) === rowStyle)
        )
          return;
        cells[cell.address] = { value, style };
      });
    });
    const columns = (ws.columns ?? []).map((c) => ({
      width: c.width ?? null,
      hidden: c.hidden ?? false,
    }));
    while (
      columns.length &&
      columns[columns.length - 1].width === null &&
      !columns[columns.length - 1].hidden
    )
      columns.pop();
    out[ws.name] = { state: ws.state, cells, columns };
  }
  return out;
}

/** Values of every non-empty cell of one sheet, by address. */
export function sheetValues(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (r) =>
    r.eachCell({ includeEmpty: false }, (cell) => {
      values[cell.address] = JSON.parse(JSON.stringify(cell.value));
    })
  );
  return values;
}
