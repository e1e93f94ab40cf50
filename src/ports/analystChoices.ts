/**
 * The analyst's corrections saved with the workbook (docs/periods.md): the column choices of
 * engine/columnChoices.ts (a role per column, columns set to "Not used", a period and kind per
 * column) and a polarity per indicator. One reader for every settings store, one mapping to engine
 * options for every port; the column rules themselves live in the engine, shared with the CLI.
 */
import type { EngineOptions, Polarity } from "../engine/types";
import {
  choicesAsEngineOptions,
  sanitiseColumnChoices,
  type ColumnChoices,
} from "../engine/columnChoices";

export interface AnalystChoices extends ColumnChoices {
  polarityOverrides?: Record<string, Polarity>;
}

/** Keeps only well-formed entries of stored choices; anything else is dropped. */
export function sanitiseChoices(raw: Record<string, unknown>): AnalystChoices {
  const out: AnalystChoices = sanitiseColumnChoices(raw);
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
): Pick<
  EngineOptions,
  "columnOverrides" | "columnsNotUsed" | "columnPeriods" | "polarityOverrides"
> {
  return {
    columnOverrides: choices.columnOverrides,
    columnsNotUsed: choices.columnsNotUsed,
    ...choicesAsEngineOptions({ columnPeriods: choices.columnPeriods }),
    polarityOverrides: choices.polarityOverrides,
  };
}
