/**
 * Runs one bench phase in its own Node process (through tsx), so that its peak memory is its own
 * and the Office.js globals it installs never leak into another phase. The child prints one
 * `BENCH-RESULT {json}` line; everything else it prints is ignored.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

export const ROOT = resolve(__dirname, "..");
const MARK = "BENCH-RESULT ";

export function emitResult(value: unknown): void {
  process.stdout.write(`\n${MARK}${JSON.stringify(value)}\n`);
}

export interface PhaseOutcome<T> {
  ok: boolean;
  value?: T;
  error?: string;
}

export function runPhase<T>(
  script: string,
  args: string[] = [],
  timeoutMs = 240_000
): PhaseOutcome<T> {
  const child = spawnSync(process.execPath, ["--import", "tsx", resolve(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=4096" },
  });
  const line = (child.stdout ?? "").split("\n").find((l) => l.startsWith(MARK));
  if (line) return { ok: true, value: JSON.parse(line.slice(MARK.length)) as T };
  const why = child.error?.message ?? (child.stderr || child.stdout || `exit ${child.status}`);
  return { ok: false, error: why.trim().split("\n").slice(-3).join(" ").slice(0, 300) };
}

/** Peak resident memory of this process so far, in MiB (Linux reports maxRSS in KiB). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
