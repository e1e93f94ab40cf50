/**
 * The in-memory host's object model: properties that lead to other objects, setters, and the
 * scalar properties a Query returns. Names arrive in RichApi form (`Format`, `Values`).
 */
import { type Handle, NULL_HANDLE as NULL, camel, rangeHandle, unsupported } from "./handles";
import { formatScalar, rangeScalar, setFormatScalar, setRangeScalar } from "./rangeOps";
import type { MemoryWorkbook } from "./workbook";
import { chartNavigate, chartScalar, chartSetProperty } from "./charts";

/** Object path of type Property: `workbook.worksheets`, `range.format`, `format.fill`… */
export function navigate(book: MemoryWorkbook, h: Handle, name: string): Handle {
  if (h.kind === "null") return NULL;
  if (h.kind === "workbook" && name === "Worksheets") return { kind: "worksheets" };
  if (h.kind === "workbook" && name === "Application") return { kind: "application" };
  if (h.kind === "workbook" && name === "Settings") return { kind: "settings" };
  if (h.kind === "range" && name === "Format")
    return { kind: "format", sheet: h.sheet, boxes: h.boxes, path: "" };
  if (h.kind === "range" && name === "Worksheet") return { kind: "worksheet", sheet: h.sheet };
  if (h.kind === "worksheet" && name === "Protection")
    return { kind: "protection", sheet: h.sheet };
  if (h.kind === "worksheet" && name === "Charts") return { kind: "charts", sheet: h.sheet };
  const chartPart = chartNavigate(h, name);
  if (chartPart) return chartPart;
  if (h.kind === "range" && name === "DataValidation")
    return { kind: "validation", sheet: h.sheet, boxes: h.boxes };
  if (
    h.kind === "format" &&
    h.path === "" &&
    ["Fill", "Font", "Borders", "Protection"].includes(name)
  ) {
    return { ...h, path: `${camel(name)}.` };
  }
  void book;
  throw unsupported(`property ${name} of ${h.kind}`);
}

/** SetProperty action (ActionType 4). */
export function setProperty(book: MemoryWorkbook, h: Handle, name: string, value: unknown): void {
  if (h.kind === "null") return;
  if (h.kind === "range" && setRangeScalar(h.sheet, h.boxes, name, value)) return;
  if (h.kind === "format")
    return setFormatScalar(h.sheet, h.boxes, `${h.path}${camel(name)}`, value);
  if (h.kind === "worksheet" && name === "Name") {
    h.sheet.name = String(value);
    return;
  }
  if (h.kind === "worksheet" && name === "Visibility") {
    h.sheet.visibility = String(value);
    return;
  }
  if (h.kind === "validation" && name === "Rule") {
    // The rule's one key names its type (`{ decimal: {…} }`), as Excel reports it back.
    const type = Object.keys((value ?? {}) as Record<string, unknown>)[0] ?? "Custom";
    const kind = type.charAt(0).toUpperCase() + type.slice(1);
    for (const box of h.boxes) h.sheet.setValidation(box, kind);
    return;
  }
  if (
    h.kind === "validation" &&
    (name === "IgnoreBlanks" || name === "Prompt" || name === "ErrorAlert")
  )
    return;
  if (h.kind === "setting" && name === "Value") {
    book.settings.set(h.key, value);
    return;
  }
  if (chartSetProperty(h, name, value)) return;
  throw unsupported(`setting ${name} of ${h.kind}`);
}

/** One scalar property for a Query, or undefined when the object has no such property. */
export function scalar(book: MemoryWorkbook, h: Handle, name: string): unknown {
  switch (h.kind) {
    case "range":
      return rangeScalar(h.sheet, h.boxes, name);
    case "format":
      return formatScalar(h.sheet, h.boxes, `${h.path}${camel(name)}`);
    case "worksheet":
      return {
        Name: h.sheet.name,
        Id: h.sheet.id,
        Position: book.sheets.indexOf(h.sheet),
        Visibility: h.sheet.visibility,
      }[name];
    case "setting":
      return { Key: h.key, Value: book.settings.get(h.key) }[name];
    case "application":
      return { CalculationMode: "Automatic" }[name];
    case "protection":
      return { Protected: h.sheet.protected }[name];
    case "validation":
      return { Type: h.sheet.validationType(h.boxes), Valid: true, IgnoreBlanks: true }[name];
    case "chart":
      return chartScalar(h, name);
    default:
      return undefined;
  }
}

export const DEFAULT_SCALARS: Partial<Record<Handle["kind"], string[]>> = {
  range: [
    "Address",
    "RowCount",
    "ColumnCount",
    "RowIndex",
    "ColumnIndex",
    "CellCount",
    "Values",
    "NumberFormat",
    "ValueTypes",
    "Formulas",
    "Text",
  ],
  worksheet: ["Name", "Id", "Position", "Visibility"],
  chart: ["Name", "ChartType"],
  setting: ["Key", "Value"],
  format: [],
};

export function collectionItems(book: MemoryWorkbook, h: Handle): Handle[] | null {
  if (h.kind === "worksheets") return book.sheets.map((sheet) => ({ kind: "worksheet", sheet }));
  if (h.kind === "settings")
    return [...book.settings.keys()].map((key) => ({ kind: "setting", key }));
  if (h.kind === "range" && h.areas) return h.boxes.map((box) => rangeHandle(h.sheet, box));
  return null;
}
