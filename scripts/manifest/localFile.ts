import { join } from "node:path";

/**
 * Where the file a manifest URL names is on disk: its path below the add-in's base URL (the
 * folder of the page it serves), under `folder` (the repository, or a built dist/web).
 */
export function localFile(url: string, base: string, folder: string): string | null {
  try {
    const path = new URL(url).pathname;
    const prefix = new URL(base).pathname;
    return join(folder, path.startsWith(prefix) ? path.slice(prefix.length) : path);
  } catch {
    return null;
  }
}
