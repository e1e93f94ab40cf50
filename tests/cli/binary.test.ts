/** One real process: the entry file with its shebang wiring, exit code and streams. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { canonicalWorkbook, saveTo, tempDir } from "../xlsx/fixtures";

const ROOT = path.join(__dirname, "../..");
function perfChallenge(args: string[]) {
  // The TypeScript entry through tsx, so the test never runs a stale build.
  const command = ["--import", "tsx", path.join(ROOT, "src/cli/index.ts")];
  return spawnSync(process.execPath, [...command, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60000,
  });
}

describe("the perf-challenge process", () => {
  it("classifies a file, and exits 1 with one line for a missing one", async () => {
    const dir = tempDir();
    const input = await saveTo(canonicalWorkbook(), dir, "input.xlsx");
    const ok = perfChallenge(["classify", input, "--out", path.join(dir, "out.xlsx")]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("Total");
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(true);

    const missing = perfChallenge([
      "classify",
      path.join(dir, "missing.xlsx"),
      "--out",
      path.join(dir, "x.xlsx"),
    ]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trimEnd().split("\n")).toHaveLength(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
