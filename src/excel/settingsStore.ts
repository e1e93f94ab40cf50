/**
 * Workbook settings kept in the document (Office.context.document.settings), so they travel with
 * the workbook: sheet, column overrides, tolerance mode, palette, data validation, small cohort,
 * and the names the Word report gives the provider and the committee.
 */
import { DEFAULT_SETTINGS, type WorkbookSettings } from "../ports/workbookPort";
import { reportNamesOf } from "../report/names";
import { sanitiseChoices } from "../ports/analystChoices";
import type { SettingsStore } from "./types";

const KEY = "perfChallenge.settings";

/** Keeps only known keys with the right types; anything else falls back to the default. */
export function sanitiseSettings(raw: unknown): WorkbookSettings {
  const settings: WorkbookSettings = { ...DEFAULT_SETTINGS };
  if (!raw || typeof raw !== "object") return settings;
  const r = raw as Record<string, unknown>;
  if (
    r.toleranceMode === "threshold" ||
    r.toleranceMode === "points" ||
    r.toleranceMode === "percent"
  ) {
    settings.toleranceMode = r.toleranceMode;
  }
  if (r.palette === "default" || r.palette === "highContrast") settings.palette = r.palette;
  if (typeof r.sheet === "string" && r.sheet !== "") settings.sheet = r.sheet;
  if (typeof r.dataValidation === "boolean") settings.dataValidation = r.dataValidation;
  if (
    typeof r.smallCohortThreshold === "number" &&
    Number.isFinite(r.smallCohortThreshold) &&
    r.smallCohortThreshold >= 0
  ) {
    settings.smallCohortThreshold = r.smallCohortThreshold;
  }
  Object.assign(settings, reportNamesOf(r));
  Object.assign(settings, sanitiseChoices(r));
  return settings;
}

/** The store over Office.context.document.settings (an object with get/set/saveAsync). */
export function officeSettingsStore(
  settings: Office.Settings = Office.context.document.settings
): SettingsStore {
  return {
    load: () => sanitiseSettings(settings.get(KEY)),
    save: (value) =>
      new Promise<void>((resolve, reject) => {
        settings.set(KEY, value);
        settings.saveAsync((result) => {
          // Compared as text so the store also works where the Office enums are not loaded.
          if (String(result.status) === "succeeded") resolve();
          else
            reject(
              new Error(
                `The settings could not be saved in the workbook (${result.error?.message ?? "unknown error"}). Check the workbook is not read-only, then try again.`
              )
            );
        });
      }),
  };
}

/** In-memory store (tests, and hosts without document settings). */
export function memorySettingsStore(initial: Partial<WorkbookSettings> = {}): SettingsStore {
  let current = sanitiseSettings(initial);
  return {
    load: () => ({ ...current }),
    save: async (value) => {
      current = sanitiseSettings(value);
    },
  };
}
