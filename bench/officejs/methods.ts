/**
 * The in-memory host's methods: those that return another object (getRange, getItem…) and
 * those that act (clear, copyFrom, getCellProperties…). Names arrive in RichApi form.
 */
import { type Box, MAX_COLUMNS, MAX_ROWS, parseArea, splitSheet } from "./address";
import { type Handle, HostError, NULL_HANDLE as NULL, rangeHandle, unsupported } from "./handles";
import {
  getCellProperties,
  getColumnProperties,
  setCellProperties,
  setFormatScalar,
} from "./rangeOps";
import type { MemorySheet, MemoryWorkbook } from "./workbook";
import { chartAction, chartPartMethod, chartsMethod } from "./charts";

function notFound(what: string): HostError {
  return new HostError("ItemNotFound", `The requested resource doesn't exist: ${what}.`);
}

function sheetOf(book: MemoryWorkbook, name: string): MemorySheet {
  const sheet = book.sheet(name);
  if (!sheet) throw notFound(`sheet ${name}`);
  return sheet;
}

function rangeOnSheet(book: MemoryWorkbook, sheet: MemorySheet, address: string): Handle {
  const boxes: Box[] = [];
  let target = sheet;
  for (const part of address.split(/[,;]/)) {
    const { sheet: named, local } = splitSheet(part);
    if (named) target = sheetOf(book, named);
    boxes.push(parseArea(local));
  }
  return { kind: "range", sheet: target, boxes, areas: boxes.length > 1 };
}

/** Object path of type Method (or Indexer, whose name is ""): returns another object. */
export function callForObject(
  book: MemoryWorkbook,
  h: Handle,
  name: string,
  args: unknown[]
): Handle {
  const a0 = args[0];
  switch (h.kind) {
    case "null":
      return NULL;
    case "worksheets":
      return worksheetsMethod(book, name, args);
    case "worksheet":
      return worksheetMethod(book, h.sheet, name, args);
    case "range":
      return rangeMethodObject(h, name, args);
    case "charts":
      return chartsMethod(h.sheet, name, args);
    case "chartPart":
      return chartPartMethod(h, name, args);
    case "workbook":
      if (name === "GetSelectedRange" || name === "GetActiveCell") {
        return rangeHandle(sheetOf(book, book.activeSheet), { row: 0, col: 0, rows: 1, cols: 1 });
      }
      break;
    case "settings":
      if (name === "Add") book.settings.set(String(a0), args[1]);
      if (name === "GetItemOrNullObject")
        return book.settings.has(String(a0)) ? { kind: "setting", key: String(a0) } : NULL;
      if (!book.settings.has(String(a0))) throw notFound(`setting ${String(a0)}`);
      return { kind: "setting", key: String(a0) };
    case "format":
      if (h.path === "borders." && (name === "GetItem" || name === ""))
        return { ...h, path: `borders.${String(a0)}.` };
      break;
  }
  throw unsupported(`method ${name} of ${h.kind}`);
}

function worksheetsMethod(book: MemoryWorkbook, name: string, args: unknown[]): Handle {
  const a0 = args[0];
  switch (name) {
    case "GetItem":
    case "":
      return { kind: "worksheet", sheet: sheetOf(book, String(a0)) };
    case "GetItemOrNullObject": {
      const sheet = book.sheet(String(a0));
      return sheet ? { kind: "worksheet", sheet } : NULL;
    }
    case "GetActiveWorksheet":
      return { kind: "worksheet", sheet: sheetOf(book, book.activeSheet) };
    case "GetFirst":
      return { kind: "worksheet", sheet: book.sheets[0] };
    case "GetItemAt":
      return { kind: "worksheet", sheet: book.sheets[Number(a0)] };
    case "Add":
      return {
        kind: "worksheet",
        sheet: book.addSheet(String(a0 ?? `Sheet${book.sheets.length + 1}`)),
      };
  }
  throw unsupported(`method ${name} of worksheets`);
}

