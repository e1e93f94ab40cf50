/**
 * Workbook settings kept in the document (Office.context.document.settings), so they travel with
 * the workbook: sheet, column overrides, tolerance mode, palette, data validation, small cohort,
 * and the names the Word report gives the provider and the committee.
 */
import type { WorkbookSettings } from "../ports/workbookPort";
import { sanitiseSettings } from "../ports/settings";
import type { SettingsStore } from "./types";

const KEY = "perfChallenge.settings";

export { sanitiseSettings };

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
