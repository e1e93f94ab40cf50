/**
 * A drawing rasterised to PNG, for Word's fallback image (Word shows the SVG where it can, the PNG
 * elsewhere, LibreOffice always the PNG). Drawn directly: rectangles, lines and circles at `scale`
 * pixels per unit without anti-aliasing, and text in a 5 × 7 pixel font (pixelFont.ts). Indexed
 * colour keeps the file small; fflate supplies the zlib stream. Pure: no DOM, no native code.
 */
import { zlibSync } from "fflate";
import type { Drawing, Shape } from "./drawing";
import { fontText, GLYPH_ADVANCE, GLYPH_HEIGHT, GLYPH_WIDTH, glyphRows } from "./pixelFont";

class Canvas {
  readonly pixels: Uint8Array;
  readonly colours: string[] = ["#FFFFFF"];
  constructor(
    readonly width: number,
    readonly height: number
  ) {
    this.pixels = new Uint8Array(width * height);
  }

  colour(hex: string): number {
    const key = hex.toUpperCase();
    let index = this.colours.indexOf(key);
    if (index < 0) {
      index = this.colours.length;
      this.colours.push(key);
    }
    return Math.min(index, 255);
  }

  fillRect(x0: number, y0: number, x1: number, y1: number, colour: number): void {
    const left = Math.max(0, Math.round(x0));
    const right = Math.min(this.width, Math.round(x1));
    const top = Math.max(0, Math.round(y0));
    const bottom = Math.min(this.height, Math.round(y1));
    for (let y = top; y < bottom; y++)
      this.pixels.fill(colour, y * this.width + left, y * this.width + right);
  }

  /** Every pixel whose centre passes `inside` within the box. */
  fillWhere(
    box: [number, number, number, number],
    colour: number,
    inside: (x: number, y: number) => boolean
  ): void {
    const left = Math.max(0, Math.floor(box[0]));
    const right = Math.min(this.width, Math.ceil(box[2]));
    const top = Math.max(0, Math.floor(box[1]));
    const bottom = Math.min(this.height, Math.ceil(box[3]));
    for (let y = top; y < bottom; y++)
      for (let x = left; x < right; x++)
        if (inside(x + 0.5, y + 0.5)) this.pixels[y * this.width + x] = colour;
  }
}

const DASH_ON = 6;
const DASH_PERIOD = 10;

function drawSegment(
  canvas: Canvas,
  from: readonly [number, number],
  to: readonly [number, number],
  halfWidth: number,
  colour: number,
  dashed: boolean,
  scale: number
): void {
  const [ax, ay] = from;
  const [bx, by] = to;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy || 1;
  const length = Math.sqrt(lengthSquared);
  const box: [number, number, number, number] = [
    Math.min(ax, bx) - halfWidth,
    Math.min(ay, by) - halfWidth,
    Math.max(ax, bx) + halfWidth,
    Math.max(ay, by) + halfWidth,
  ];
  canvas.fillWhere(box, colour, (x, y) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared));
    const px = ax + t * dx - x;
    const py = ay + t * dy - y;
    if (px * px + py * py > halfWidth * halfWidth) return false;
    return !dashed || ((t * length) / scale) % DASH_PERIOD < DASH_ON;
  });
}