function worksheetMethod(
  book: MemoryWorkbook,
  sheet: MemorySheet,
  name: string,
  args: unknown[]
): Handle {
  const [a0, a1, a2, a3] = args;
  switch (name) {
    case "GetRange":
      return a0
        ? rangeOnSheet(book, sheet, String(a0))
        : rangeHandle(sheet, { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS });
    case "GetRanges":
      return {
        ...(rangeOnSheet(book, sheet, String(a0)) as Extract<Handle, { kind: "range" }>),
        areas: true,
      };
    case "GetRangeByIndexes":
      return rangeHandle(sheet, {
        row: Number(a0),
        col: Number(a1),
        rows: Number(a2),
        cols: Number(a3),
      });
    case "GetCell":
      return rangeHandle(sheet, { row: Number(a0), col: Number(a1), rows: 1, cols: 1 });
    case "GetUsedRange":
    case "GetUsedRangeOrNullObject": {
      const box = sheet.usedBox(Boolean(a0));
      if (box) return rangeHandle(sheet, box);
      return name === "GetUsedRange"
        ? rangeHandle(sheet, { row: 0, col: 0, rows: 1, cols: 1 })
        : NULL;
    }
  }
  throw unsupported(`method ${name} of worksheet`);
}

function intersect(a: Box, b: Box): Box | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : null;
}

function rangeMethodObject(
  h: Extract<Handle, { kind: "range" }>,
  name: string,
  args: unknown[]
): Handle {
  const b = h.boxes[0];
  const [a0, a1] = args.map(Number);
  const box = ((): Box | null => {
    switch (name) {
      case "GetCell":
        return { row: b.row + a0, col: b.col + a1, rows: 1, cols: 1 };
      case "GetRow":
        return { row: b.row + a0, col: b.col, rows: 1, cols: b.cols };
      case "GetColumn":
        return { row: b.row, col: b.col + a0, rows: b.rows, cols: 1 };
      case "GetEntireColumn":
        return { row: 0, col: b.col, rows: MAX_ROWS, cols: b.cols };
      case "GetEntireRow":
        return { row: b.row, col: 0, rows: b.rows, cols: MAX_COLUMNS };
      case "GetResizedRange":
        return { ...b, rows: b.rows + a0, cols: b.cols + a1 };
      case "GetOffsetRange":
        return { ...b, row: b.row + a0, col: b.col + a1 };
      case "GetAbsoluteResizedRange":
        return { ...b, rows: a0, cols: a1 };
      case "GetRowsBelow":
        return { row: b.row + b.rows, col: b.col, rows: Number.isNaN(a0) ? 1 : a0, cols: b.cols };
      case "GetColumnsAfter":
        return { row: b.row, col: b.col + b.cols, rows: b.rows, cols: Number.isNaN(a0) ? 1 : a0 };
      case "GetLastRow":
        return { ...b, row: b.row + b.rows - 1, rows: 1 };
      case "GetLastColumn":
        return { ...b, col: b.col + b.cols - 1, cols: 1 };
      case "GetUsedRange":
      case "GetUsedRangeOrNullObject":
        return h.sheet.usedBox(Boolean(args[0]));
      case "GetBoundingRect": {
        const other = args[0] as Handle;
        if (other.kind !== "range")
          throw new HostError("InvalidArgument", "getBoundingRect needs a range");
        const o = other.boxes[0];
        const row = Math.min(b.row, o.row);
        const col = Math.min(b.col, o.col);
        return {
          row,
          col,
          rows: Math.max(b.row + b.rows, o.row + o.rows) - row,
          cols: Math.max(b.col + b.cols, o.col + o.cols) - col,
        };
      }
      case "GetIntersection":
      case "GetIntersectionOrNullObject": {
        const other = args[0] as Handle;
        const hit =
          other.kind === "range" && other.sheet === h.sheet ? intersect(b, other.boxes[0]) : null;
        if (!hit && name === "GetIntersection")
          throw new HostError("InvalidArgument", "The ranges do not intersect.");
        return hit;
      }
      default:
        throw unsupported(`method ${name} of range`);
    }
  })();
  return box ? rangeHandle(h.sheet, box) : NULL;
}

