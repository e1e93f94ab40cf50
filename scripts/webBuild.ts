/**
 * Builds the web bundle (production) when dist/web is missing or older than its sources. Used by
 * `npm run preview`, the bundle-budget test and the end-to-end tests' global setup.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..");
export const WEB_DIST = path.join(ROOT, "dist", "web");
export const SIZE_REPORT = path.join(WEB_DIST, "bundle-sizes.json");

const SOURCES = [
  "src",
  "assets",
  "samples",
  "manifest.xml",
  "webpack.config.js",
  "scripts/bundle-size-plugin.js",
  "scripts/manifest-check-plugin.js",
  "scripts/manifest",
  "package.json",
];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when there is no production build, or a source changed after it was made. */
export function isWebBuildStale(): boolean {
  if (!existsSync(SIZE_REPORT) || !existsSync(path.join(WEB_DIST, "preview.html"))) return true;
  // A development build (npm run build:dev) is not what the budget or the preview measure.
  if ((JSON.parse(readFileSync(SIZE_REPORT, "utf8")) as { mode?: string }).mode !== "production")
    return true;
  const built = statSync(SIZE_REPORT).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(ROOT, source)) > built);
}

/** Runs webpack in production mode; throws with webpack's output when it fails. */
export function buildWeb(): void {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const run = spawnSync(process.execPath, [cli, "--mode", "production"], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`The web build failed:\n${run.stdout}\n${run.stderr}`);
  process.stdout.write(
    run.stdout
      .split("\n")
      .filter((line) => /gzipped|Initial JavaScript|warn/i.test(line))
      .join("\n") + "\n"
  );
}

export function ensureWebBuild(force = false): void {
  if (force || isWebBuildStale()) buildWeb();
}
