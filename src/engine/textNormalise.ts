/**
 * Invisible characters in cell text. A zero-width space pasted into "Q2 2018/19" or "A1" must not
 * make a quarter disappear or two refs look different, and bidi controls must not reorder what the
 * reader sees. Matching uses the normalised text; the engine reports where it normalised.
 */

/**
 * Zero-width characters, the BOM, the soft hyphen and tag characters (U+E0000–U+E007F, invisible
 * text that can carry hidden instructions): removed for matching.
 */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]|\uDB40[\uDC00-\uDC7F]/g;
/** Bidi embedding, override and isolate controls (and the marks LRM/RLM/ALM). */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** C0 and C1 control characters other than tab and line breaks (matching them is the point). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * True when no character could be invisible or bidi (all lie below U+00AD): the common case, checked
 * without a regex because refs, names and areas of every row pass through here.
 */
function plainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0xad) return false;
  return true;
}

export function hasHiddenCharacters(text: string): boolean {
  if (plainText(text)) return false;
  INVISIBLE.lastIndex = 0;
  BIDI.lastIndex = 0;
  return INVISIBLE.test(text) || BIDI.test(text);
}

/** Text without zero-width and bidi characters, for matching (refs, headers, areas). */
export function normaliseForMatching(text: string): string {
  if (plainText(text)) return text;
  return text.replace(INVISIBLE, "").replace(BIDI, "");
}

/** Text without control characters (tab and line breaks kept), for terminals and Markdown. */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL, "");
}

/** One line of display text: controls, invisible and bidi characters gone, line breaks a space. */
export function displayLine(text: string): string {
  return normaliseForMatching(stripControlCharacters(text))
    .replace(/[\t\r\n\u2028\u2029]+/g, " ")
    .trim();
}