function drawShape(canvas: Canvas, shape: Shape, scale: number): void {
  switch (shape.kind) {
    case "rect": {
      const [x0, y0, x1, y1] = [
        shape.x,
        shape.y,
        shape.x + shape.width,
        shape.y + shape.height,
      ].map((v) => v * scale);
      canvas.fillRect(x0, y0, x1, y1, canvas.colour(shape.fill));
      if (shape.stroke) {
        const ink = canvas.colour(shape.stroke);
        const w = Math.max(1, Math.round(scale / 2));
        canvas.fillRect(x0, y0, x1, y0 + w, ink);
        canvas.fillRect(x0, y1 - w, x1, y1, ink);
        canvas.fillRect(x0, y0, x0 + w, y1, ink);
        canvas.fillRect(x1 - w, y0, x1, y1, ink);
      }
      return;
    }
    case "circle": {
      const cx = shape.cx * scale;
      const cy = shape.cy * scale;
      const r = shape.r * scale;
      const box: [number, number, number, number] = [cx - r, cy - r, cx + r, cy + r];
      if (shape.stroke) {
        canvas.fillWhere(
          box,
          canvas.colour(shape.stroke),
          (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r
        );
        const inner = r - scale;
        canvas.fillWhere(
          box,
          canvas.colour(shape.fill),
          (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= inner * inner
        );
      } else
        canvas.fillWhere(
          box,
          canvas.colour(shape.fill),
          (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r
        );
      return;
    }
    case "line": {
      const colour = canvas.colour(shape.stroke);
      const halfWidth = Math.max(0.5, (shape.strokeWidth * scale) / 2);
      for (let i = 1; i < shape.points.length; i++) {
        const a = shape.points[i - 1];
        const b = shape.points[i];
        drawSegment(
          canvas,
          [a[0] * scale, a[1] * scale],
          [b[0] * scale, b[1] * scale],
          halfWidth,
          colour,
          shape.dashed === true,
          scale
        );
      }
      return;
    }
    case "text":
      drawText(canvas, shape, scale);
      return;
  }
}

/** Text in the pixel font: glyph pixels of `k` device pixels, the bottom row on the baseline. */
function drawText(canvas: Canvas, shape: Extract<Shape, { kind: "text" }>, scale: number): void {
  const k = Math.max(1, Math.round((shape.size * scale) / 10));
  const text = fontText(shape.text);
  const width = (text.length * GLYPH_ADVANCE - 1) * k;
  const anchorShift = shape.anchor === "middle" ? width / 2 : shape.anchor === "end" ? width : 0;
  const left = Math.round(shape.x * scale - anchorShift);
  const top = Math.round(shape.y * scale) - GLYPH_HEIGHT * k;
  const colour = canvas.colour(shape.fill);
  const passes = shape.bold ? [0, 1] : [0];
  [...text].forEach((ch, i) => {
    const rows = glyphRows(ch);
    const x0 = left + i * GLYPH_ADVANCE * k;
    rows.forEach((bits, row) => {
      for (let col = 0; col < GLYPH_WIDTH; col++) {
        if (!(bits & (0x10 >> col))) continue;
        for (const dx of passes) {
          const x = x0 + col * k + dx;
          canvas.fillRect(x, top + row * k, x + k, top + (row + 1) * k, colour);
        }
      }
    });
  });
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function encodePng(canvas: Canvas): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, canvas.width);
  view.setUint32(4, canvas.height);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit indexed colour, deflate, no filter choice, no interlace
  const palette = new Uint8Array(canvas.colours.length * 3);
  canvas.colours.forEach((hex, i) => {
    for (let k = 0; k < 3; k++) palette[i * 3 + k] = parseInt(hex.slice(1 + k * 2, 3 + k * 2), 16);
  });
  const raw = new Uint8Array((canvas.width + 1) * canvas.height);
  for (let y = 0; y < canvas.height; y++)
    raw.set(
      canvas.pixels.subarray(y * canvas.width, (y + 1) * canvas.width),
      y * (canvas.width + 1) + 1
    );
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("PLTE", palette),
    chunk("IDAT", zlibSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** PNG bytes of the drawing at `scale` pixels per unit (2 = sharp when Word prints it). */
export function drawingToPng(drawing: Drawing, scale = 2): Uint8Array {
  const canvas = new Canvas(Math.ceil(drawing.width * scale), Math.ceil(drawing.height * scale));
  for (const shape of drawing.shapes) drawShape(canvas, shape, scale);
  return encodePng(canvas);
}
