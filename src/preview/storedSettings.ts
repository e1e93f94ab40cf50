/**
 * The preview's stand-in for Excel's document settings: each workbook's settings are kept in the
 * browser's localStorage under its file name, so a reload (or opening the same file again) finds
 * the analyst's choices — column roles, polarity — as Excel would find them in the document.
 * Storage may be unavailable (private windows, blocked cookies): then settings last the session.
 */
import type { WorkbookSettings } from "../ports/workbookPort";

const PREFIX = "perfChallenge.previewSettings:";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The settings saved for this workbook, or null when there are none (or they cannot be read). */
export function loadStoredSettings(fileName: string): Record<string, unknown> | null {
  try {
    const text = storage()?.getItem(PREFIX + fileName);
    if (!text) return null;
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function storeSettings(fileName: string, settings: WorkbookSettings): void {
  if (fileName === "") return;
  try {
    storage()?.setItem(PREFIX + fileName, JSON.stringify(settings));
  } catch {
    // Quota or privacy settings: the settings still hold for this session.
  }
}