/** Method action (ActionType 3): does something and may return a value. */
export function callAction(
  book: MemoryWorkbook,
  h: Handle,
  name: string,
  args: unknown[]
): unknown {
  if (h.kind === "null") return null;
  if (h.kind === "range") return rangeAction(book, h, name, args);
  if (h.kind === "worksheet" && (name === "Activate" || name === "Delete")) {
    if (name === "Activate") book.activeSheet = h.sheet.name;
    // As Excel (office-js#365, documented): a very hidden sheet must be unhidden before deletion.
    else if (h.sheet.visibility === "VeryHidden")
      throw new HostError("InvalidOperation", "A very hidden worksheet cannot be deleted.");
    else book.deleteSheet(h.sheet);
    return null;
  }
  if (h.kind === "format" && (name === "AutofitColumns" || name === "AutofitRows")) return null;
  if (h.kind === "format" && name === "Clear" && h.path === "fill.") {
    setFormatScalar(h.sheet, h.boxes, "fill.color", undefined);
    return null;
  }
  if (h.kind === "application" && /^(Suspend|Calculate)/.test(name)) return null;
  if (h.kind === "validation" && name === "Clear") {
    for (const box of h.boxes) h.sheet.setValidation(box, null);
    return null;
  }
  if (h.kind === "setting" && name === "Delete") {
    book.settings.delete(h.key);
    return null;
  }
  if (h.kind === "worksheets" && name === "GetCount") return book.sheets.length;
  if (chartAction(h, name, args)) return null;
  throw unsupported(`action ${name} of ${h.kind}`);
}

function rangeAction(
  book: MemoryWorkbook,
  h: Extract<Handle, { kind: "range" }>,
  name: string,
  args: unknown[]
): unknown {
  switch (name) {
    case "GetCellProperties":
      return getCellProperties(h.sheet, h.boxes[0], args[0] as Record<string, unknown>);
    case "SetCellProperties":
      setCellProperties(h.sheet, h.boxes[0], args[0]);
      return null;
    case "GetColumnProperties":
      return getColumnProperties(h.sheet, h.boxes[0], args[0] as Record<string, unknown>);
    case "Clear":
      for (const box of h.boxes)
        h.sheet.clear(box, (args[0] as "All" | "Contents" | "Formats") ?? "All");
      return null;
    case "Select":
      book.activeSheet = h.sheet.name;
      return null;
    case "_ValidateArraySize":
      if (h.boxes[0].rows !== Number(args[0]) || h.boxes[0].cols !== Number(args[1])) {
        throw new HostError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
        );
      }
      return null;
    case "CopyFrom": {
      // The source is a range, or (as Office.js allows) its address: "Sheet!A1:B2".
      const source =
        typeof args[0] === "string" ? rangeOnSheet(book, h.sheet, args[0]) : (args[0] as Handle);
      if (source.kind !== "range") throw new HostError("InvalidArgument", "copyFrom needs a range");
      for (const box of h.boxes)
        copyCells(source.sheet, source.boxes[0], h.sheet, box, String(args[1] ?? "All"));
      return null;
    }
  }
  throw unsupported(`action ${name} of range`);
}

/** Range.copyFrom: formats (number format and every stored style) and/or values, cell for cell. */
function copyCells(
  from: MemorySheet,
  source: Box,
  to: MemorySheet,
  target: Box,
  what: string
): void {
  for (let r = 0; r < target.rows; r++) {
    for (let c = 0; c < target.cols; c++) {
      const [sr, sc] = [source.row + (r % source.rows), source.col + (c % source.cols)];
      const [tr, tc] = [target.row + r, target.col + c];
      if (what === "All" || what === "Values") to.setValue(tr, tc, from.value(sr, sc));
      if (what === "All" || what === "Formats") {
        to.setNumberFormat(tr, tc, from.numberFormat(sr, sc));
        for (const path of new Set([...from.styles.keys(), ...to.styles.keys()]))
          to.setStyle(path, tr, tc, from.style(path, sr, sc));
      }
    }
  }
}
