/**
 * Copying commentary into the scrutiny report. Word takes text/html (headline in bold, one paragraph
 * each); every other target takes text/plain. The HTML is built only from escaped text, so workbook
 * text such as `<img onerror=…>` arrives in Word as the literal characters.
 */
import { COMMENTARY_GROUP_TITLE, type CommentaryGroup } from "../engine/types";

export interface CopyEntry {
  headline: string;
  text: string;
}

export interface CopyGroup {
  group: CommentaryGroup;
  entries: CopyEntry[];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => {
    switch (ch) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      default:
        return "&#39;";
    }
  });
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function entryHtml(entry: CopyEntry): string {
  const body = paragraphs(entry.text)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("");
  return `<p><strong>${escapeHtml(entry.headline)}</strong></p>${body}`;
}

export function entryToText(entry: CopyEntry): string {
  return `${entry.headline}\n${entry.text}`;
}

export function entryToHtml(entry: CopyEntry): string {
  return `<div>${entryHtml(entry)}</div>`;
}

export function groupsToText(groups: CopyGroup[]): string {
  return groups
    .filter((g) => g.entries.length > 0)
    .map((g) => [COMMENTARY_GROUP_TITLE[g.group], ...g.entries.map(entryToText)].join("\n\n"))
    .join("\n\n");
}

export function groupsToHtml(groups: CopyGroup[]): string {
  const body = groups
    .filter((g) => g.entries.length > 0)
    .map(
      (g) =>
        `<h3>${escapeHtml(COMMENTARY_GROUP_TITLE[g.group])}</h3>${g.entries.map(entryHtml).join("")}`
    )
    .join("");
  return `<div>${body}</div>`;
}

/** Writes both flavours when the browser allows it, else plain text. Rejects with a readable message. */
export async function copyRich(text: string, html: string): Promise<void> {
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (!clipboard)
    throw new Error("Copying is not available here. Select the text and press Ctrl+C instead.");
  const Item = typeof ClipboardItem !== "undefined" ? ClipboardItem : undefined;
  if (Item && typeof clipboard.write === "function") {
    try {
      await clipboard.write([
        new Item({
          "text/plain": new Blob([text], { type: "text/plain" }),
          "text/html": new Blob([html], { type: "text/html" }),
        }),
      ]);
      return;
    } catch {
      // Some hosts refuse rich clipboard items; plain text still helps the reviewer.
    }
  }
  try {
    await clipboard.writeText(text);
  } catch {
    throw new Error("The browser did not allow copying. Select the text and press Ctrl+C instead.");
  }
}
