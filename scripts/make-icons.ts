/**
 * Writes the add-in's icons (assets/icon-<size>.png) with a tiny PNG encoder on Node's zlib, so the
 * icons are reproducible without image tools: three rising bars (a performance chart) with a
 * tick above the tallest, dark blue on a transparent background. Run: npx tsx scripts/make-icons.ts
 */
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128] as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels (row-major, 4 bytes each) → PNG file bytes. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(
      raw,
      y * (size * 4 + 1) + 1
    );
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const BLUE = [0x1f, 0x4e, 0x79, 0xff];
const GREEN = [0x00, 0x7a, 0x5a, 0xff];

/** Draws the glyph in a unit square scaled to `size`. */
export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const paint = (x0: number, y0: number, x1: number, y1: number, colour: number[]) => {
    for (let y = Math.round(y0 * size); y < Math.round(y1 * size); y++) {
      for (let x = Math.round(x0 * size); x < Math.round(x1 * size); x++)
        px.set(colour, (y * size + x) * 4);
    }
  };
  paint(0.08, 0.62, 0.3, 0.94, BLUE);
  paint(0.39, 0.44, 0.61, 0.94, BLUE);
  paint(0.7, 0.26, 0.92, 0.94, BLUE);
  // A tick above the bars, drawn as two thick strokes.
  const stroke = Math.max(1, size / 14);
  for (let t = 0; t <= 1; t += 1 / (size * 4)) {
    const points = [
      [0.12 + 0.16 * t, 0.2 + 0.12 * t],
      [0.28 + 0.3 * t, 0.32 - 0.26 * t],
    ];
    for (const [x, y] of points)
      paint(
        x - stroke / size / 2,
        y - stroke / size / 2,
        x + stroke / size / 2,
        y + stroke / size / 2,
        GREEN
      );
  }
  return px;
}

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES)
    writeFileSync(join(dir, `icon-${size}.png`), encodePng(size, drawIcon(size)));
  console.log(`Wrote ${ICON_SIZES.length} icons to ${dir}`);
}
