/**
 * The analyst's corrections saved with the workbook (SPEC 2a): a role per column, columns set to
 * "Not used", and a polarity per indicator. One reader for every settings store, one mapping to
 * engine options for every port.
 */
import type { ColumnKey, EngineOptions, Polarity } from "../engine/types";

export interface AnalystChoices {
  columnOverrides?: Partial<Record<ColumnKey, number>>;
  columnsNotUsed?: number[];
  polarityOverrides?: Record<string, Polarity>;
}

const isColumn = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 16384;

/** Keeps only well-formed entries of stored choices; anything else is dropped. */
export function sanitiseChoices(raw: Record<string, unknown>): AnalystChoices {
  const out: AnalystChoices = {};
  if (raw.columnOverrides && typeof raw.columnOverrides === "object") {
    const overrides: Record<string, number> = {};
    for (const [key, value] of Object.entries(raw.columnOverrides as Record<string, unknown>)) {
      if (isColumn(value)) overrides[key] = value;
    }
    out.columnOverrides = overrides as AnalystChoices["columnOverrides"];
  }
  if (Array.isArray(raw.columnsNotUsed)) {
    out.columnsNotUsed = [...new Set(raw.columnsNotUsed.filter(isColumn))].sort((a, b) => a - b);
  }
  if (raw.polarityOverrides && typeof raw.polarityOverrides === "object") {
    const polarities: Record<string, Polarity> = {};
    for (const [key, value] of Object.entries(raw.polarityOverrides as Record<string, unknown>)) {
      if (value === "higher" || value === "lower") polarities[key] = value;
    }
    out.polarityOverrides = polarities;
  }
  return out;
}

/** The engine options the choices give. */
export function choicesAsOptions(
  choices: AnalystChoices
): Pick<EngineOptions, "columnOverrides" | "columnsNotUsed" | "polarityOverrides"> {
  return {
    columnOverrides: choices.columnOverrides,
    columnsNotUsed: choices.columnsNotUsed,
    polarityOverrides: choices.polarityOverrides,
  };
}
