/** File handling for the command line: read once, never write the input, write outputs safely. */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** True when both paths name the same file, including through a symbolic or hard link. */
export function isSameFile(a: string, b: string): boolean {
  const first = path.resolve(a);
  const second = path.resolve(b);
  if (first === second) return true;
  try {
    const sa = fs.statSync(first);
    const sb = fs.statSync(second);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    // The second may not exist yet: compare where it would be created.
  }
  try {
    return (
      path.join(fs.realpathSync(path.dirname(second)), path.basename(second)) ===
      fs.realpathSync(first)
    );
  } catch {
    return false;
  }
}

export function describeReadError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return `Cannot read ${file}: there is no such file.`;
  if (code === "EISDIR") return `Cannot read ${file}: it is a folder, not a workbook.`;
  if (code === "EACCES" || code === "EPERM") return `Cannot read ${file}: permission denied.`;
  return `Cannot read ${file}: ${(error as Error | undefined)?.message ?? "unknown error"}.`;
}

/** Writes through a temporary file and a rename, so a failed run never leaves half a file. */
export function writeFileSafely(file: string, data: Uint8Array | string): void {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
