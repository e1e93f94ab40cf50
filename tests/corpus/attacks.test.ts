/**
 * Issue 10's attack corpus, generated at test time: each attack on the command line or the
 * preview's workbook API must hold — no value of the analyst's changed, the input unchanged, a
 * clear finding or a one-line refusal, bounded memory, no stack trace. With ATTACK_REPORT set,
 * writes which held (docs/reliability.md gives the count before and after issue 10).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BETWEEN_RUNS_ATTACKS } from "./attacks/betweenRuns";
import { HOSTILE_FILE_ATTACKS } from "./attacks/hostile";
import { TEXT_ATTACKS } from "./attacks/text";
import { UNTRUSTED_STATE_ATTACKS } from "./attacks/untrustedState";
import { XML_TEXT_ATTACKS } from "./attacks/xmlText";
import { DECLARED_RANGE_ATTACKS } from "./attacks/declaredRanges";
import { ZIP_PART_ATTACKS } from "./attacks/zipParts";
import { INPUT_PATH_ATTACKS } from "./attacks/inputPaths";
import { OWN_SHEET_ATTACKS } from "./attacks/ownSheets";

const ATTACKS = [
  ...BETWEEN_RUNS_ATTACKS,
  ...HOSTILE_FILE_ATTACKS,
  ...TEXT_ATTACKS,
  ...UNTRUSTED_STATE_ATTACKS,
  ...XML_TEXT_ATTACKS,
  ...DECLARED_RANGE_ATTACKS,
  ...ZIP_PART_ATTACKS,
  ...INPUT_PATH_ATTACKS,
  ...OWN_SHEET_ATTACKS,
];
const results: Record<string, string[]> = {};
let root: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "perf-challenge-attacks-"));
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  const report = process.env.ATTACK_REPORT;
  if (report) fs.writeFileSync(report, `${JSON.stringify(results, null, 2)}\n`);
});

describe.each(ATTACKS.map((a) => [a.id, a] as const))("attack %s", (id, attack) => {
  it(`holds: ${attack.title}`, async () => {
    const dir = path.join(root, id.replace(/[^\w-]+/g, "_"));
    fs.mkdirSync(dir, { recursive: true });
    let problems: string[];
    try {
      problems = await attack.run(dir);
    } catch (error) {
      problems = [`threw: ${(error as Error).message}`];
    }
    results[id] = problems;
    expect(problems).toEqual([]);
  }, 180_000);
});
