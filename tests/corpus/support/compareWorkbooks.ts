/**
 * "Nothing lost" checks shared by the corpus, the fuzz and the safety tests: every value and
 * number format of the analyst's sheets survives a run. Differences are returned as readable
 * lines, so a failure names the cell.
 */
import ExcelJS from "exceljs";

/** The status column header the add-in writes (`Status Q2 2018/19`). */
const STATUS_HEADER = /^Status Q[1-4] \d{4}\/\d{2}$/;

/** A cell value in a form `JSON.stringify` compares faithfully (dates as ISO text). */
export function comparable(value: ExcelJS.CellValue): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Date ? { date: v.toISOString() } : v
  );
}

/** Non-empty cells of a sheet by address (master cells only; merged followers carry no value of their own). */
export function sheetCells(sheet: ExcelJS.Worksheet): Map<string, ExcelJS.Cell> {
  const cells = new Map<string, ExcelJS.Cell>();
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      // A cell holding "" is an empty cell to Excel and to Office.js (which reads both as ""):
      // there is nothing in it to lose.
      if (cell.value === "") return;
      cells.set(cell.address, cell);
    });
  });
  return cells;
}

/** 1-based columns whose header reads `Status Q… ` (written by the add-in, so allowed to be new). */
export function statusColumns(sheet: ExcelJS.Worksheet): Set<number> {
  const columns = new Set<number>();
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (typeof cell.value === "string" && STATUS_HEADER.test(cell.value)) columns.add(col);
    });
  });
  return columns;
}

/**
 * Differences between the analyst's sheets before and after a run: a changed or vanished value or
 * number format, a new value outside the status column, a lost merge or hidden row/column.
 */
export function analystSheetDifferences(
  before: ExcelJS.Workbook,
  after: ExcelJS.Workbook
): string[] {
  const problems: string[] = [];
  for (const original of before.worksheets) {
    const copy = after.getWorksheet(original.name);
    if (!copy) {
      problems.push(`sheet "${original.name}" is missing`);
      continue;
    }
    // A rerun rewrites the status column an earlier run added; a first run may add one. Neither
    // may take over a column that held the analyst's values.
    const rerunColumns = statusColumns(original);
    const newColumns = statusColumns(copy);
    const afterCells = sheetCells(copy);
    const beforeCells = sheetCells(original);
    for (const [address, cell] of beforeCells) {
      if (rerunColumns.has(cell.fullAddress.col)) continue;
      const now = afterCells.get(address);
      const where = `${original.name}!${address}`;
      if (!now) problems.push(`${where}: value ${comparable(cell.value)} is gone`);
      else if (comparable(now.value) !== comparable(cell.value)) {
        problems.push(`${where}: ${comparable(cell.value)} became ${comparable(now.value)}`);
      } else if ((now.numFmt ?? "") !== (cell.numFmt ?? "")) {
        problems.push(`${where}: number format "${cell.numFmt}" became "${now.numFmt}"`);
      }
    }
    for (const [address, cell] of afterCells) {
      if (beforeCells.has(address) || cell.value === null) continue;
      if (!newColumns.has(cell.fullAddress.col) && !rerunColumns.has(cell.fullAddress.col)) {
        problems.push(
          `${original.name}!${address}: new value ${comparable(cell.value)} outside the status column`
        );
      }
    }
    problems.push(...layoutDifferences(original, copy));
  }
  return problems;
}

function layoutDifferences(original: ExcelJS.Worksheet, copy: ExcelJS.Worksheet): string[] {
  const problems: string[] = [];
  const merges = (sheet: ExcelJS.Worksheet) => [...(sheet.model.merges ?? [])].sort().join(",");
  if (merges(original) !== merges(copy))
    problems.push(`${original.name}: merged cells ${merges(original)} became ${merges(copy)}`);
  for (let r = 1; r <= original.rowCount; r++) {
    if (original.getRow(r).hidden !== copy.getRow(r).hidden)
      problems.push(`${original.name}: row ${r} hidden state changed`);
  }
  for (let c = 1; c <= original.columnCount; c++) {
    if (Boolean(original.getColumn(c).hidden) !== Boolean(copy.getColumn(c).hidden)) {
      problems.push(`${original.name}: column ${c} hidden state changed`);
    }
  }
  return problems;
}

export async function readWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Cells of `after` that hold a formula `before` did not have at that address: text turned into code. */
export function newFormulaCells(
  before: ExcelJS.Workbook | null,
  after: ExcelJS.Workbook
): string[] {
  const found: string[] = [];
  for (const sheet of after.worksheets) {
    const original = before?.getWorksheet(sheet.name);
    const originalCells = original ? sheetCells(original) : new Map<string, ExcelJS.Cell>();
    for (const [address, cell] of sheetCells(sheet)) {
      if (cell.type !== ExcelJS.ValueType.Formula && !cell.formula) continue;
      const was = originalCells.get(address);
      if (!was || was.formula !== cell.formula)
        found.push(`${sheet.name}!${address}: =${cell.formula}`);
    }
  }
  return found;
}
