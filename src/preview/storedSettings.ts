/**
 * The preview's stand-in for Excel's document settings: each workbook's settings are kept in the
 * browser's localStorage under a fingerprint of its content (SHA-256), so reopening the same file
 * finds the analyst's choices — column roles, polarity — as Excel would find them in the
 * document, and another file that happens to share its name does not (issue 21). The workbook
 * the preview downloads is stored under its own fingerprint too, so it reopens with them.
 * Storage or Web Crypto may be unavailable (private windows, plain http): then settings last the
 * session.
 */
import type { WorkbookSettings } from "../ports/workbookPort";

/** `sha256:` keys: entries saved under a file name by earlier versions are never matched. */
const PREFIX = "perfChallenge.previewSettings:sha256:";

/** The workbook's content fingerprint (SHA-256, hex) as the settings key; "" when unavailable. */
export async function workbookFingerprint(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  try {
    const subtle = globalThis.crypto?.subtle;
    if (!subtle) return "";
    const data =
      bytes instanceof Uint8Array ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
    const digest = new Uint8Array(await subtle.digest("SHA-256", data));
    return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
  } catch {
    return "";
  }
}

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The settings saved for this workbook, or null when there are none (or they cannot be read). */
export function loadStoredSettings(fingerprint: string): Record<string, unknown> | null {
  if (fingerprint === "") return null;
  try {
    const text = storage()?.getItem(PREFIX + fingerprint);
    if (!text) return null;
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function storeSettings(fingerprint: string, settings: WorkbookSettings): void {
  if (fingerprint === "") return;
  try {
    storage()?.setItem(PREFIX + fingerprint, JSON.stringify(settings));
  } catch {
    // Quota or privacy settings: the settings still hold for this session.
  }
}
