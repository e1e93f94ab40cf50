/**
 * Opening a file the command line reads (the workbook, `--columns-file`), issue 21: regular files
 * only — a FIFO or a device such as /dev/zero would block or never end — and no more than a cap,
 * checked before reading and while reading. Text files are decoded as editors save them: UTF-8
 * with or without a byte-order mark (Notepad), or UTF-16 with one (PowerShell's Out-File).
 */
import fs from "node:fs";

export type InputRead = { ok: true; bytes: Buffer } | { ok: false; why: string };

const MB = 1024 * 1024;

function size(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** The bytes of `file` when it is a regular file of at most `maxBytes`; else why not. */
export function readInputFile(file: string, maxBytes: number): InputRead {
  let fd: number;
  try {
    // Not blocking: opening a FIFO with no writer would otherwise wait for ever.
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, why: "there is no such file" };
    if (code === "EISDIR") return { ok: false, why: "it is a folder, not a file" };
    if (code === "EACCES" || code === "EPERM") return { ok: false, why: "permission denied" };
    return { ok: false, why: "it cannot be opened" };
  }
  try {
    // The opened file itself, so nothing can be swapped in between the check and the read.
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, why: "it is a folder, not a file" };
    if (!stat.isFile())
      return { ok: false, why: "it is not a regular file (a device, pipe or socket)" };
    if (stat.size > maxBytes)
      return { ok: false, why: `it is larger than ${size(maxBytes)}, the most this option reads` };
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let read = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, read, buffer.length - read, null);
      if (n === 0) break;
      read += n;
      // Grown since it was checked: still no more than the cap.
      if (read > maxBytes)
        return {
          ok: false,
          why: `it is larger than ${size(maxBytes)}, the most this option reads`,
        };
      if (read === buffer.length) break;
    }
    return { ok: true, bytes: buffer.subarray(0, read) };
  } catch {
    return { ok: false, why: "it cannot be read" };
  } finally {
    fs.closeSync(fd);
  }
}

/** Text as saved by an editor: UTF-8 (a byte-order mark dropped) or UTF-16 with its mark. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  // UTF-16 without a mark: an ASCII first character has a zero byte beside it.
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0)
    return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0)
    return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
}

/** At most `max` characters of `text` for a message, marked when cut. */
export function excerpt(text: string, max = 60): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : text;
}
