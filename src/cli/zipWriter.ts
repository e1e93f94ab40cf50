/**
 * A minimal zip writer on Node's native zlib, for the classified workbook. Each part is deflated
 * (on libuv's thread pool) as soon as it is added, so its text can be collected while the next
 * part is rendered, and the whole is assembled once at the end. No zip64: a part or a file over
 * 4 GiB, or more than 65,535 parts, is refused (the documented sheet limit is far below that).
 */
import zlib from "node:zlib";

interface Deflated {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
}

const MAX_32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

/** zlib.crc32 exists from Node 20.15 / 22.2; older Node 20 gets the table version. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
let table: Uint32Array | undefined;

/** CRC-32 in JavaScript (exported for its test). */
export function tableCrc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = MAX_32;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ MAX_32) >>> 0;
}

export function crc32(data: Uint8Array): number {
  return nativeCrc32 ? nativeCrc32(data) : tableCrc32(data);
}

/**
 * MS-DOS date and time, as zip headers hold them (two-second steps, 1980–2107; a clock outside
 * that range gives 1 January 1980). In UTC, as JSZip (ExcelJS's zip) writes and reads them.
 */
function dosDateTime(given: Date): { time: number; date: number } {
  const year = given.getUTCFullYear();
  const date = year >= 1980 && year <= 2107 ? given : new Date(Date.UTC(1980, 0, 1));
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date:
      ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function deflate(data: Buffer, level: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zlib.deflateRaw(data, { level }, (error, out) => (error ? reject(error) : resolve(out)))
  );
}

export class ZipWriter {
  private readonly parts: Promise<Deflated>[] = [];

  constructor(
    private readonly level = 1,
    private readonly modified = new Date()
  ) {}

  /** Adds a part; text is written as UTF-8. */
  add(name: string, content: string | Uint8Array): void {
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
    const crc = crc32(data);
    const size = data.length;
    this.parts.push(
      deflate(data, this.level).then((out) => ({
        name: Buffer.from(name, "utf8"),
        crc,
        size,
        data: out,
      }))
    );
  }

  /** The zip file: local headers and data, then the central directory. */
  async finish(): Promise<Buffer> {
    const parts = await Promise.all(this.parts);
    if (parts.length > MAX_ENTRIES) throw new Error("Too many parts for a zip file.");
    const { time, date } = dosDateTime(this.modified);
    const chunks: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const part of parts) {
      if (part.size > MAX_32 || offset > MAX_32)
        throw new Error("A part is too large for a zip file.");
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4); // version needed: deflate
      local.writeUInt16LE(0x0800, 6); // names are UTF-8
      local.writeUInt16LE(8, 8); // deflate
      local.writeUInt16LE(time, 10);
      local.writeUInt16LE(date, 12);
      local.writeUInt32LE(part.crc, 14);
      local.writeUInt32LE(part.data.length, 18);
      local.writeUInt32LE(part.size, 22);
      local.writeUInt16LE(part.name.length, 26);
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(20, 4); // made by: MS-DOS, zip 2.0
      local.copy(entry, 6, 4, 28); // version needed … name length: as in the local header
      entry.writeUInt32LE(offset, 42);
      central.push(entry, part.name);
      chunks.push(local, part.name, part.data);
      offset += local.length + part.name.length + part.data.length;
    }
    const directorySize = central.reduce((sum, b) => sum + b.length, 0);
    if (offset + directorySize > MAX_32)
      throw new Error("The workbook is too large for a zip file.");
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(parts.length, 8);
    end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...chunks, ...central, end]);
  }
}
