/**
 * The one reader of stored workbook settings, for every store (Excel's document settings, the
 * preview's browser storage): known keys with the right types are kept, anything else falls back
 * to the default. One rule, so the add-in and the preview never read the same settings differently.
 */
import { reportNamesOf } from "../report/names";
import { sanitiseChoices } from "./analystChoices";
import { DEFAULT_SETTINGS, type WorkbookSettings } from "./workbookPort";

const TOLERANCE_MODES = ["threshold", "points", "percent"] as const;

/** A denominator under this many adds a caution: a count of people, so a whole number, 0 = never. */
function cohortThreshold(raw: unknown): number {
  const value = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
  return typeof value === "number" && Number.isFinite(value) && value >= 0
    ? Math.round(value)
    : DEFAULT_SETTINGS.smallCohortThreshold;
}

export function sanitiseSettings(raw: unknown): WorkbookSettings {
  const settings: WorkbookSettings = { ...DEFAULT_SETTINGS };
  if (!raw || typeof raw !== "object") return settings;
  const r = raw as Record<string, unknown>;
  const mode = TOLERANCE_MODES.find((m) => m === r.toleranceMode);
  if (mode) settings.toleranceMode = mode;
  if (r.palette === "default" || r.palette === "highContrast") settings.palette = r.palette;
  if (typeof r.sheet === "string" && r.sheet !== "") settings.sheet = r.sheet;
  if (typeof r.dataValidation === "boolean") settings.dataValidation = r.dataValidation;
  settings.smallCohortThreshold = cohortThreshold(r.smallCohortThreshold);
  Object.assign(settings, reportNamesOf(r));
  Object.assign(settings, sanitiseChoices(r));
  return settings;
}
