/** What an object path resolves to on the in-memory host, and the host's error type. */
import type { Box } from "./address";
import type { MemoryChart } from "./charts";
import type { MemorySheet } from "./workbook";

export type Handle =
  | { kind: "workbook" }
  | { kind: "application" }
  | { kind: "worksheets" }
  | { kind: "worksheet"; sheet: MemorySheet }
  | { kind: "range"; sheet: MemorySheet; boxes: Box[]; areas: boolean }
  /** RangeFormat and its parts (fill, font, borders, one border): `path` is "", "fill.", "font."… */
  | { kind: "format"; sheet: MemorySheet; boxes: Box[]; path: string }
  | { kind: "validation"; sheet: MemorySheet; boxes: Box[] }
  | { kind: "protection"; sheet: MemorySheet }
  | { kind: "charts"; sheet: MemorySheet }
  | { kind: "chart"; sheet: MemorySheet; chart: MemoryChart }
  /** chart.title, legend, dataLabels, series (`part` is the RichApi name). */
  | { kind: "chartPart"; chart: MemoryChart; part: string }
  | { kind: "chartSeries"; chart: MemoryChart; index: number; path: string }
  | { kind: "settings" }
  | { kind: "setting"; key: string }
  | { kind: "null" };

export const NULL_HANDLE: Handle = { kind: "null" };

export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

export function unsupported(what: string): HostError {
  return new HostError("ApiNotFound", `The bench host does not implement ${what}`);
}

export function rangeHandle(sheet: MemorySheet, box: Box): Handle {
  return { kind: "range", sheet, boxes: [box], areas: false };
}

/** Upper-cases the first letter: `numberFormat` → `NumberFormat`, as RichApi results name them. */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
