/**
 * Text that XML 1.0 can carry. Workbook text may hold characters XML forbids (control characters,
 * U+FFFE/U+FFFF, lone surrogates); one of them in document.xml or in an SVG makes Word refuse the
 * whole file. They are dropped: they are never visible text.
 */
function allowed(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

export function xmlSafe(text: string): string {
  let out = "";
  // for…of walks code points: a paired surrogate arrives whole, a lone one alone (and is dropped).
  for (const ch of text) if (allowed(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}
