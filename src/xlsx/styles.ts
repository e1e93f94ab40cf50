/**
 * Cell formats as JSON for the state sheet, and style objects to assign. We never mutate a cell's
 * style (ExcelJS shares one object between cells of the same format); we assign objects instead,
 * and share our own between cells of the same format too, which ExcelJS writes far faster.
 */
import type ExcelJS from "exceljs";

type Style = Partial<ExcelJS.Style>;

export function styleJson(cell: ExcelJS.Cell): string {
  return JSON.stringify(cell.style ?? {});
}

/**
 * One style object per distinct key, for one write. Objects handed out must not be mutated. The
 * JSON of a cell's style is remembered per style object (cells of one format share one, as ExcelJS
 * loads them), so a column of 20,000 alike cells is serialised once, not 20,000 times; a cache
 * lives for one write, during which no style object is changed in place.
 */
export class StyleCache {
  private readonly styles = new Map<string, Style>();
  private readonly jsonByStyle = new WeakMap<object, string>();
  /** Per tag, the derived style of each current style object (no key string per cell). */
  private readonly derived = new Map<string, WeakMap<object, Style>>();

  /** styleJson, once per style object. */
  jsonOf(cell: ExcelJS.Cell): string {
    const style = cell.style as object | undefined;
    if (!style) return styleJson(cell);
    let json = this.jsonByStyle.get(style);
    if (json === undefined) {
      json = styleJson(cell);
      this.jsonByStyle.set(style, json);
    }
    return json;
  }

  get(key: string, build: () => Style): Style {
    let style = this.styles.get(key);
    if (!style) {
      style = build();
      this.styles.set(key, style);
    }
    return style;
  }

  /** The cell's current style with some parts replaced. */
  derive(cell: ExcelJS.Cell, tag: string, change: (current: Style) => Style): Style {
    const current = cell.style as object | undefined;
    let byStyle = this.derived.get(tag);
    if (!byStyle) this.derived.set(tag, (byStyle = new WeakMap()));
    const known = current && byStyle.get(current);
    if (known) return known;
    const json = this.jsonOf(cell);
    const style = this.get(`${tag}|${json}`, () => change(JSON.parse(json) as Style));
    if (current) byStyle.set(current, style);
    return style;
  }

  /** A recorded format as a style object; null when the record is damaged. */
  parse(json: string): Style | null {
    const cached = this.styles.get(`json|${json}`);
    if (cached) return cached;
    try {
      const style = JSON.parse(json) as unknown;
      if (!style || typeof style !== "object" || Array.isArray(style)) return null;
      this.styles.set(`json|${json}`, style as Style);
      return style as Style;
    } catch {
      return null;
    }
  }
}

export function solidFill(hex: string): ExcelJS.FillPattern {
  return {
    type: "pattern",
    pattern: "solid",
    fgColor: { argb: `FF${hex.replace("#", "").toUpperCase()}` },
  };
}

/** Clears a sheet of ours in place (keeps its position among the tabs, so reruns match). */
export function emptySheet(ws: ExcelJS.Worksheet, maxColumn?: number): void {
  const empty: Style = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (maxColumn !== undefined && col > maxColumn) return;
      cell.value = null;
      cell.style = empty;
    });
  });
}
