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

/**
 * Why `file` must not be written, or null. Only a new path or an existing regular file is
 * replaced: never a device, FIFO, socket or folder, and never a symbolic link (replacing it would
 * write somewhere the user did not name, or break the link).
 */
export function outputProblem(file: string): string | null {
  let stats: fs.Stats;
  try {
    stats = fs.lstatSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    if (code === "ENOTDIR") return "part of the path is a file, not a folder";
    if (code === "EACCES" || code === "EPERM") return "permission denied";
    return "it cannot be checked";
  }
  if (stats.isSymbolicLink())
    return "it is a symbolic link; give the real file's path or a new file";
  if (stats.isDirectory()) return "it is a folder; give a file name such as classified.xlsx";
  if (!stats.isFile()) return "it is not a regular file (a device, pipe or socket)";
  return null;
}

/** A write error in plain words, naming no temporary file. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder";
    case "ENOTDIR":
      return "part of the path is a file, not a folder";
    case "ENOSPC":
      return "the disk is full";
    case "EROFS":
      return "the disk is read-only";
    case "ENAMETOOLONG":
      return "the name is too long";
    default:
      return code ? `the system refused (${code})` : "the system refused";
  }
}
