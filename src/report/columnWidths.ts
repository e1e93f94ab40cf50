/**
 * Column widths sized by what the columns hold, worked out here so every program lays the table
 * out the same (LibreOffice ignores Word's autofit). Each column starts as wide as its longest word
 * (no word is ever broken); then the room left goes, a slice at a time, to the column where it
 * shortens the table most, so long texts get the width and a column with nothing typed in it keeps
 * just its heading's. If every line fits with room to spare, the spare is shared out.
 */

/** Lines a text takes in a column holding `capacity` characters a line, wrapped at spaces. */
export function wrappedLines(text: string, capacity: number): number {
  let lines = 0;
  for (const paragraph of text.split(/\r\n?|\n/)) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/)) {
      if (word === "") continue;
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= capacity || used === 0) used = need;
      else {
        lines++;
        used = word.length;
      }
    }
  }
  return lines;
}

function longest(texts: readonly string[], split: RegExp): number {
  let most = 0;
  for (const text of texts)
    for (const part of text.split(split)) most = Math.max(most, part.trim().length);
  return most;
}

/** Enough rows to size the columns well; a longer log is sized on an even sample of its rows. */
const MAX_MEASURED_ROWS = 200;

function sampleRows(columns: readonly (readonly string[])[]): string[][] {
  const rows = columns[0].length;
  const picked = Array.from({ length: MAX_MEASURED_ROWS }, (_, i) =>
    Math.floor((i * rows) / MAX_MEASURED_ROWS)
  );
  return columns.map((texts) => picked.map((r) => texts[r]));
}

/** Characters a column `width` wide holds (never fewer than one). */
function capacityOf(width: number, charWidth: number, padding: number): number {
  return Math.max(1, Math.floor((width - padding) / charWidth));
}

/**
 * Widths (in the unit of `total`) of a table `total` wide whose column c holds `columns[c]` (the
 * heading first), where one character takes `charWidth` and a cell's margins `padding`.
 */
export function contentWidths(
  columns: readonly (readonly string[])[],
  total: number,
  charWidth: number,
  padding: number
): number[] {
  // One character to spare: a bold heading and Word's own measure run a little wider than ours.
  const min = columns.map(
    (texts) => (Math.max(3, longest(texts, /\s+/)) + 1) * charWidth + padding
  );
  const natural = columns.map((texts, c) =>
    Math.max(min[c], (longest(texts, /\r\n?|\n/) + 1) * charWidth + padding)
  );
  const minSum = min.reduce((a, b) => a + b, 0);
  if (minSum >= total) return min.map((w) => (w * total) / minSum);
  const naturalSum = natural.reduce((a, b) => a + b, 0);
  if (naturalSum <= total) return natural.map((w) => (w * total) / naturalSum);
  const rows = columns[0]?.length ?? 0;
  if (rows > MAX_MEASURED_ROWS)
    return contentWidths(sampleRows(columns), total, charWidth, padding);
  const widths = [...min];
  const cellLines = (c: number, r: number, width: number): number =>
    wrappedLines(columns[c][r], capacityOf(width, charWidth, padding));
  const lines = columns.map((_, c) =>
    Array.from({ length: rows }, (_, r) => cellLines(c, r, min[c]))
  );
  const height = (r: number, c: number, linesOfC: number): number => {
    let most = linesOfC;
    for (let k = 0; k < columns.length; k++) if (k !== c) most = Math.max(most, lines[k][r]);
    return most;
  };
  const slice = Math.max(charWidth, (total - minSum) / 200);
  let room = total - minSum;
  // A slice too thin to shorten any cell is doubled until one does (or the room runs out).
  let step = slice;
  while (room >= 1) {
    const grant = Math.min(step, room);
    let best = -1;
    let bestScore = 0;
    let bestLines: number[] = [];
    for (let c = 0; c < columns.length; c++) {
      if (widths[c] >= natural[c]) continue;
      const wider = Math.min(natural[c], widths[c] + grant);
      const next = Array.from({ length: rows }, (_, r) => cellLines(c, r, wider));
      let gain = 0;
      for (let r = 0; r < rows; r++) gain += height(r, c, lines[c][r]) - height(r, c, next[r]);
      // Ties go to the column whose own cells shrink most: it will pay off in a later slice.
      const own = next.reduce((sum, n, r) => sum + lines[c][r] - n, 0);
      const score = (gain + own / 1000) / (wider - widths[c]);
      if (score > bestScore) {
        best = c;
        bestScore = score;
        bestLines = next;
      }
    }
    if (best < 0) {
      if (grant >= room) break;
      step *= 2;
      continue;
    }
    const wider = Math.min(natural[best], widths[best] + grant);
    room -= wider - widths[best];
    widths[best] = wider;
    lines[best] = bestLines;
    step = slice;
  }
  // What no column can use (every text on one line already) is shared out evenly.
  const used = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w + (total - used) / widths.length);
}
